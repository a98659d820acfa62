import type { Queryable } from '../../src/server/db/database';

/*
 * Tests and bench only: n queue rows written straight into `submissions` in one SQL statement (no bundles: the
 * queue never reads them), with facts that follow from the row number i (1…n) so that a test can compute the
 * expected order in JavaScript. received_at repeats every 500 rows, so sorting by it needs the reference's
 * tiebreak; two years, three statuses, household sizes 1–5, claimed amounts spread by a prime, every fourth row
 * flagged limitReached and every seventh documentsMissing.
 */
export type SeededQueueRow = {
  reference: string;
  applicationId: string;
  year: number;
  status: 'eingegangen' | 'in-bearbeitung' | 'entschieden';
  receivedAt: string;
  householdSize: number;
  claimedCents: number;
  flags: string[];
};

const statuses = ['eingegangen', 'in-bearbeitung', 'entschieden'] as const;
const start = Date.parse('2026-01-01T00:00:00Z');

export function seededQueueRow(i: number): SeededQueueRow {
  const year = 2025 + (i % 2);
  return {
    reference: `ZB-${year}-${String(i).padStart(6, '0')}`,
    applicationId: `ZBA-${i.toString(16).toUpperCase().padStart(12, '0')}`,
    year,
    status: statuses[i % 3]!,
    receivedAt: new Date(start + (i % 500) * 3_600_000).toISOString(),
    householdSize: 1 + (i % 5),
    claimedCents: (i * 7919) % 100_000,
    flags: [...(i % 4 === 0 ? ['limitReached'] : []), ...(i % 7 === 0 ? ['documentsMissing'] : [])],
  };
}

export async function seedQueueRows(db: Queryable, n: number): Promise<SeededQueueRow[]> {
  await db.query(
    `INSERT INTO submissions (reference, year, status, received_at, updated_at, manifest_sha256, bundle_bytes,
       application_id, household_size, claimed_cents, flags)
     SELECT 'ZB-' || (2025 + i % 2) || '-' || lpad(i::text, 6, '0'),
       2025 + i % 2,
       (ARRAY['eingegangen', 'in-bearbeitung', 'entschieden'])[1 + i % 3],
       timestamptz '2026-01-01T00:00:00Z' + (i % 500) * interval '1 hour',
       timestamptz '2026-01-01T00:00:00Z' + (i % 500) * interval '1 hour',
       repeat('0', 64),
       1000,
       'ZBA-' || lpad(upper(to_hex(i)), 12, '0'),
       1 + i % 5,
       (i::bigint * 7919) % 100000,
       CASE WHEN i % 4 = 0 THEN ARRAY['limitReached'] ELSE ARRAY[]::text[] END
         || CASE WHEN i % 7 = 0 THEN ARRAY['documentsMissing'] ELSE ARRAY[]::text[] END
     FROM generate_series(1, $1::integer) AS i`,
    [n],
  );
  await db.query('ANALYZE submissions');
  return Array.from({ length: n }, (_, index) => seededQueueRow(index + 1));
}
