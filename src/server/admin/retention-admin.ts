import { z } from 'zod';
import { berlinDateTime } from '../../documents/antrag/antrag-format';
import { audit } from '../audit/audit-log';
import type { Database } from '../db/database';
import {
  anyInvitationData,
  deleteInvitationData,
  invitationRetentionActions,
  invitationRetentionKinds,
  invitationRetentionLines,
  invitationRetentionPlan,
  type InvitationRetentionCounts,
} from '../retention/invitation-retention';
import { deleteDueCase, retentionPlan, type OverdueCase } from '../retention/retention-repository';
import {
  countDueStatusQueries,
  deleteDueStatusQueries,
  statusQueryRetentionAction,
} from '../retention/status-query-retention';
import { adminUsage, type AdminIo } from './caseworker-admin';

/**
 * `retention list` and `retention run` (docs/rules/retention.md, README "Caseworker accounts"): which cases have
 * reached their deletion date, and their deletion. Output names cases by reference, year, status and deletion date
 * only, never a person. Exit codes: 0 done, 1 a case (or a kind of invitation data) could not be deleted (the
 * others were), 2 bad usage.
 *
 * Then the family-invitation tables (invitation-retention.ts): ended member sessions, invitations ended 30 days
 * ago, applications in progress registered 90 days ago, as counts only; the lines appear when there is any.
 * Last the provider check's status query log: entries older than two full calendar years
 * (status-query-retention.ts), as a count, again only when there is any.
 *
 * `today` is the Berlin calendar date of `io.now()` unless `--today` names one. `list` takes any date (a preview);
 * `run` refuses a date after today, so that no case is deleted before its deletion date.
 */
const isoDate = z.iso.date();

export async function runRetentionCommand(
  db: Database,
  args: readonly string[],
  io: AdminIo,
): Promise<number> {
  const [group, command, ...rest] = args;
  if (group !== 'retention' || (command !== 'list' && command !== 'run')) return usage(io);
  const clockToday = berlinDateTime(io.now().toISOString()).date;
  let today = clockToday;
  if (rest.length > 0) {
    if (rest[0] !== '--today' || rest.length !== 2) return usage(io);
    const parsed = isoDate.safeParse(rest[1]);
    if (!parsed.success) {
      io.err(`Not a date: --today ${rest[1]} (expected YYYY-MM-DD, a day of the calendar).`);
      return 2;
    }
    today = parsed.data;
  }
  if (command === 'run' && today > clockToday) {
    io.err(
      `Refused: --today ${today} is after today (${clockToday}); a run never deletes a case before its deletion ` +
        `date. Preview with: retention list --today ${today}`,
    );
    return 2;
  }
  return command === 'list' ? list(db, today, io) : run(db, today, io);
}

function usage(io: AdminIo): number {
  io.err(adminUsage);
  return 2;
}

const line = (entry: OverdueCase): string =>
  [entry.reference, String(entry.year), entry.status, entry.deletionDate].join('\t');

async function list(db: Database, today: string, io: AdminIo): Promise<number> {
  const plan = await retentionPlan(db, today);
  io.out(`Retention as of ${today}: reference, year, status, deletion date`);
  io.out(`To delete (decided, deletion date reached): ${plan.due.length}`);
  for (const entry of plan.due) io.out(line(entry));
  io.out(`Kept (deletion date reached, not decided): ${plan.kept.length}`);
  for (const entry of plan.kept) io.out(line(entry));
  const invitations = await invitationRetentionPlan(db, today);
  if (anyInvitationData(invitations)) {
    io.out('Invitation data to delete (counts only): kind, rows');
    for (const entry of invitationRetentionLines(invitations)) io.out(entry);
  }
  const statusQueries = await countDueStatusQueries(db, today);
  if (statusQueries > 0) io.out(`Status query log entries to delete (counts only): ${statusQueries}`);
  return 0;
}

async function run(db: Database, today: string, io: AdminIo): Promise<number> {
  const plan = await retentionPlan(db, today);
  io.out(`Retention run as of ${today}: reference, year, status, deletion date`);
  let deleted = 0;
  let failed = 0;
  for (const entry of plan.due) {
    try {
      if (await deleteDueCase(db, entry.reference, today, io.now())) {
        deleted++;
        io.out(`deleted\t${line(entry)}`);
      }
    } catch (error) {
      // The case's transaction was rolled back: nothing of it is gone. The others go on; the exit code says so.
      failed++;
      const code = (error as { code?: unknown }).code;
      io.err(`failed\t${entry.reference}\t${typeof code === 'string' ? `SQLSTATE ${code}` : 'error'}`);
      await audit(db, {
        at: io.now(),
        actorRole: 'admin',
        action: 'case.deleted',
        objectRef: entry.reference,
        outcome: 'failed',
      }).catch(() => undefined);
    }
  }
  // Kept on purpose although the deletion date has come: on the record, so the case's history shows why it is
  // still here (§ 84 Abs. 2 SGB X: still needed until decided). One entry per case and run.
  for (const entry of plan.kept) {
    await audit(db, {
      at: io.now(),
      actorRole: 'admin',
      action: 'case.retention-kept',
      objectRef: entry.reference,
      detail: `not decided: ${entry.status}`,
      outcome: 'ok',
    });
    io.out(`kept\t${line(entry)}`);
  }
  io.out(`Deleted: ${deleted}`);
  io.out(`Kept (deletion date reached, not decided): ${plan.kept.length}`);
  failed += await runInvitationRetention(db, today, io);
  failed += await runStatusQueryRetention(db, today, io);
  if (failed > 0) {
    io.err(`Failed: ${failed} (nothing of these was deleted; run again)`);
    return 1;
  }
  return 0;
}

/**
 * Deletes the invitation data due on `today`, one transaction per kind (sessions, invitations, applications in
 * progress, in that order); prints the counts when anything was deleted. Returns how many kinds failed.
 */
async function runInvitationRetention(db: Database, today: string, io: AdminIo): Promise<number> {
  const total: InvitationRetentionCounts = {
    memberSessions: 0,
    invitations: 0,
    applicationsInProgress: 0,
    applicationInvitations: 0,
    applicationMemberSessions: 0,
  };
  let failed = 0;
  for (const kind of invitationRetentionKinds) {
    try {
      const counts = await deleteInvitationData(db, kind, today, io.now());
      for (const key of Object.keys(total) as (keyof InvitationRetentionCounts)[]) total[key] += counts[key];
    } catch (error) {
      // The kind's transaction was rolled back: none of its rows is gone. The other kinds go on.
      failed++;
      const code = (error as { code?: unknown }).code;
      io.err(`failed\t${kind}\t${typeof code === 'string' ? `SQLSTATE ${code}` : 'error'}`);
      await audit(db, {
        at: io.now(),
        actorRole: 'admin',
        action: invitationRetentionActions[kind],
        outcome: 'failed',
      }).catch(() => undefined);
    }
  }
  if (anyInvitationData(total)) {
    io.out('Invitation data deleted (counts only): kind, rows');
    for (const entry of invitationRetentionLines(total)) io.out(entry);
  }
  return failed;
}

/** Deletes the status query log entries due on `today` (status-query-retention.ts); returns 1 when it failed. */
async function runStatusQueryRetention(db: Database, today: string, io: AdminIo): Promise<number> {
  try {
    const deleted = await deleteDueStatusQueries(db, today, io.now());
    if (deleted > 0) io.out(`Status query log entries deleted (counts only): ${deleted}`);
    return 0;
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    io.err(`failed\tstatus queries\t${typeof code === 'string' ? `SQLSTATE ${code}` : 'error'}`);
    await audit(db, {
      at: io.now(),
      actorRole: 'admin',
      action: statusQueryRetentionAction,
      outcome: 'failed',
    }).catch(() => undefined);
    return 1;
  }
}
