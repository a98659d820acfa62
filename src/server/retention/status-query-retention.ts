import { audit } from '../audit/audit-log';
import type { Database, Queryable } from '../db/database';
import { berlinMidnight } from '../../documents/calendar/berlin-day';

/**
 * Retention of the status query log (status_queries, issue 15; docs/rules/retention.md "Status queries"): an entry
 * is kept for the rest of its calendar year and two full calendar years more, then deleted by the retention
 * command. The insured person can see the checks of their status for that long (GDPR Art. 15), and a provider
 * its own; nothing needs the entries later (GDPR Art. 5 Abs. 1 lit. e, § 84 Abs. 2 SGB X). Due on `today`: every
 * entry made before 00:00 in Berlin on 1 January of today's year − 2. Counts only, never a KVNR's HMAC or an IK.
 */
export const statusQueryRetentionYears = 2;

/** Entries made before this instant are due on `today` (an ISO date, the command's Berlin day). */
export const statusQueryCutoff = (today: string): Date =>
  berlinMidnight(`${Number(today.slice(0, 4)) - statusQueryRetentionYears}-01-01`);

export async function countDueStatusQueries(db: Queryable, today: string): Promise<number> {
  const found = await db.query<{ n: number | string }>(
    'SELECT count(*) AS n FROM status_queries WHERE at < $1',
    [statusQueryCutoff(today).toISOString()],
  );
  return Number(found.rows[0]?.n ?? 0);
}

export const statusQueryRetentionAction = 'status-queries.deleted';

/** Deletes the due entries in one transaction, with one audit entry (the count) when it deleted any. */
export async function deleteDueStatusQueries(db: Database, today: string, at: Date): Promise<number> {
  return db.transaction(async (tx) => {
    const deleted = (
      await tx.query('DELETE FROM status_queries WHERE at < $1', [statusQueryCutoff(today).toISOString()])
    ).rowCount;
    if (deleted > 0) {
      await audit(tx, {
        at,
        actorRole: 'admin',
        action: statusQueryRetentionAction,
        detail: `count ${deleted}`,
        outcome: 'ok',
      });
    }
    return deleted;
  });
}
