import { describe, expect, it } from 'vitest';
import { evaluateLimitCase } from './evaluate-limit-case';
import type { LimitCaseOutput } from './compute-limit-case';

const evaluate = (value: unknown): LimitCaseOutput => {
  const result = evaluateLimitCase(value);
  if (!result.ok) throw new Error(result.problem.message.en);
  return result.value;
};

const applicant = { id: 'a', relation: 'applicant', birthDate: '1960-01-01' };

describe('computeLimitCase', () => {
  it('refunds every counted payment when the limit is 0 and dates the limit at the first payment', () => {
    const out = evaluate({
      year: 2026,
      members: [
        { ...applicant, incomes: [{ type: 'wages', annualCents: 500_000 }] },
        { id: 's', relation: 'spouse', birthDate: '1961-01-01' },
      ],
      payments: [
        { memberId: 's', date: '2026-04-01', category: 'medicine', amountCents: 500 },
        { memberId: 'a', date: '2026-02-01', category: 'transport', amountCents: 700 },
      ],
    });
    expect(out).toMatchObject({
      limitCents: 0,
      paidCents: 1_200,
      limitReachedOn: '2026-02-01',
      refundCents: 1_200,
    });
  });

  it('ignores non-counting categories and payments of members who do not count, with a warning', () => {
    const out = evaluate({
      year: 2026,
      members: [applicant, { id: 'old', relation: 'child', birthDate: '2005-01-01' }],
      payments: [
        { memberId: 'a', date: '2026-01-10', category: 'igel', amountCents: 5_000 },
        { memberId: 'old', date: '2026-01-11', category: 'medicine', amountCents: 500 },
      ],
    });
    expect(out.paidCents).toBe(0);
    expect(out.warnings.map((w) => w.code)).toEqual(['paymentOfUncountedMember']);
  });

  it('counts a young child’s medicine co-payment as entered but warns', () => {
    const out = evaluate({
      year: 2026,
      members: [applicant, { id: 'k', relation: 'child', birthDate: '2014-05-05' }],
      payments: [
        { memberId: 'k', date: '2026-03-03', category: 'medicine', amountCents: 500 },
        { memberId: 'k', date: '2026-03-04', category: 'transport', amountCents: 500 },
      ],
    });
    expect(out.paidCents).toBe(1_000);
    expect(out.warnings.map((w) => w.code)).toEqual(['childCoPayment']);
  });

  it('says provisional for 2027 in the contract field and a warning', () => {
    const out = evaluate({ year: 2027, members: [applicant] });
    expect(out.provisional).toBe(true);
    expect(out.warnings[0]?.code).toBe('provisionalYear');
  });

  it('explains who counts, the rate and the figures used', () => {
    const out = evaluate({
      year: 2026,
      members: [
        { ...applicant, chronicallyIll: true },
        { id: 'k', relation: 'child', birthDate: '2010-01-01' },
      ],
    });
    expect(out.explanation.members.map((m) => m.reason)).toEqual(['applicant', 'childUpTo18']);
    expect(out.explanation.rate.en).toContain('1 %');
    expect(out.explanation.figures).toEqual([expect.objectContaining({ key: 'child', cents: 975_600 })]);
  });
});
