import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { figuresOfLaw } from '../figures/figures-of-law';
import { supportedYears } from '../figures/figures-for-year';
import type { HouseholdMember } from '../household/household-member';
import { computeBelastungsgrenze } from './compute-belastungsgrenze';
import { welfareKinds } from './welfare';

const year = fc.constantFrom(...supportedYears());
const member = (id: number): fc.Arbitrary<HouseholdMember> =>
  fc.record({
    id: fc.constant(`m${id}`),
    relation: fc.constantFrom('spouse' as const, 'child' as const, 'other' as const),
    birthDate: fc.integer({ min: 1940, max: 2021 }).map((y) => `${y}-06-15`),
    familyInsured: fc.boolean(),
    chronicallyIll: fc.boolean(),
    incomes: fc.array(
      fc.record({
        type: fc.constantFrom('wages' as const, 'pension' as const, 'childBenefit' as const),
        annualCents: fc.integer({ min: 0, max: 20_000_000 }),
      }),
      { maxLength: 2 },
    ),
  });
const household = fc
  .tuple(member(0), fc.array(fc.nat(), { maxLength: 5 }))
  .chain(([first, rest]) =>
    fc.tuple(fc.constant({ ...first, relation: 'applicant' as const }), ...rest.map((_, i) => member(i + 1))),
  )
  .map((members) => {
    // at most one spouse, as the input rules demand
    let spouseSeen = false;
    return members.map((x) => {
      if (x.relation !== 'spouse') return x;
      if (spouseSeen) return { ...x, relation: 'other' as const };
      spouseSeen = true;
      return x;
    });
  });
const welfare = fc.constantFrom(...welfareKinds);

describe('computeBelastungsgrenze — properties', () => {
  it('never gives a negative limit or assessable income', () => {
    fc.assert(
      fc.property(year, welfare, household, (y, w, members) => {
        const r = computeBelastungsgrenze({ figures: figuresOfLaw[y]!, welfare: w, members });
        expect(r.limitCents).toBeGreaterThanOrEqual(0);
        expect(r.assessableIncomeCents).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('never raises the limit when a counted child without income joins', () => {
    fc.assert(
      fc.property(year, welfare, household, fc.boolean(), (y, w, members, familyInsured) => {
        const figures = figuresOfLaw[y]!;
        const before = computeBelastungsgrenze({ figures, welfare: w, members });
        const child: HouseholdMember = {
          id: 'newChild',
          relation: 'child',
          birthDate: `${y}-01-01`,
          familyInsured,
          chronicallyIll: false,
          incomes: [],
        };
        const after = computeBelastungsgrenze({ figures, welfare: w, members: [...members, child] });
        expect(after.countedMemberIds).toContain('newChild');
        expect(after.limitCents).toBeLessThanOrEqual(before.limitCents);
      }),
    );
  });

  it('gives a 1 % limit that is half the 2 % limit within one cent', () => {
    fc.assert(
      fc.property(year, welfare, household, (y, w, members) => {
        const figures = figuresOfLaw[y]!;
        const healthy = members.map((x) => ({ ...x, chronicallyIll: false }));
        const ill = members.map((x, i) => ({ ...x, chronicallyIll: i === 0 }));
        const two = computeBelastungsgrenze({ figures, welfare: w, members: healthy });
        const one = computeBelastungsgrenze({ figures, welfare: w, members: ill });
        expect([two.ratePercent, one.ratePercent]).toEqual([2, 1]);
        expect(Math.abs(one.limitCents - two.limitCents / 2)).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('says provisional exactly for a year whose figures are provisional', () => {
    fc.assert(
      fc.property(year, welfare, household, (y, w, members) => {
        const figures = figuresOfLaw[y]!;
        const r = computeBelastungsgrenze({ figures, welfare: w, members });
        expect(r.provisional).toBe(figures.status === 'provisional');
        expect(r.provisionalNotice !== null).toBe(r.provisional);
      }),
    );
  });
});
