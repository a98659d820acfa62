import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { incomeTypes } from '../income/income-catalogue';
import { countsTowardLimit, paymentCategoryList } from '../zuzahlung/payment-category';
import { summarizeMemberPart } from './summarize-member-part';

describe('summarizeMemberPart', () => {
  it('sums the countable parts of the incomes, leaving out a parental allowance’s base amount', () => {
    const summary = summarizeMemberPart({
      incomes: [
        { type: 'pension', annualCents: 1_440_000 },
        // 6 months of Elterngeld at 500 €: only 6 × (500 − 300) € count (§ 62 Abs. 2 SGB V, rules.md § 5).
        { type: 'parentalAllowance', annualCents: 300_000, months: 6 },
        { type: 'basicPensionBVG', annualCents: 100_000 },
      ],
      chronicallyIll: false,
      receipts: [],
    });
    expect(summary).toEqual({ incomeCents: 1_440_000 + 120_000, reducedRate: false, coPayments: [] });
  });

  it('keeps only counted co-payments, by date, and takes the rate from the chronic illness', () => {
    const summary = summarizeMemberPart({
      incomes: [],
      chronicallyIll: true,
      receipts: [
        { countsOn: '2026-05-02', category: 'medicine', amountCents: 500 },
        { countsOn: '2026-01-15', category: 'remedies', amountCents: 1_000 },
        // Not a Zuzahlung (no prescription): it does not count toward the limit (§ 61, § 62 SGB V).
        { countsOn: '2026-03-01', category: 'noPrescription', amountCents: 899 },
      ],
    });
    expect(summary.reducedRate).toBe(true);
    expect(summary.coPayments).toEqual([
      { date: '2026-01-15', amountCents: 1_000 },
      { date: '2026-05-02', amountCents: 500 },
    ]);
  });

  const receipt = fc.record({
    countsOn: fc
      .date({
        min: new Date('2026-01-01T00:00:00Z'),
        max: new Date('2026-12-31T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((date) => date.toISOString().slice(0, 10)),
    category: fc.constantFrom(...paymentCategoryList),
    amountCents: fc.integer({ min: 1, max: 1_000_000 }),
  });
  const input = fc.record({
    incomes: fc.array(
      fc.record({
        type: fc.constantFrom(...incomeTypes),
        annualCents: fc.integer({ min: 0, max: 100_000_000 }),
        months: fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }),
      }),
      { maxLength: 6 },
    ),
    chronicallyIll: fc.boolean(),
    receipts: fc.array(receipt, { maxLength: 30 }),
  });

  it('never passes on a non-counting payment, nor more than was paid, and keeps the dates in order', () => {
    fc.assert(
      fc.property(input, (part) => {
        const summary = summarizeMemberPart(part);
        const counted = part.receipts.filter(({ category }) => countsTowardLimit(category));
        const sum = (list: readonly { amountCents: number }[]) =>
          list.reduce((total, { amountCents }) => total + amountCents, 0);
        expect(summary.coPayments).toHaveLength(counted.length);
        expect(sum(summary.coPayments)).toBe(sum(counted));
        expect(sum(summary.coPayments)).toBeLessThanOrEqual(sum(part.receipts));
        const dates = summary.coPayments.map(({ date }) => date);
        expect(dates).toEqual([...dates].sort());
        // Only the day and amount: nothing of category or provider reaches the applicant.
        for (const payment of summary.coPayments)
          expect(Object.keys(payment).sort()).toEqual(['amountCents', 'date']);
        expect(summary.incomeCents).toBeLessThanOrEqual(
          sum(part.incomes.map((i) => ({ amountCents: i.annualCents }))),
        );
        expect(summary.incomeCents).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});
