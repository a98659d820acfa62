import { describe, expect, it } from 'vitest';
import { computeBelastungsgrenze } from './compute-belastungsgrenze';
import { figures, member, wages } from './test-household';

const m = member;

describe('computeBelastungsgrenze — published examples (docs/rules/rules.md § 3)', () => {
  it('2026, couple + 2 children, 50.000 €: 467,38 €', () => {
    const members = [m('applicant', { id: 'a', incomes: wages(5_000_000) }), m('spouse', { id: 's' })];
    members.push(m('child', { id: 'c1' }), m('child', { id: 'c2' }));
    const r = computeBelastungsgrenze({ figures: figures(2026), welfare: 'none', members });
    expect(r.grossIncomeCents).toBe(5_000_000);
    expect(r.deductions).toEqual([
      { memberId: 's', kind: 'firstDependant', amountCents: 711_900 },
      { memberId: 'c1', kind: 'child', amountCents: 975_600 },
      { memberId: 'c2', kind: 'child', amountCents: 975_600 },
    ]);
    expect(r.assessableIncomeCents).toBe(2_336_900);
    expect(r).toMatchObject({
      ratePercent: 2,
      limitCents: 46_738,
      provisional: false,
      provisionalNotice: null,
    });
    expect(r.countedMemberIds).toEqual(['a', 's', 'c1', 'c2']);
  });

  it('2024, couple + 2 children, 45.000 €: 400,26 € (2 %) and 200,13 € (1 %)', () => {
    const household = (ill: boolean) => [
      m('applicant', { incomes: wages(4_500_000), chronicallyIll: ill }),
      m('spouse'),
      m('child'),
      m('child'),
    ];
    const healthy = computeBelastungsgrenze({
      figures: figures(2024),
      welfare: 'none',
      members: household(false),
    });
    expect([healthy.assessableIncomeCents, healthy.limitCents]).toEqual([2_001_300, 40_026]);
    const chronic = computeBelastungsgrenze({
      figures: figures(2024),
      welfare: 'none',
      members: household(true),
    });
    expect([chronic.ratePercent, chronic.limitCents]).toEqual([1, 20_013]);
    expect(chronic.rateReason.code).toBe('chronicallyIll');
    expect(chronic.ruleOptions).toEqual({ child2024Retroactive: false });
  });

  it('2024 with the retroactive child figure as an option, visible in the result', () => {
    const members = [m('applicant', { incomes: wages(4_500_000) }), m('spouse'), m('child'), m('child')];
    const r = computeBelastungsgrenze({
      figures: figures(2024),
      welfare: 'none',
      members,
      options: { child2024Retroactive: true },
    });
    expect(r.deductions.filter((d) => d.kind === 'child').map((d) => d.amountCents)).toEqual([
      954_000, 954_000,
    ]);
    expect(r.assessableIncomeCents).toBe(4_500_000 - 636_300 - 2 * 954_000);
    expect(r.ruleOptions).toEqual({ child2024Retroactive: true });
    expect(r.figuresUsed.map((f) => f.key)).toContain('child2024Retroactive');
  });
});

describe('household effects (§ 62 Abs. 2 SGB V)', () => {
  it('never lets the assessable income fall below 0 (limit 0)', () => {
    const r = computeBelastungsgrenze({
      figures: figures(2026),
      welfare: 'none',
      members: [m('applicant', { incomes: wages(500_000) }), m('spouse'), m('child')],
    });
    expect([r.assessableIncomeCents, r.limitCents]).toEqual([0, 0]);
  });

  it('ignores the income, deduction and illness of a child that does not count', () => {
    const r = computeBelastungsgrenze({
      figures: figures(2026),
      welfare: 'none',
      members: [
        m('applicant', { incomes: wages(3_000_000) }),
        m('child', {
          id: 'old',
          birthDate: '2007-04-04',
          familyInsured: false,
          chronicallyIll: true,
          incomes: wages(1_200_000),
        }),
      ],
    });
    expect(r).toMatchObject({
      grossIncomeCents: 3_000_000,
      deductions: [],
      ratePercent: 2,
      limitCents: 60_000,
    });
    expect(r.memberDecisions[1]).toMatchObject({
      memberId: 'old',
      counts: false,
      reason: 'childOwnMembership',
    });
  });
});

describe('provisional year', () => {
  it('says so in the result', () => {
    const r = computeBelastungsgrenze({ figures: figures(2027), welfare: 'none', members: [m('applicant')] });
    expect(r.provisional).toBe(true);
    expect(r.provisionalNotice?.de).toContain('Vorläufig');
  });
});
