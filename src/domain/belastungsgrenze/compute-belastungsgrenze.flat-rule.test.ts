import { describe, expect, it } from 'vitest';
import { computeBelastungsgrenze } from './compute-belastungsgrenze';
import { figures, member, wages } from './test-household';

// Flat rule: households on welfare (docs/rules/rules.md § 3.6).
const m = member;

describe('flat rule (§ 62 Abs. 2 S. 5–6 SGB V)', () => {
  const flat: [number, number, number][] = [
    [2021, 10_704, 5_352],
    [2022, 10_776, 5_388],
    [2023, 12_048, 6_024],
    [2024, 13_512, 6_756],
    [2025, 13_512, 6_756],
    [2026, 13_512, 6_756],
  ];
  it.each(flat)('%i: %i ct at 2 %, %i ct at 1 %, incomes ignored, no deductions', (year, two, one) => {
    const members = (ill: boolean) => [
      m('applicant', { incomes: wages(9_000_000), chronicallyIll: ill }),
      m('spouse', { incomes: wages(1_000_000) }),
      m('child'),
    ];
    const healthy = computeBelastungsgrenze({
      figures: figures(year),
      welfare: 'buergergeld',
      members: members(false),
    });
    expect(healthy).toMatchObject({
      grossIncomeBasis: 'flatWelfare',
      deductions: [],
      limitCents: two,
      incomeLines: [],
    });
    expect(healthy.grossIncomeCents).toBe(healthy.assessableIncomeCents);
    const ill = computeBelastungsgrenze({
      figures: figures(year),
      welfare: 'heimunterbringung',
      members: members(true),
    });
    expect(ill.limitCents).toBe(one);
    expect(ill.figuresUsed.map((f) => f.key)).toEqual(['regelbedarfsstufe1']);
  });
});
