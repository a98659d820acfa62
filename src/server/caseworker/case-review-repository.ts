import { createHash } from 'node:crypto';
import type {
  CaseDecisionRecord,
  CaseLetter,
  CaseReviewState,
  CaseUpload,
  DocumentRequest,
  IncomeCheckEntry,
  ReceiptMarkEntry,
} from '../../api/contracts/case-review';
import type { SubmissionStatus } from '../../api/contracts/submission';
import { deletionDate } from '../../domain/case-review/deletion-date';
import type { ReceiptJudgement, ReceiptMark } from '../../domain/case-review/receipt-mark';
import { asIso, type Queryable } from '../db/database';

/**
 * The caseworker's work on one case (migration 8): marks on receipts and income proofs, the decision with its
 * second approval, requests for documents, the applicant's uploads and the letters. Nothing here logs: the rows
 * hold reasons, names and amounts. Binary columns travel as base64 text (bundle-store.ts says why).
 */

export type CaseRow = {
  reference: string;
  year: number;
  status: SubmissionStatus;
  assignedTo: { id: string; displayName: string } | null;
};

export async function findCase(db: Queryable, reference: string): Promise<CaseRow | undefined> {
  const found = await db.query<{
    reference: string;
    year: number;
    status: SubmissionStatus;
    assigned_to: string | null;
    display_name: string | null;
  }>(
    `SELECT s.reference, s.year, s.status, s.assigned_to, c.display_name
     FROM submissions s LEFT JOIN caseworkers c ON c.id = s.assigned_to WHERE s.reference = $1`,
    [reference],
  );
  const row = found.rows[0];
  if (!row) return undefined;
  return {
    reference: row.reference,
    year: row.year,
    status: row.status,
    assignedTo:
      row.assigned_to === null ? null : { id: row.assigned_to, displayName: row.display_name ?? '' },
  };
}

const day = (column: string, as = column) => `to_char(${column}, 'YYYY-MM-DD') AS ${as}`;
const base64 = (bytes: Uint8Array) =>
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

type MarkRow = {
  item_kind: 'receipt' | 'income';
  item_id: string;
  mark: string;
  reason: string;
  caseworker_id: string;
  display_name: string;
  at: unknown;
};

async function marksOf(db: Queryable, reference: string): Promise<MarkRow[]> {
  const result = await db.query<MarkRow>(
    `SELECT m.item_kind, m.item_id, m.mark, m.reason, m.caseworker_id, c.display_name, m.at
     FROM case_marks m JOIN caseworkers c ON c.id = m.caseworker_id WHERE m.reference = $1
     ORDER BY m.item_kind, m.item_id`,
    [reference],
  );
  return result.rows;
}

/** The receipts' judgements, as the rule engine's review takes them (reviewedLimit). */
export async function receiptJudgements(
  db: Queryable,
  reference: string,
): Promise<Map<string, ReceiptJudgement>> {
  const rows = await marksOf(db, reference);
  return new Map(
    rows
      .filter((row) => row.item_kind === 'receipt')
      .map((row) => [row.item_id, { mark: row.mark as ReceiptMark, reason: row.reason }]),
  );
}

export async function upsertReceiptMark(
  db: Queryable,
  reference: string,
  receiptId: string,
  judgement: ReceiptJudgement,
  caseworkerId: string,
  now: Date,
): Promise<void> {
  await db.query(
    `INSERT INTO case_marks (reference, item_kind, item_id, mark, reason, caseworker_id, at)
     VALUES ($1, 'receipt', $2, $3, $4, $5, $6)
     ON CONFLICT (reference, item_kind, item_id)
     DO UPDATE SET mark = EXCLUDED.mark, reason = EXCLUDED.reason, caseworker_id = EXCLUDED.caseworker_id,
                   at = EXCLUDED.at`,
    [reference, receiptId, judgement.mark, judgement.reason, caseworkerId, now.toISOString()],
  );
}

/** An income proof checked off is a row; taking the tick back deletes it. */
export async function setIncomeCheck(
  db: Queryable,
  reference: string,
  incomeId: string,
  checked: boolean,
  caseworkerId: string,
  now: Date,
): Promise<void> {
  if (!checked) {
    await db.query(`DELETE FROM case_marks WHERE reference = $1 AND item_kind = 'income' AND item_id = $2`, [
      reference,
      incomeId,
    ]);
    return;
  }
  await db.query(
    `INSERT INTO case_marks (reference, item_kind, item_id, mark, reason, caseworker_id, at)
     VALUES ($1, 'income', $2, 'checked', '', $3, $4)
     ON CONFLICT (reference, item_kind, item_id)
     DO UPDATE SET caseworker_id = EXCLUDED.caseworker_id, at = EXCLUDED.at`,
    [reference, incomeId, caseworkerId, now.toISOString()],
  );
}

type DecisionRow = {
  kind: CaseDecisionRecord['kind'];
  state: CaseDecisionRecord['state'];
  exempt_from: string | null;
  exempt_until: string | null;
  refund_cents: string | number;
  reason: string | null;
  proposed_by: string;
  proposer_name: string;
  proposed_at: unknown;
  second_by: string | null;
  second_name: string | null;
  second_at: unknown;
};

export async function findDecision(
  db: Queryable,
  reference: string,
  options: { forUpdate?: boolean } = {},
): Promise<CaseDecisionRecord | undefined> {
  const result = await db.query<DecisionRow>(
    `SELECT d.kind, d.state, ${day('d.exempt_from', 'exempt_from')}, ${day('d.exempt_until', 'exempt_until')},
            d.refund_cents, d.reason, d.proposed_by, p.display_name AS proposer_name, d.proposed_at,
            d.second_by, s.display_name AS second_name, d.second_at
     FROM case_decisions d JOIN caseworkers p ON p.id = d.proposed_by
     LEFT JOIN caseworkers s ON s.id = d.second_by
     WHERE d.reference = $1${options.forUpdate ? ' FOR UPDATE OF d' : ''}`,
    [reference],
  );
  const row = result.rows[0];
  if (!row) return undefined;
  return {
    kind: row.kind,
    state: row.state,
    proposedBy: { id: row.proposed_by, displayName: row.proposer_name },
    proposedAt: asIso(row.proposed_at),
    secondBy: row.second_by === null ? null : { id: row.second_by, displayName: row.second_name ?? '' },
    secondAt: row.second_at === null ? null : asIso(row.second_at),
    exemptFrom: row.exempt_from,
    exemptUntil: row.exempt_until,
    refundCents: Number(row.refund_cents),
    reason: row.reason,
  };
}

export type NewDecision = {
  kind: CaseDecisionRecord['kind'];
  state: CaseDecisionRecord['state'];
  exemptFrom: string | null;
  exemptUntil: string | null;
  refundCents: number;
  reason: string | null;
  /** What the decision was computed from (limit, marks): kept for the file, read by nobody but the record. */
  details: unknown;
};

export async function insertDecision(
  tx: Queryable,
  reference: string,
  decision: NewDecision,
  proposedBy: string,
  now: Date,
): Promise<void> {
  await tx.query(
    `INSERT INTO case_decisions
       (reference, kind, state, exempt_from, exempt_until, refund_cents, reason, details, proposed_by, proposed_at)
     VALUES ($1, $2, $3, $4::date, $5::date, $6, $7, $8, $9, $10)`,
    [
      reference,
      decision.kind,
      decision.state,
      decision.exemptFrom,
      decision.exemptUntil,
      decision.refundCents,
      decision.reason,
      JSON.stringify(decision.details),
      proposedBy,
      now.toISOString(),
    ],
  );
}

/** The second, different caseworker's approval; the database's CHECK refuses the proposer as the second. */
export async function recordSecondApproval(
  tx: Queryable,
  reference: string,
  caseworkerId: string,
  now: Date,
): Promise<void> {
  await tx.query(
    `UPDATE case_decisions SET state = 'final', second_by = $2, second_at = $3
     WHERE reference = $1 AND state = 'awaitingSecond'`,
    [reference, caseworkerId, now.toISOString()],
  );
}

export async function insertDocumentRequest(
  tx: Queryable,
  reference: string,
  request: { documents: string[]; dueOn: string },
  caseworkerId: string,
  now: Date,
): Promise<void> {
  await tx.query(
    `INSERT INTO document_requests (reference, documents, due_on, requested_by, requested_at)
     VALUES ($1, $2, $3::date, $4, $5)`,
    [reference, JSON.stringify(request.documents), request.dueOn, caseworkerId, now.toISOString()],
  );
}

export async function documentRequestsOf(db: Queryable, reference: string): Promise<DocumentRequest[]> {
  const result = await db.query<{
    id: string | number;
    documents: unknown;
    due_on: string;
    requested_at: unknown;
    requested_by: string;
    display_name: string;
  }>(
    `SELECT r.id, r.documents, ${day('r.due_on', 'due_on')}, r.requested_at, r.requested_by, c.display_name
     FROM document_requests r JOIN caseworkers c ON c.id = r.requested_by WHERE r.reference = $1 ORDER BY r.id`,
    [reference],
  );
  return result.rows.map((row) => ({
    id: Number(row.id),
    documents: (typeof row.documents === 'string' ? JSON.parse(row.documents) : row.documents) as string[],
    dueOn: row.due_on,
    requestedAt: asIso(row.requested_at),
    by: { id: row.requested_by, displayName: row.display_name },
  }));
}

export async function insertLetter(
  tx: Queryable,
  reference: string,
  kind: CaseLetter['kind'],
  pdf: Uint8Array,
  now: Date,
): Promise<number> {
  const result = await tx.query<{ id: string | number }>(
    `INSERT INTO case_letters (reference, kind, created_at, sha256, pdf)
     VALUES ($1, $2, $3, $4, decode($5, 'base64')) RETURNING id`,
    [reference, kind, now.toISOString(), sha256(pdf), base64(pdf)],
  );
  const row = result.rows[0];
  if (!row) throw new Error('The letter was not stored');
  return Number(row.id);
}

export async function lettersOf(db: Queryable, reference: string): Promise<CaseLetter[]> {
  const result = await db.query<{ id: string | number; kind: CaseLetter['kind']; created_at: unknown }>(
    'SELECT id, kind, created_at FROM case_letters WHERE reference = $1 ORDER BY id',
    [reference],
  );
  return result.rows.map((row) => ({ id: Number(row.id), kind: row.kind, createdAt: asIso(row.created_at) }));
}

export async function loadLetter(
  db: Queryable,
  reference: string,
  letterId: number,
): Promise<{ kind: CaseLetter['kind']; pdf: Uint8Array } | undefined> {
  const result = await db.query<{ kind: CaseLetter['kind']; base64: string }>(
    `SELECT kind, encode(pdf, 'base64') AS base64 FROM case_letters WHERE reference = $1 AND id = $2`,
    [reference, letterId],
  );
  const row = result.rows[0];
  return row && { kind: row.kind, pdf: new Uint8Array(Buffer.from(row.base64, 'base64')) };
}

export async function insertUpload(
  db: Queryable,
  reference: string,
  upload: { name: string; mediaType: CaseUpload['mediaType']; bytes: Uint8Array },
  now: Date,
): Promise<CaseUpload> {
  const result = await db.query<{ id: string | number }>(
    `INSERT INTO case_uploads (reference, name, media_type, sha256, bytes, received_at)
     VALUES ($1, $2, $3, $4, decode($5, 'base64'), $6) RETURNING id`,
    [reference, upload.name, upload.mediaType, sha256(upload.bytes), base64(upload.bytes), now.toISOString()],
  );
  const row = result.rows[0];
  if (!row) throw new Error('The upload was not stored');
  return {
    id: Number(row.id),
    name: upload.name,
    mediaType: upload.mediaType,
    receivedAt: now.toISOString(),
  };
}

export async function uploadsOf(db: Queryable, reference: string): Promise<CaseUpload[]> {
  const result = await db.query<{
    id: string | number;
    name: string;
    media_type: CaseUpload['mediaType'];
    received_at: unknown;
  }>('SELECT id, name, media_type, received_at FROM case_uploads WHERE reference = $1 ORDER BY id', [
    reference,
  ]);
  return result.rows.map((row) => ({
    id: Number(row.id),
    name: row.name,
    mediaType: row.media_type,
    receivedAt: asIso(row.received_at),
  }));
}

export async function loadUpload(
  db: Queryable,
  reference: string,
  uploadId: number,
): Promise<{ name: string; mediaType: CaseUpload['mediaType']; bytes: Uint8Array } | undefined> {
  const result = await db.query<{ name: string; media_type: CaseUpload['mediaType']; base64: string }>(
    `SELECT name, media_type, encode(bytes, 'base64') AS base64 FROM case_uploads
     WHERE reference = $1 AND id = $2`,
    [reference, uploadId],
  );
  const row = result.rows[0];
  return (
    row && {
      name: row.name,
      mediaType: row.media_type,
      bytes: new Uint8Array(Buffer.from(row.base64, 'base64')),
    }
  );
}

/** Everything the case view shows besides the bundle itself. */
export async function reviewStateOf(
  db: Queryable,
  found: CaseRow,
  fourEyesAboveCents: number,
): Promise<CaseReviewState> {
  const marks = await marksOf(db, found.reference);
  const receiptMarks: ReceiptMarkEntry[] = [];
  const incomeChecks: IncomeCheckEntry[] = [];
  for (const row of marks) {
    const by = { id: row.caseworker_id, displayName: row.display_name };
    if (row.item_kind === 'receipt') {
      receiptMarks.push({
        receiptId: row.item_id,
        mark: row.mark as ReceiptMark,
        reason: row.reason,
        by,
        at: asIso(row.at),
      });
    } else {
      incomeChecks.push({ incomeId: row.item_id, by, at: asIso(row.at) });
    }
  }
  return {
    reference: found.reference,
    status: found.status,
    assignedTo: found.assignedTo,
    receiptMarks,
    incomeChecks,
    decision: (await findDecision(db, found.reference)) ?? null,
    documentRequests: await documentRequestsOf(db, found.reference),
    uploads: await uploadsOf(db, found.reference),
    letters: await lettersOf(db, found.reference),
    fourEyesAboveCents,
    deleteOn: deletionDate(found.year),
  };
}
