import type { ApplicationDocument } from '../../domain/application/application-document';
import { coveredPeople, type CoveredPerson } from '../../domain/vorauszahlung/covered-people';

/**
 * What the insurer's server (and its msw twin) keeps of an application for the advance payment once the bundle
 * reader accepted it (advance-payment-check.ts): the expected payment, and the people its receipt exempts (each
 * with the KVNR the reader checked) or leaves to their own insurer. Plain data: it crosses the verification
 * worker's thread boundary by structured clone.
 */
export type AdvancePaymentFacts = {
  kind: 'advancePayment';
  year: number;
  option: 'full' | 'rest';
  method: 'transfer' | 'directDebit';
  amountCents: number;
  /** For a direct debit: the pre-notified debit date. */
  debitOn: string | null;
  covered: (Omit<CoveredPerson, 'kvnr'> & { kvnr: string })[];
  elsewhere: { memberId: string; givenName: string; familyName: string }[];
};

/** undefined for an ordinary application. Call only on a document the bundle reader accepted. */
export function advancePaymentFacts(document: ApplicationDocument): AdvancePaymentFacts | undefined {
  const advance = document.advancePayment;
  if (advance === undefined) return undefined;
  const people = coveredPeople(document);
  return {
    kind: 'advancePayment',
    year: document.year,
    option: advance.option,
    method: advance.method,
    amountCents: advance.amountCents,
    debitOn: advance.method === 'directDebit' ? (advance.mandate?.debitOn ?? null) : null,
    covered: people.covered.map((person) => ({ ...person, kvnr: person.kvnr ?? '' })),
    elsewhere: people.elsewhere.map(({ memberId, givenName, familyName }) => ({
      memberId,
      givenName,
      familyName,
    })),
  };
}
