import type { AdvancePaymentFacts } from '../../src/documents/bundle/advance-payment-facts';
import { kvnrCheckDigit } from '../../src/domain/identifiers/kvnr';
import type { Database } from '../../src/server/db/database';
import {
  insertExpectedPayment,
  markReceived,
  markReturned,
} from '../../src/server/submissions/advance-payment-repository';

/*
 * Tests only: insured people of the provider status check (issue 15), given their co-payment status the way the
 * server gives it — an advance payment that arrived (markReceived) and, for one, a direct debit that came back
 * (markReturned). People of their own, under references of their own, so a demo start's seeded people never
 * meet them.
 */

export const kvnrOf = (letterAnd8Digits: string): string =>
  `${letterAnd8Digits}${kvnrCheckDigit(letterAnd8Digits)}`;

export type InsuredPerson = {
  givenName: string;
  familyName: string;
  kvnr: string;
  birthDate: string;
  /** The exemption card's number: the case's reference. */
  cardNumber: string;
};

/** Exempt from the day the money arrived (2026-05-04 in these tests) to 31 December 2026: initials "E. M.". */
export const erika: InsuredPerson = {
  givenName: 'Erika Maria',
  familyName: 'Mustermann',
  kvnr: kvnrOf('E12345678'),
  birthDate: '1964-08-12',
  cardNumber: 'ZB-2026-900001',
};

/** Insured here, exempt until the direct debit came back: not exempt from that day. */
export const max: InsuredPerson = {
  givenName: 'Max',
  familyName: 'Mustermann',
  kvnr: kvnrOf('M12345678'),
  birthDate: '1962-03-01',
  cardNumber: 'ZB-2026-900002',
};

async function expectPayment(db: Database, person: InsuredPerson, method: AdvancePaymentFacts['method']) {
  await db.query(
    `INSERT INTO submissions (reference, year, status, received_at, updated_at, manifest_sha256, bundle_bytes)
     VALUES ($1, 2026, 'eingegangen', now(), now(), $2, 1)`,
    [person.cardNumber, 'ab'.repeat(32)],
  );
  const facts: AdvancePaymentFacts = {
    kind: 'advancePayment',
    year: 2026,
    option: 'full',
    method,
    amountCents: 25_469,
    debitOn: method === 'directDebit' ? '2026-04-01' : null,
    covered: [
      {
        memberId: 'applicant',
        givenName: person.givenName,
        familyName: person.familyName,
        birthDate: person.birthDate,
        kvnr: person.kvnr,
      },
    ],
    elsewhere: [],
  };
  await db.transaction((tx) =>
    insertExpectedPayment(tx, person.cardNumber, { facts, referenceStyle: 'structured' }),
  );
}

async function step(result: Promise<{ kind: string }>): Promise<void> {
  const done = await result;
  if (done.kind !== 'ok') throw new Error(`the payment step failed: ${done.kind}`);
}

/** Erika exempt from 2026-05-04; Max exempt from 2026-04-01 until his debit came back on 2026-04-20. */
export async function insurePeople(db: Database, secret: Buffer): Promise<void> {
  await expectPayment(db, erika, 'transfer');
  await step(markReceived(db, secret, erika.cardNumber, '2026-05-04'));
  await expectPayment(db, max, 'directDebit');
  await step(markReceived(db, secret, max.cardNumber, '2026-04-01'));
  await step(markReturned(db, max.cardNumber, '2026-04-20', 'AM04'));
}
