import type { AdvancePaymentStatus, ExemptionCard, ReturnReason } from '../../api/contracts/advance-payment';
import type { SubmissionState } from '../../api/contracts/submission';
import type { AdvancePaymentFacts } from '../../documents/bundle/advance-payment-facts';
import { checkPaymentStep } from '../../domain/vorauszahlung/payment-step';
import {
  paymentReference,
  type PaymentReference,
  type PaymentReferenceStyle,
} from '../../domain/vorauszahlung/payment-reference';
import type { Database, Queryable } from '../db/database';
import { keyedHash } from '../secrets/keyed-hash';

/**
 * The advance payment (Vorauszahlung) an application asks for, and the exemption statuses its receipt stores
 * (migration 4). The expected payment is inserted in the submission's own transaction (storeSubmission); a
 * caseworker (in the demo, a demo-only control) marks it received or returned. Nothing here logs: the rows hold
 * names, KVNRs and amounts.
 */

/** The labelled HMAC of a KVNR with the server secret: how the provider check finds a status by KVNR. */
export const kvnrHmac = (secret: Buffer, kvnr: string): string =>
  keyedHash(secret, 'kvnr:v1', kvnr).toString('hex');

export type NewAdvancePayment = { facts: AdvancePaymentFacts; referenceStyle: PaymentReferenceStyle };

/** Inside storeSubmission's transaction, once the reference is drawn. */
export async function insertExpectedPayment(
  tx: Queryable,
  reference: string,
  { facts, referenceStyle }: NewAdvancePayment,
): Promise<void> {
  await tx.query(
    `INSERT INTO advance_payments
       (reference, year, method, option, amount_cents, payment_reference, debit_on, state, covered_people,
        elsewhere_people)
     VALUES ($1, $2, $3, $4, $5, $6, $7::date, 'erwartet', $8, $9)`,
    [
      reference,
      facts.year,
      facts.method,
      facts.option,
      facts.amountCents,
      JSON.stringify(paymentReference(reference, facts.year, referenceStyle)),
      facts.debitOn,
      JSON.stringify(facts.covered),
      JSON.stringify(facts.elsewhere),
    ],
  );
}

type PaymentRow = {
  reference: string;
  year: number;
  method: AdvancePaymentStatus['method'];
  option: AdvancePaymentStatus['option'];
  amount_cents: number;
  payment_reference: PaymentReference | string;
  debit_on: string | null;
  state: AdvancePaymentStatus['state'];
  received_on: string | null;
  returned_on: string | null;
  return_reason: ReturnReason | null;
  covered_people: AdvancePaymentFacts['covered'] | string;
  elsewhere_people: AdvancePaymentFacts['elsewhere'] | string;
};

type ExemptionRow = {
  member_id: string;
  given_name: string;
  family_name: string;
  kvnr: string;
  birth_date: string;
  status: boolean;
  gueltig_ab: string;
  gueltig_bis: string;
  ended_on: string | null;
};

export type AdvancePaymentRecord = {
  status: AdvancePaymentStatus;
  covered: AdvancePaymentFacts['covered'];
  elsewhere: AdvancePaymentFacts['elsewhere'];
  exemptions: Omit<ExemptionCard, 'cardNumber' | 'insurerName'>[];
};

// Dates as ISO text from both drivers: `pg` would turn a date into a Date at local midnight.
const day = (column: string) => `to_char(${column}, 'YYYY-MM-DD') AS ${column}`;
const paymentColumns = `reference, year, method, option, amount_cents, payment_reference, ${day('debit_on')},
  state, ${day('received_on')}, ${day('returned_on')}, return_reason, covered_people, elsewhere_people`;

const json = <T>(value: T | string): T => (typeof value === 'string' ? (JSON.parse(value) as T) : value);

function statusOf(row: PaymentRow): AdvancePaymentStatus {
  return {
    state: row.state,
    year: Number(row.year),
    method: row.method,
    option: row.option,
    amountCents: Number(row.amount_cents),
    paymentReference: json(row.payment_reference),
    ...(row.debit_on ? { debitOn: row.debit_on } : {}),
    ...(row.received_on ? { receivedOn: row.received_on } : {}),
    ...(row.returned_on ? { returnedOn: row.returned_on } : {}),
    ...(row.return_reason ? { returnReason: row.return_reason } : {}),
  };
}

export async function findAdvancePayment(
  db: Queryable,
  reference: string,
  options: { forUpdate?: boolean } = {},
): Promise<AdvancePaymentRecord | undefined> {
  const found = await db.query<PaymentRow>(
    `SELECT ${paymentColumns} FROM advance_payments WHERE reference = $1${options.forUpdate ? ' FOR UPDATE' : ''}`,
    [reference],
  );
  const row = found.rows[0];
  if (!row) return undefined;
  const covered = json(row.covered_people);
  // In the order of the application's members, as the cards are shown.
  const order = new Map(covered.map((person, index) => [person.memberId, index]));
  const exemptions = await exemptionsOf(db, reference);
  return {
    status: statusOf(row),
    covered,
    elsewhere: json(row.elsewhere_people),
    exemptions: exemptions.sort((a, b) => (order.get(a.memberId) ?? 0) - (order.get(b.memberId) ?? 0)),
  };
}

/** The exemption statuses an application's advance payment or its approval stored, one per covered person. */
export async function exemptionsOf(
  db: Queryable,
  reference: string,
): Promise<AdvancePaymentRecord['exemptions']> {
  const exemptions = await db.query<ExemptionRow>(
    `SELECT member_id, given_name, family_name, kvnr, ${day('birth_date')}, status, ${day('gueltig_ab')},
            ${day('gueltig_bis')}, ${day('ended_on')}
     FROM exemption_statuses WHERE reference = $1 ORDER BY member_id`,
    [reference],
  );
  return exemptions.rows.map((exemption) => ({
    memberId: exemption.member_id,
    givenName: exemption.given_name,
    familyName: exemption.family_name,
    kvnr: exemption.kvnr,
    birthDate: exemption.birth_date,
    status: exemption.status,
    gueltigAb: exemption.gueltig_ab,
    gueltigBis: exemption.gueltig_bis,
    ...(exemption.ended_on ? { endedOn: exemption.ended_on } : {}),
  }));
}

/** The status answer's part of an advance payment: the payment, and once it arrived the cards. */
export function advancePaymentStateOf(
  reference: string,
  record: AdvancePaymentRecord | undefined,
  insurerName: string,
): Pick<SubmissionState, 'advancePayment' | 'exemptions' | 'exemptedElsewhere'> {
  if (!record) return {};
  if (record.status.state === 'erwartet') return { advancePayment: record.status };
  return {
    advancePayment: record.status,
    exemptions: record.exemptions.map((exemption) => ({
      ...exemption,
      cardNumber: reference,
      insurerName,
    })),
    exemptedElsewhere: record.elsewhere,
  };
}

export type PaymentStepResult =
  | { kind: 'ok'; record: AdvancePaymentRecord }
  | { kind: 'not-found' }
  | { kind: 'not-advance-payment' }
  | { kind: 'transition'; reason: string };

/** Why a step found no advance payment to lock: no such submission, or an ordinary application. */
async function missing(tx: Queryable, reference: string): Promise<PaymentStepResult> {
  return (await submissionExists(tx, reference)) ? { kind: 'not-advance-payment' } : { kind: 'not-found' };
}

/** The payment as the step left it, read in the step's own transaction. */
async function reread(tx: Queryable, reference: string): Promise<PaymentStepResult> {
  const updated = await findAdvancePayment(tx, reference);
  if (!updated) throw new Error('The advance payment vanished inside its transaction');
  return { kind: 'ok', record: updated };
}

async function submissionExists(tx: Queryable, reference: string): Promise<boolean> {
  const found = await tx.query('SELECT reference FROM submissions WHERE reference = $1', [reference]);
  return found.rows.length === 1;
}

/**
 * The money arrived on `on`: the payment is eingegangen, and every covered person's exemption runs from the later
 * of 1 January and `on` to 31 December (exemptionPeriod). Only from erwartet, and only within the year
 * (checkPaymentStep).
 */
export async function markReceived(
  db: Database,
  secret: Buffer,
  reference: string,
  on: string,
): Promise<PaymentStepResult> {
  return db.transaction(async (tx) => {
    const record = await findAdvancePayment(tx, reference, { forUpdate: true });
    if (!record) return missing(tx, reference);
    const verdict = checkPaymentStep(record.status, { outcome: 'received', on });
    if (!verdict.ok) return { kind: 'transition', reason: verdict.reason };
    if (verdict.outcome !== 'received') throw new Error('A receipt was judged as another step');
    const period = verdict.period;
    await tx.query(
      `UPDATE advance_payments SET state = 'eingegangen', received_on = $2::date WHERE reference = $1`,
      [reference, on],
    );
    for (const person of record.covered) {
      await tx.query(
        `INSERT INTO exemption_statuses
           (reference, member_id, given_name, family_name, kvnr, kvnr_hmac, birth_date, status, gueltig_ab,
            gueltig_bis)
         VALUES ($1, $2, $3, $4, $5, $6, $7::date, true, $8::date, $9::date)`,
        [
          reference,
          person.memberId,
          person.givenName,
          person.familyName,
          person.kvnr,
          kvnrHmac(secret, person.kvnr),
          person.birthDate,
          period.gueltigAb,
          period.gueltigBis,
        ],
      );
    }
    return reread(tx, reference);
  });
}

/**
 * A direct debit came back on `on`: the payment is zurueckgebucht and every exemption it bought ends that day
 * (status false, endedOn). Only a received direct debit can come back; a transfer is never returned.
 */
export async function markReturned(
  db: Database,
  reference: string,
  on: string,
  reason: ReturnReason,
): Promise<PaymentStepResult> {
  return db.transaction(async (tx) => {
    const record = await findAdvancePayment(tx, reference, { forUpdate: true });
    if (!record) return missing(tx, reference);
    const verdict = checkPaymentStep(record.status, { outcome: 'returned', on });
    if (!verdict.ok) return { kind: 'transition', reason: verdict.reason };
    await tx.query(
      `UPDATE advance_payments SET state = 'zurueckgebucht', returned_on = $2::date, return_reason = $3
       WHERE reference = $1`,
      [reference, on, reason],
    );
    await tx.query('UPDATE exemption_statuses SET status = false, ended_on = $2::date WHERE reference = $1', [
      reference,
      on,
    ]);
    return reread(tx, reference);
  });
}
