import type { SubmissionStatus } from '../../api/contracts/submission';
import { deletionDate, isDueForDeletion } from '../../domain/case-review/deletion-date';
import { audit } from '../audit/audit-log';
import type { Database, Queryable } from '../db/database';

/**
 * Retention (docs/rules/retention.md): the cases whose deletion date has come, and their deletion. A case is due
 * on 1 January of year + 5, so on `today` every case with `year <= today's year - 5` is due: the query filters
 * on the year column alone (index submissions_year), never computes a date per row. Only decided cases are
 * deleted; undecided ones are kept and reported until someone decides them.
 */
export type OverdueCase = {
  reference: string;
  year: number;
  status: SubmissionStatus;
  /** ISO date, deletionDate(year). */
  deletionDate: string;
};

export type RetentionPlan = {
  /** Decided and due: `retention run` deletes these. */
  due: OverdueCase[];
  /** Due but not decided: kept, still needed. */
  kept: OverdueCase[];
};

/** The latest application year whose cases are due on `today` (ISO date): year + 5 <= today's year. */
export const lastDueYear = (today: string): number => Number(today.slice(0, 4)) - 5;

export async function retentionPlan(db: Queryable, today: string): Promise<RetentionPlan> {
  const result = await db.query<{ reference: string; year: number; status: SubmissionStatus }>(
    'SELECT reference, year, status FROM submissions WHERE year <= $1 ORDER BY year, reference',
    [lastDueYear(today)],
  );
  const plan: RetentionPlan = { due: [], kept: [] };
  for (const row of result.rows) {
    const year = Number(row.year);
    // The SQL condition and the rule agree; checking again costs nothing and keeps the rule the one authority.
    if (!isDueForDeletion(year, today)) continue;
    const entry = { reference: row.reference, year, status: row.status, deletionDate: deletionDate(year) };
    (row.status === 'entschieden' ? plan.due : plan.kept).push(entry);
  }
  return plan;
}

/**
 * Deletes one case in its own transaction: the submission row, and through ON DELETE CASCADE (migration 8) its
 * bundle, advance payment, exemption statuses, idempotency keys, marks, decision, document requests, uploads,
 * letters and the members' parts copied in at its sending (migration 11); with the `case.deleted` audit entry in
 * the same transaction, so there is never one without the other. The DELETE checks due and decided again, so a
 * case that changed (or that a parallel run deleted) since the plan was read is left alone. Returns whether it
 * deleted the case.
 */
export async function deleteDueCase(
  db: Database,
  reference: string,
  today: string,
  at: Date,
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const deleted = await tx.query<{ year: number }>(
      `DELETE FROM submissions WHERE reference = $1 AND year <= $2 AND status = 'entschieden' RETURNING year`,
      [reference, lastDueYear(today)],
    );
    const row = deleted.rows[0];
    if (!row) return false;
    await audit(tx, {
      at,
      actorRole: 'admin',
      action: 'case.deleted',
      objectRef: reference,
      detail: `deletion date ${deletionDate(Number(row.year))}`,
      outcome: 'ok',
    });
    return true;
  });
}
