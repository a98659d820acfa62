import {
  caseFlags,
  type CaseFlag,
  type CaseQueueItem,
  type CaseQueuePage,
  type caseQueueQuerySchema,
} from '../../api/contracts/caseworker-queue';
import type { SubmissionStatus } from '../../api/contracts/submission';
import { asIso, type Queryable } from '../db/database';

/**
 * The caseworker's queue in SQL (migration 7): filtered, sorted and paged by the database, so 10,000 submissions
 * answer like ten. It reads the facts stored at receipt and never a bundle; no name, KVNR or health datum is in
 * these columns.
 */
/** The query as the contract's schema gives it (defaults filled in). */
export type CaseQueueQuery = ReturnType<typeof caseQueueQuerySchema.parse>;

const referencePattern = /^ZB-\d{4}-\d{6}$/;
const applicationIdPattern = /^ZBA-[0-9A-F]{12}$/;

/**
 * What a typed search finds: a reference or an application number, matched exactly after dropping spaces and
 * case; anything else finds nothing (no substring search over ids that are not secrets, but not for browsing).
 */
export function searchTerm(
  q: string | undefined,
): { column: 'reference' | 'application_id'; value: string } | 'none' | undefined {
  if (q === undefined) return undefined;
  const typed = q.replace(/\s+/g, '').toUpperCase();
  if (typed === '') return undefined;
  if (referencePattern.test(typed)) return { column: 'reference', value: typed };
  if (applicationIdPattern.test(typed)) return { column: 'application_id', value: typed };
  return 'none';
}

const sortColumns = {
  received: 'received_at',
  claimed: 'claimed_cents',
  year: 'year',
  householdSize: 'household_size',
} as const satisfies Record<CaseQueueQuery['sort'], string>;

type QueueRow = {
  reference: string;
  application_id: string | null;
  received_at: unknown;
  year: number;
  household_size: number;
  claimed_cents: number | string;
  status: SubmissionStatus;
  flags: string[] | null;
  assigned_to: string | null;
  assigned_name: string | null;
};

const queueColumns = `s.reference, s.application_id, s.received_at, s.year, s.household_size, s.claimed_cents,
  s.status, s.flags, s.assigned_to, c.display_name AS assigned_name`;
const queueFrom = 'submissions s LEFT JOIN caseworkers c ON c.id = s.assigned_to';

const itemOf = (row: QueueRow): CaseQueueItem => {
  const stored = new Set(row.flags ?? []);
  return {
    reference: row.reference,
    // Rows before migration 3 kept no application id (a development database of that time only).
    applicationId: row.application_id ?? '',
    receivedAt: asIso(row.received_at),
    year: Number(row.year),
    householdSize: Number(row.household_size),
    claimedCents: Number(row.claimed_cents),
    status: row.status,
    flags: caseFlags.filter((flag: CaseFlag) => stored.has(flag)),
    assignedTo:
      row.assigned_to === null ? null : { id: row.assigned_to, displayName: row.assigned_name ?? '' },
  };
};

export async function queuePage(
  db: Queryable,
  query: CaseQueueQuery,
  caseworkerId: string,
): Promise<CaseQueuePage> {
  const empty: CaseQueuePage = { total: 0, page: query.page, pageSize: query.pageSize, items: [] };
  const where: string[] = [];
  const params: unknown[] = [];
  const param = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  const search = searchTerm(query.q);
  if (search === 'none') return empty;
  if (search) where.push(`s.${search.column} = ${param(search.value)}`);
  if (query.status) where.push(`s.status = ${param(query.status)}`);
  if (query.year !== undefined) where.push(`s.year = ${param(query.year)}`);
  if (query.flag) where.push(`s.flags @> ARRAY[${param(query.flag)}]::text[]`);
  if (query.assigned === 'mine') where.push(`s.assigned_to = ${param(caseworkerId)}`);
  if (query.assigned === 'open') where.push('s.assigned_to IS NULL');
  const condition = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
  const counted = await db.query<{ total: number | string }>(
    `SELECT count(*) AS total FROM submissions s ${condition}`,
    params,
  );
  const total = Number(counted.rows[0]?.total ?? 0);
  if (total === 0) return empty;
  const direction = query.order === 'asc' ? 'ASC' : 'DESC';
  // The reference breaks ties in the same direction, so that every page is one slice of one total order.
  const order = `s.${sortColumns[query.sort]} ${direction}, s.reference ${direction}`;
  const rows = await db.query<QueueRow>(
    `SELECT ${queueColumns} FROM ${queueFrom} ${condition} ORDER BY ${order}
     LIMIT ${param(query.pageSize)} OFFSET ${param((query.page - 1) * query.pageSize)}`,
    params,
  );
  return { total, page: query.page, pageSize: query.pageSize, items: rows.rows.map(itemOf) };
}

export type AssignResult =
  { kind: 'assigned'; item: CaseQueueItem } | { kind: 'taken'; displayName: string } | { kind: 'not-found' };

async function findItem(db: Queryable, reference: string): Promise<CaseQueueItem | undefined> {
  const found = await db.query<QueueRow>(`SELECT ${queueColumns} FROM ${queueFrom} WHERE s.reference = $1`, [
    reference,
  ]);
  const row = found.rows[0];
  return row && itemOf(row);
}

/**
 * Gives the case to this caseworker if nobody has it: one UPDATE … WHERE assigned_to IS NULL, so of two racing
 * caseworkers (on any instances) exactly one gets it. Asking again for a case one has is answered like the first
 * time; a case somebody else has is 'taken', with that caseworker's display name.
 */
export async function assignCase(
  db: Queryable,
  reference: string,
  caseworkerId: string,
  now: Date,
): Promise<AssignResult> {
  await db.query(
    'UPDATE submissions SET assigned_to = $2, assigned_at = $3 WHERE reference = $1 AND assigned_to IS NULL',
    [reference, caseworkerId, now.toISOString()],
  );
  const item = await findItem(db, reference);
  if (!item) return { kind: 'not-found' };
  if (item.assignedTo?.id === caseworkerId) return { kind: 'assigned', item };
  return { kind: 'taken', displayName: item.assignedTo?.displayName ?? '' };
}
