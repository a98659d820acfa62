import { randomUUID } from 'node:crypto';
import type { SubmissionDecision, SubmissionState, SubmissionStatus } from '../../api/contracts/submission';
import type { QueueFacts } from '../../documents/bundle/queue-facts';
import { asIso, type Database, type Queryable } from '../db/database';
import { insertExpectedPayment, type NewAdvancePayment } from './advance-payment-repository';
import { storeBundle } from './bundle-store';
import { takeCitedParts, type CitedPart } from './submission-member-parts';

/**
 * Submissions and their idempotency keys in SQL (IETF draft "The Idempotency-Key HTTP Header Field"). A key is
 * claimed (committed, so every process sees it) after the body has arrived and passed verification; storing the
 * application, its bundle, the next reference and the key's answer is one transaction. A process killed between
 * the two leaves a claim that a retry may take over once its lease ran out; one killed during the upload has
 * claimed nothing. One application id is stored at most once (a unique index, migration 3), whatever the key.
 */
export const inFlightLeaseMs = 2 * 60 * 1000;

export type StoredSubmission = SubmissionState & { year: number; bundleBytes: number };

export type Claim =
  | { kind: 'claimed'; token: string }
  | { kind: 'in-flight' }
  | { kind: 'reused' }
  | { kind: 'answered'; reference: string; status: number };

type KeyRow = {
  fingerprint: string;
  state: 'in-flight' | 'answered';
  claim_token: string;
  claimed_at: unknown;
  reference: string | null;
  answer_status: number | null;
};

export async function claimKey(db: Queryable, key: string, fingerprint: string, now: Date): Promise<Claim> {
  const token = randomUUID();
  const inserted = await db.query(
    `INSERT INTO idempotency_keys (key, fingerprint, state, claim_token, claimed_at)
     VALUES ($1, $2, 'in-flight', $3, $4) ON CONFLICT (key) DO NOTHING RETURNING key`,
    [key, fingerprint, token, now.toISOString()],
  );
  if (inserted.rows.length === 1) return { kind: 'claimed', token };
  const found = await db.query<KeyRow>(
    'SELECT fingerprint, state, claim_token, claimed_at, reference, answer_status FROM idempotency_keys WHERE key = $1',
    [key],
  );
  const row = found.rows[0];
  // Released between our insert and our select: claim again.
  if (!row) return claimKey(db, key, fingerprint, now);
  if (row.state === 'answered') {
    if (row.fingerprint !== fingerprint) return { kind: 'reused' };
    return { kind: 'answered', reference: row.reference ?? '', status: Number(row.answer_status) };
  }
  const abandoned = now.getTime() - new Date(asIso(row.claimed_at)).getTime() >= inFlightLeaseMs;
  if (!abandoned) return row.fingerprint === fingerprint ? { kind: 'in-flight' } : { kind: 'reused' };
  // Take the abandoned claim over; only one of several racing takers wins the compare-and-set.
  const taken = await db.query(
    `UPDATE idempotency_keys SET fingerprint = $2, claim_token = $3, claimed_at = $4
     WHERE key = $1 AND claim_token = $5 AND state = 'in-flight' RETURNING key`,
    [key, fingerprint, token, now.toISOString(), row.claim_token],
  );
  return taken.rows.length === 1 ? { kind: 'claimed', token } : { kind: 'in-flight' };
}

/**
 * The key's stored answer when this very request (same fingerprint) was answered before: a replay needs no
 * second verification of bytes that passed it once. Looks only; it claims nothing.
 */
export async function findAnswered(
  db: Queryable,
  key: string,
  fingerprint: string,
): Promise<{ reference: string } | undefined> {
  const found = await db.query<Pick<KeyRow, 'reference'>>(
    `SELECT reference FROM idempotency_keys
     WHERE key = $1 AND fingerprint = $2 AND state = 'answered' AND reference IS NOT NULL`,
    [key, fingerprint],
  );
  const reference = found.rows[0]?.reference;
  return reference ? { reference } : undefined;
}

export async function releaseKey(db: Queryable, key: string, token: string): Promise<void> {
  await db.query("DELETE FROM idempotency_keys WHERE key = $1 AND claim_token = $2 AND state = 'in-flight'", [
    key,
    token,
  ]);
}

/** PGlite only: its directory has one owner, so every in-flight claim at start belongs to a dead process. */
export async function releaseAllClaims(db: Queryable): Promise<number> {
  const result = await db.query("DELETE FROM idempotency_keys WHERE state = 'in-flight' RETURNING key");
  return result.rows.length;
}

export class ClaimLostError extends Error {
  constructor() {
    super('The idempotency claim was taken over before the submission was stored');
    this.name = 'ClaimLostError';
  }
}

/** An application with this id is stored already, under another key; nothing of this request was stored. */
export class ApplicationAlreadySubmittedError extends Error {
  constructor() {
    super('An application with this Application-Id was already submitted');
    this.name = 'ApplicationAlreadySubmittedError';
  }
}

export type NewSubmission = {
  key: string;
  token: string;
  year: number;
  /** bag-info's Application-Id, as verified against data/application.json. */
  applicationId: string;
  receivedAt: Date;
  manifestSha256: string;
  bundle: Uint8Array;
  bundleSha256: string;
  /** What the caseworker's queue shows of it, from the verify worker's verdict (migration 7). */
  queue: QueueFacts;
  /** An application for the advance payment: its expected payment is stored in the same transaction. */
  advancePayment?: NewAdvancePayment;
  /** The members' parts application.json cites (issue 14): checked and copied into the case in the same transaction. */
  memberParts?: readonly CitedPart[];
};

const referenceFor = (year: number, sequence: number) => `ZB-${year}-${String(sequence).padStart(6, '0')}`;

/**
 * Stores bundle and application under the next reference of the year and answers the key, all or nothing.
 * Throws ApplicationAlreadySubmittedError when the application id is stored already, MemberPartUnknownError when a
 * cited member's part is not held as cited (submission-member-parts.ts).
 */
export async function storeSubmission(db: Database, submission: NewSubmission): Promise<StoredSubmission> {
  return db.transaction(async (tx) => {
    const sequence = await tx.query<{ last_value: number }>(
      `INSERT INTO reference_sequences (name, last_value) VALUES ($1, 1)
       ON CONFLICT (name) DO UPDATE SET last_value = reference_sequences.last_value + 1 RETURNING last_value`,
      [`submission-${submission.year}`],
    );
    const reference = referenceFor(submission.year, Number(sequence.rows[0]?.last_value));
    const at = submission.receivedAt.toISOString();
    // A second transaction with the same application id waits here for the first to commit, then inserts
    // nothing: the unique index decides, across processes. The throw rolls the sequence back (no gap).
    const inserted = await tx.query(
      `INSERT INTO submissions
         (reference, year, status, received_at, updated_at, manifest_sha256, bundle_bytes, application_id,
          household_size, claimed_cents, flags)
       VALUES ($1, $2, 'eingegangen', $3, $3, $4, $5, $6, $7, $8, $9::text[])
       ON CONFLICT (application_id) DO NOTHING RETURNING reference`,
      [
        reference,
        submission.year,
        at,
        submission.manifestSha256,
        submission.bundle.byteLength,
        submission.applicationId,
        submission.queue.householdSize,
        submission.queue.claimedCents,
        [...submission.queue.flags],
      ],
    );
    if (inserted.rows.length !== 1) throw new ApplicationAlreadySubmittedError();
    await storeBundle(tx, reference, submission.bundle, submission.bundleSha256);
    // After the application id's insert: a second sending of a sent application is refused as already submitted,
    // whatever its parts say.
    await takeCitedParts(tx, reference, submission.memberParts ?? [], submission.receivedAt);
    if (submission.advancePayment) await insertExpectedPayment(tx, reference, submission.advancePayment);
    const answered = await tx.query(
      `UPDATE idempotency_keys SET state = 'answered', reference = $3, answer_status = 201
       WHERE key = $1 AND claim_token = $2 AND state = 'in-flight' RETURNING key`,
      [submission.key, submission.token, reference],
    );
    if (answered.rows.length !== 1) throw new ClaimLostError();
    return {
      reference,
      year: submission.year,
      status: 'eingegangen',
      receivedAt: at,
      updatedAt: at,
      manifestSha256: submission.manifestSha256,
      bundleBytes: submission.bundle.byteLength,
    };
  });
}

type SubmissionRow = {
  reference: string;
  year: number;
  status: SubmissionStatus;
  received_at: unknown;
  updated_at: unknown;
  manifest_sha256: string;
  bundle_bytes: number;
  decision: SubmissionDecision | null;
};

const fromRow = (row: SubmissionRow): StoredSubmission => ({
  reference: row.reference,
  year: Number(row.year),
  status: row.status,
  receivedAt: asIso(row.received_at),
  updatedAt: asIso(row.updated_at),
  manifestSha256: row.manifest_sha256,
  bundleBytes: Number(row.bundle_bytes),
  ...(row.decision ? { decision: row.decision } : {}),
});

const columns = 'reference, year, status, received_at, updated_at, manifest_sha256, bundle_bytes, decision';

export async function findSubmission(
  db: Queryable,
  reference: string,
): Promise<StoredSubmission | undefined> {
  const result = await db.query<SubmissionRow>(`SELECT ${columns} FROM submissions WHERE reference = $1`, [
    reference,
  ]);
  const row = result.rows[0];
  return row && fromRow(row);
}

export async function listSubmissions(db: Queryable): Promise<StoredSubmission[]> {
  const result = await db.query<SubmissionRow>(
    `SELECT ${columns} FROM submissions ORDER BY received_at, reference`,
  );
  return result.rows.map(fromRow);
}

/** Moves a submission to `status` only from an earlier one (the order never goes back); undefined otherwise. */
export async function advanceSubmission(
  db: Queryable,
  reference: string,
  change: {
    status: SubmissionStatus;
    from: readonly SubmissionStatus[];
    updatedAt: Date;
    decision?: SubmissionDecision;
  },
): Promise<StoredSubmission | undefined> {
  const result = await db.query<SubmissionRow>(
    `UPDATE submissions SET status = $2, updated_at = $3, decision = $4
     WHERE reference = $1 AND status = ANY($5::text[]) RETURNING ${columns}`,
    [
      reference,
      change.status,
      change.updatedAt.toISOString(),
      change.decision ? JSON.stringify(change.decision) : null,
      [...change.from],
    ],
  );
  const row = result.rows[0];
  return row && fromRow(row);
}

export const stateOf = (submission: StoredSubmission): SubmissionState => {
  const { reference, status, receivedAt, updatedAt, manifestSha256, decision } = submission;
  return { reference, status, receivedAt, updatedAt, manifestSha256, ...(decision ? { decision } : {}) };
};
