import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countReasonLaw, countReasonSource } from './count-reasons';
import { countDecision, countedMembers } from './counted-members';
import type { HouseholdMember } from './household-member';

const member = (overrides: Partial<HouseholdMember>): HouseholdMember => ({
  id: 'm',
  relation: 'child',
  birthDate: '2010-06-15',
  familyInsured: false,
  chronicallyIll: false,
  incomes: [],
  ...overrides,
});

describe('countDecision (§ 62 Abs. 2 S. 1 SGB V, docs/rules/rules.md § 2)', () => {
  it('counts a child in the year it turns 18, whatever its insurance (BSG B 1 KR 41/06 R)', () => {
    const d = countDecision(member({ birthDate: '2008-12-31', familyInsured: false }), 2026);
    expect(d).toMatchObject({ counts: true, reason: 'childUpTo18' });
    expect(d.explanation.de).toContain('bis zum Ende des Jahres, in dem es 18 wird');
    expect(d.explanation.de).not.toContain('BSG');
    expect(countReasonSource[d.reason]).toContain('B 1 KR 41/06 R');
  });

  it('counts a child turning 19 only if family-insured (§ 10 SGB V)', () => {
    const older = { birthDate: '2007-01-01' };
    expect(countDecision(member({ ...older, familyInsured: true }), 2026)).toMatchObject({
      counts: true,
      reason: 'childFamilyInsured',
    });
    const own = countDecision(member({ ...older, familyInsured: false }), 2026);
    expect(own).toMatchObject({ counts: false, reason: 'childOwnMembership' });
    expect(own.explanation.en).toContain('own limit');
  });

  it('counts a child born in the year applied for', () => {
    expect(countDecision(member({ birthDate: '2026-12-31' }), 2026).counts).toBe(true);
  });

  it('counts a spouse in a care home and says why (§ 62 Abs. 2 S. 7)', () => {
    const d = countDecision(
      member({ relation: 'spouse', birthDate: '1940-01-01', livesInCareHome: true }),
      2026,
    );
    expect(d).toMatchObject({ counts: true, reason: 'spouseInCareHome' });
    expect(d.explanation.de).toContain('Pflegeheim');
    expect(countReasonLaw[d.reason]).toBe('§ 62 Abs. 2 S. 7 SGB V');
  });

  it('always counts the applicant, a spouse and every other dependant', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('applicant' as const, 'spouse' as const, 'other' as const),
        fc.integer({ min: 1900, max: 2027 }),
        fc.boolean(),
        (relation, birthYear, familyInsured) => {
          const d = countDecision(member({ relation, birthDate: `${birthYear}-01-01`, familyInsured }), 2027);
          expect(d.counts).toBe(true);
        },
      ),
    );
  });

  it('counts a child exactly when year − birthYear ≤ 18 or it is family-insured', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1950, max: 2027 }), fc.boolean(), (birthYear, familyInsured) => {
        const d = countDecision(member({ birthDate: `${birthYear}-07-01`, familyInsured }), 2027);
        expect(d.counts).toBe(2027 - birthYear <= 18 || familyInsured);
      }),
    );
  });
});

describe('countedMembers', () => {
  it('keeps the input order and drops an older child with its own membership', () => {
    const household = [
      member({ id: 'a', relation: 'applicant', birthDate: '1970-01-01' }),
      member({ id: 'c1', birthDate: '2005-01-01' }),
      member({ id: 'c2', birthDate: '2012-01-01' }),
      member({ id: 's', relation: 'spouse', birthDate: '1971-01-01' }),
    ];
    expect(countedMembers(household, 2026).map((m) => m.id)).toEqual(['a', 'c2', 's']);
  });
});
