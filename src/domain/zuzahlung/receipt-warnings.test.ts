import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { paymentCategoryList } from './payment-category';
import { receiptWarnings, type WarnedReceipt } from './receipt-warnings';

const people = [
  { id: 'applicant', relation: 'applicant', birthDate: '1956-02-03' },
  { id: 'c1', relation: 'child', birthDate: '2012-05-01' },
  { id: 'c2', relation: 'child', birthDate: '2007-08-10' },
];
const receipt = (overrides: Partial<WarnedReceipt> = {}): WarnedReceipt => ({
  id: 'r1',
  kind: 'single',
  memberId: 'applicant',
  countsOn: '2025-03-04',
  category: 'medicine',
  provider: 'Löwen-Apotheke',
  amountCents: 500,
  ...overrides,
});
const codes = (r: WarnedReceipt, others: WarnedReceipt[] = []) =>
  receiptWarnings(r, others, people).map((w) => w.code);

describe('receiptWarnings', () => {
  it('says nothing about an ordinary medicine co-payment', () => {
    expect(codes(receipt())).toEqual([]);
  });

  it('flags a likely duplicate: same person, date, amount and provider (provider spelling aside)', () => {
    const other = receipt({ id: 'r2', provider: '  löwen-apotheke ' });
    expect(codes(receipt(), [other])).toEqual(['likelyDuplicate']);
    expect(codes(receipt(), [receipt({ id: 'r2', amountCents: 600 })])).toEqual([]);
    expect(codes(receipt(), [receipt({ id: 'r2', memberId: 'c2' })])).toEqual([]);
    // A receipt is never its own duplicate.
    expect(codes(receipt(), [receipt()])).toEqual([]);
  });

  it('flags a child’s co-payment before the 18th birthday, except transport', () => {
    expect(codes(receipt({ memberId: 'c1' }))).toEqual(['childCoPayment']);
    expect(codes(receipt({ memberId: 'c1', category: 'transport' }))).toEqual([]);
    // c2 turns 18 on 10 August 2025: from that day on adults' rules apply.
    expect(codes(receipt({ memberId: 'c2', countsOn: '2025-08-09' }))).toEqual(['childCoPayment']);
    expect(codes(receipt({ memberId: 'c2', countsOn: '2025-08-10' }))).toEqual([]);
  });

  it('flags amounts § 61 SGB V cannot produce on one receipt', () => {
    expect(codes(receipt({ amountCents: 300 }))).toEqual(['implausibleAmount']);
    expect(codes(receipt({ category: 'hospital', amountCents: 7_500 }))).toEqual(['implausibleAmount']);
    expect(codes(receipt({ category: 'hospital', amountCents: 7_000 }))).toEqual([]);
    expect(codes(receipt({ category: 'remedies', amountCents: 800 }))).toEqual(['implausibleAmount']);
    expect(codes(receipt({ category: 'remedies', amountCents: 1_480 }))).toEqual([]);
    // An annual summary adds many receipts up: any total is possible.
    expect(codes(receipt({ kind: 'summary', amountCents: 300 }))).toEqual([]);
    // Own shares are no co-payment: nothing to check against § 61.
    expect(codes(receipt({ category: 'dentures', amountCents: 1 }))).toEqual([]);
  });

  it('only warns: every message names what to check in both languages', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...paymentCategoryList),
        fc.integer({ min: 1, max: 100_000 }),
        fc.constantFrom('applicant', 'c1', 'c2'),
        (category, amountCents, memberId) => {
          const warnings = receiptWarnings(receipt({ category, amountCents, memberId }), [], people);
          for (const warning of warnings) {
            expect(warning.message.de.length).toBeGreaterThan(20);
            expect(warning.message.en.length).toBeGreaterThan(20);
          }
          expect(new Set(warnings.map((w) => w.code)).size).toBe(warnings.length);
        },
      ),
    );
  });
});
