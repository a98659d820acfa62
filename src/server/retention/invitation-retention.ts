import { berlinMidnight } from '../../documents/calendar/berlin-day';
import { audit } from '../audit/audit-log';
import type { Database, Queryable } from '../db/database';

/**
 * Retention of the family-invitation tables (migration 9, ADR 0024, docs/rules/retention.md "Invitations"): what
 * the server holds about a household before anything is sent is deleted once it is no longer needed (§ 84 Abs. 2
 * SGB X). Three kinds, deleted in this order, each in its own transaction with its audit entry:
 *
 * 1. member sessions that have ended: idle or absolute end passed, or their invitation withdrawn, locked or
 *    expired before handing in (what `findMemberSession` treats as ended);
 * 2. invitations not handed in whose expiry, withdrawal or lock lies before the start of the Berlin day 30 days
 *    before today;
 * 3. applications in progress registered before the start of the Berlin day 90 days before today, with whatever
 *    invitations and sessions they still have.
 *
 * "Now" is 00:00 Europe/Berlin on `today` (the retention command's Berlin day), so a run's result depends on the
 * day only, never on the hour it is started. Counts only: nothing here reads or returns a name or a birth date.
 */
export const invitationRetentionDays = 30;
export const applicationInProgressRetentionDays = 90;

export type InvitationRetentionCounts = {
  memberSessions: number;
  invitations: number;
  applicationsInProgress: number;
  /** Invitations deleted with their application (not already due on their own). */
  applicationInvitations: number;
  /** Sessions deleted with their application's invitations (not already ended). */
  applicationMemberSessions: number;
};

export type InvitationRetentionKind = 'member-sessions' | 'invitations' | 'applications-in-progress';

export type InvitationRetentionLimits = {
  /** 00:00 in Berlin on `today`. */
  now: Date;
  /** Invitations that ended before this are deleted. */
  invitationCutoff: Date;
  /** Applications in progress registered before this are deleted. */
  applicationCutoff: Date;
};

const dayMs = 86_400_000;

/** The ISO date `days` calendar days before `date`. */
export const daysBefore = (date: string, days: number): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) - days * dayMs).toISOString().slice(0, 10);

export const invitationRetentionLimits = (today: string): InvitationRetentionLimits => ({
  now: berlinMidnight(today),
  invitationCutoff: berlinMidnight(daysBefore(today, invitationRetentionDays)),
  applicationCutoff: berlinMidnight(daysBefore(today, applicationInProgressRetentionDays)),
});

// Every statement starts with this CTE, so all three parameters are always referenced and typed. The conditions
// are COALESCEd so that NOT(condition) is never NULL (a NULL withdrawn_at would otherwise drop a row from both).
const limits = `limits AS (SELECT $1::timestamptz AS now, $2::timestamptz AS invitation_cutoff,
  $3::timestamptz AS application_cutoff)`;
const sessionEnded = `(s.idle_expires_at <= limits.now OR s.absolute_expires_at <= limits.now
  OR COALESCE(i.withdrawn_at <= limits.now, false) OR COALESCE(i.locked_at <= limits.now, false)
  OR (i.handed_in_at IS NULL AND i.expires_at <= limits.now))`;
const invitationDue = `(i.handed_in_at IS NULL AND (i.expires_at < limits.invitation_cutoff
  OR COALESCE(i.withdrawn_at < limits.invitation_cutoff, false)
  OR COALESCE(i.locked_at < limits.invitation_cutoff, false)))`;
const applicationDue = `(a.created_at < limits.application_cutoff)`;

const paramsOf = (limitsOfDay: InvitationRetentionLimits): string[] => [
  limitsOfDay.now.toISOString(),
  limitsOfDay.invitationCutoff.toISOString(),
  limitsOfDay.applicationCutoff.toISOString(),
];

/** What a run on `today` would delete, counted the way the run deletes (each row in the first kind it is due in). */
export async function invitationRetentionPlan(
  db: Queryable,
  today: string,
): Promise<InvitationRetentionCounts> {
  const result = await db.query<Record<string, number | string>>(
    `WITH ${limits}
     SELECT
       (SELECT count(*) FROM member_sessions s JOIN invitations i ON i.id = s.invitation_id, limits
         WHERE ${sessionEnded}) AS member_sessions,
       (SELECT count(*) FROM invitations i, limits WHERE ${invitationDue}) AS invitations,
       (SELECT count(*) FROM applications_in_progress a, limits WHERE ${applicationDue}) AS applications,
       (SELECT count(*) FROM invitations i JOIN applications_in_progress a ON a.id = i.application_id, limits
         WHERE ${applicationDue} AND NOT ${invitationDue}) AS application_invitations,
       (SELECT count(*) FROM member_sessions s JOIN invitations i ON i.id = s.invitation_id
           JOIN applications_in_progress a ON a.id = i.application_id, limits
         WHERE ${applicationDue} AND NOT ${invitationDue} AND NOT ${sessionEnded}) AS application_sessions`,
    paramsOf(invitationRetentionLimits(today)),
  );
  const row = result.rows[0] ?? {};
  return {
    memberSessions: Number(row.member_sessions ?? 0),
    invitations: Number(row.invitations ?? 0),
    applicationsInProgress: Number(row.applications ?? 0),
    applicationInvitations: Number(row.application_invitations ?? 0),
    applicationMemberSessions: Number(row.application_sessions ?? 0),
  };
}

/** The audit entry's `detail`: counts only. */
export function invitationRetentionDetail(
  kind: InvitationRetentionKind,
  counts: InvitationRetentionCounts,
): string {
  if (kind === 'member-sessions') return `count ${counts.memberSessions}`;
  if (kind === 'invitations') return `count ${counts.invitations}`;
  return (
    `count ${counts.applicationsInProgress}, with invitations ${counts.applicationInvitations}, ` +
    `member sessions ${counts.applicationMemberSessions}`
  );
}

const emptyCounts = (): InvitationRetentionCounts => ({
  memberSessions: 0,
  invitations: 0,
  applicationsInProgress: 0,
  applicationInvitations: 0,
  applicationMemberSessions: 0,
});

const hasAny = (counts: InvitationRetentionCounts): boolean => Object.values(counts).some((n) => n > 0);

export const invitationRetentionActions: Record<InvitationRetentionKind, string> = {
  'member-sessions': 'member-sessions.deleted',
  invitations: 'invitations.deleted',
  'applications-in-progress': 'applications-in-progress.deleted',
};

/**
 * Deletes one kind in one transaction, with its audit entry (only when something was deleted) in the same
 * transaction, so there is never one without the other. Returns the counts it deleted (the other fields 0).
 */
export async function deleteInvitationData(
  db: Database,
  kind: InvitationRetentionKind,
  today: string,
  at: Date,
): Promise<InvitationRetentionCounts> {
  const params = paramsOf(invitationRetentionLimits(today));
  return db.transaction(async (tx) => {
    const counts = emptyCounts();
    if (kind === 'member-sessions') {
      counts.memberSessions = (
        await tx.query(
          `WITH ${limits} DELETE FROM member_sessions s USING invitations i, limits
           WHERE i.id = s.invitation_id AND ${sessionEnded}`,
          params,
        )
      ).rowCount;
    } else if (kind === 'invitations') {
      // Their sessions ended with them and went in the first kind; ON DELETE CASCADE takes any left.
      counts.invitations = (
        await tx.query(`WITH ${limits} DELETE FROM invitations i USING limits WHERE ${invitationDue}`, params)
      ).rowCount;
    } else {
      // Locked first: an invitation being created for one of these (createInvitation locks the same row) waits,
      // and then finds its application gone; the counts below are exact.
      await tx.query(
        `WITH ${limits} SELECT a.id FROM applications_in_progress a, limits WHERE ${applicationDue} FOR UPDATE OF a`,
        params,
      );
      counts.applicationMemberSessions = (
        await tx.query(
          `WITH ${limits} DELETE FROM member_sessions s USING invitations i, applications_in_progress a, limits
           WHERE i.id = s.invitation_id AND a.id = i.application_id AND ${applicationDue}`,
          params,
        )
      ).rowCount;
      counts.applicationInvitations = (
        await tx.query(
          `WITH ${limits} DELETE FROM invitations i USING applications_in_progress a, limits
           WHERE a.id = i.application_id AND ${applicationDue}`,
          params,
        )
      ).rowCount;
      counts.applicationsInProgress = (
        await tx.query(
          `WITH ${limits} DELETE FROM applications_in_progress a USING limits WHERE ${applicationDue}`,
          params,
        )
      ).rowCount;
    }
    if (hasAny(counts)) {
      await audit(tx, {
        at,
        actorRole: 'admin',
        action: invitationRetentionActions[kind],
        detail: invitationRetentionDetail(kind, counts),
        outcome: 'ok',
      });
    }
    return counts;
  });
}

export const invitationRetentionKinds: readonly InvitationRetentionKind[] = [
  'member-sessions',
  'invitations',
  'applications-in-progress',
];

/** The command's lines for these counts: one per kind, tab-separated, counts only. */
export const invitationRetentionLines = (counts: InvitationRetentionCounts): string[] => [
  `member sessions\t${counts.memberSessions}`,
  `invitations\t${counts.invitations}`,
  `applications in progress\t${counts.applicationsInProgress}\twith invitations ${counts.applicationInvitations}, ` +
    `member sessions ${counts.applicationMemberSessions}`,
];

export const anyInvitationData = hasAny;
