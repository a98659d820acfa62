import { describe, expect, it } from 'vitest';
import { grossIncome } from './gross-income';

const household = [
  {
    id: 'a',
    incomes: [
      { type: 'pension' as const, annualCents: 1_800_000 },
      { type: 'careAllowance' as const, annualCents: 400_000 },
      { type: 'parentalAllowance' as const, annualCents: 600_000, months: 12 },
    ],
  },
  { id: 's', incomes: [{ type: 'wages' as const, annualCents: 1_000_000 }] },
];

describe('grossIncome (§ 62 Abs. 2 S. 1 SGB V)', () => {
  it('adds the countable part of every income of the counted members', () => {
    const gross = grossIncome(household, 'none', 56_300);
    // Pflegegeld does not count; Elterngeld only above 300 €/month: 6.000 − 3.600 = 2.400 €
    expect(gross.grossIncomeCents).toBe(1_800_000 + 240_000 + 1_000_000);
    expect(gross.incomeLines.map((l) => [l.memberId, l.type, l.counts, l.countableCents])).toEqual([
      ['a', 'pension', 'yes', 1_800_000],
      ['a', 'careAllowance', 'no', 0],
      ['a', 'parentalAllowance', 'partly', 240_000],
      ['s', 'wages', 'yes', 1_000_000],
    ]);
  });

  it('uses 12 × Regelbedarfsstufe 1 once for the whole household on welfare, ignoring incomes (§ 62 Abs. 2 S. 5–6)', () => {
    expect(grossIncome(household, 'grundsicherung', 56_300)).toEqual({
      basis: 'flatWelfare',
      grossIncomeCents: 675_600,
      incomeLines: [],
    });
  });
});
