import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeLimitCase } from '../limit-case/compute-limit-case';
import { addDays } from '../limit-case/add-days';
import type { MemberPartSummary } from '../member-part/member-part-summary';
import type { ApplicationDraft } from './application-draft';
import { applicationLimit } from './application-limit';
import { checkApplication } from './check-application';
import { spousePartOfFamily, withoutSpouseEntries, withParts } from './member-parts.test-support';
import { familyDraft, pensionerDraft, sampleContext } from './sample-drafts.test-support';

// A family member's own part (issue 14) in the applicant's draft: what the applicant's app received of it stands
// for everything the member would otherwise have typed in.

const resultOf = (draft: ApplicationDraft) => {
  const limit = applicationLimit(checkApplication(draft, sampleContext));
  if (!limit) throw new Error('no figures for the year');
  return limit.result;
};

describe('checkApplication with a member’s own part', () => {
  it('computes for the spouse’s part what the applicant typing in the same facts computes', () => {
    const typedByApplicant = resultOf(familyDraft());
    const part = spousePartOfFamily();
    const viaPart = resultOf(withParts(withoutSpouseEntries(familyDraft()), [part]));
    expect(part.coPayments).toHaveLength(15);
    expect(viaPart).toEqual(
      expect.objectContaining({
        grossIncomeCents: typedByApplicant.grossIncomeCents,
        assessableIncomeCents: typedByApplicant.assessableIncomeCents,
        ratePercent: 1,
        limitCents: typedByApplicant.limitCents,
        paidCents: typedByApplicant.paidCents,
        limitReachedOn: typedByApplicant.limitReachedOn,
        refundCents: typedByApplicant.refundCents,
      }),
    );
  });

  it('gives the limit of the rule engine for the combined household: income, co-payments and rate', () => {
    const part = spousePartOfFamily();
    const checked = checkApplication(withParts(withoutSpouseEntries(familyDraft()), [part]), sampleContext);
    const { data } = checked.limitCase;
    const spouse = data.members.find((m) => m.id === 's1');
    expect(spouse).toMatchObject({ chronicallyIll: true, incomes: [{ annualCents: 960_000 }] });
    expect(
      data.payments
        .filter((p) => p.memberId === 's1')
        .map(({ date, amountCents }) => ({ date, amountCents })),
    ).toEqual(part.coPayments);
    const engine = computeLimitCase(data);
    if (!engine.ok) throw new Error(engine.problem.message.en);
    expect(applicationLimit(checked)?.result).toEqual(engine.value);
    // 12 × 3.400 + 1.700 € of the applicant and the spouse's 9.600 € (§ 62 Abs. 2 S. 1 SGB V); 1 % for her illness.
    expect(engine.value.grossIncomeCents).toBe(4_250_000 + 960_000);
    expect(engine.value.ratePercent).toBe(1);
    const applicantPaid = checked.receipts
      .flatMap(({ data: r }) =>
        r && r.memberId !== 's1' && r.category !== 'dentures' ? [r.amountCents] : [],
      )
      .reduce((a, b) => a + b, 0);
    const partPaid = part.coPayments.reduce((sum, p) => sum + p.amountCents, 0);
    expect(engine.value.paidCents).toBe(applicantPaid + partPaid);
  });

  it('takes the 2 % rate when nobody, the member included, is seriously chronically ill', () => {
    const part = { ...spousePartOfFamily(), reducedRate: false };
    expect(resultOf(withParts(withoutSpouseEntries(familyDraft()), [part])).ratePercent).toBe(2);
  });

  it('ignores what the applicant typed for the member: the part alone counts', () => {
    const part = { ...spousePartOfFamily(), incomeCents: 1_200_000, reducedRate: false, coPayments: [] };
    const withEntries = checkApplication(withParts(familyDraft(), [part]), sampleContext);
    const withoutEntries = checkApplication(
      withParts(withoutSpouseEntries(familyDraft()), [part]),
      sampleContext,
    );
    expect(withEntries.limitCase).toEqual(withoutEntries.limitCase);
    expect(applicationLimit(withEntries)?.result.ratePercent).toBe(2);
    // The entries stay in the draft and in the checked pass: the pages may show them, nothing counts them.
    expect(withEntries.incomes.some(({ raw }) => raw.memberId === 's1')).toBe(true);
    expect(withEntries.memberParts.get('s1')).toEqual(part);
  });

  it('no longer asks for the member’s incomes, illness or receipts, even unfinished ones', () => {
    const draft = withoutSpouseEntries(familyDraft());
    const without = checkApplication(draft, sampleContext);
    expect(without.sections.einnahmen.missing).toContainEqual(
      expect.objectContaining({ page: 'incomes.overview', code: 'undeclared', id: 's1' }),
    );
    expect(without.sections['chronische-erkrankung'].missing).toContainEqual(
      expect.objectContaining({ page: 'chronic.member', code: 'missing', id: 's1' }),
    );

    // Unfinished entries of the spouse's own would block the sections and be gaps of the figure; with her part
    // they are hers to give, not the applicant's.
    const unfinished: ApplicationDraft = {
      ...draft,
      answers: {
        ...draft.answers,
        incomes: {
          ...draft.answers.incomes,
          entries: [
            ...(draft.answers.incomes?.entries ?? []),
            { id: 'i-s1', memberId: 's1', amount: 'viel' },
          ],
        },
        receipts: {
          ...draft.answers.receipts,
          entries: [...(draft.answers.receipts?.entries ?? []), { id: 'r-s1', memberId: 's1', amount: '?' }],
        },
      },
    };
    const withPart = checkApplication(withParts(unfinished, [spousePartOfFamily()]), sampleContext);
    expect(withPart.sections.einnahmen).toEqual({ status: 'complete', missing: [] });
    expect(withPart.sections['chronische-erkrankung']).toEqual({ status: 'complete', missing: [] });
    expect(withPart.sections.zuzahlungen).toEqual({ status: 'complete', missing: [] });
    expect(withPart.limitCase.gaps).toEqual([]);
    expect(withPart.complete).toBe(true);
    expect([...withPart.memberParts.keys()]).toEqual(['s1']);
  });

  it('still asks for the other members and the applicant', () => {
    const draft = withoutSpouseEntries(familyDraft());
    const noneOfTheRest: ApplicationDraft = {
      ...draft,
      answers: { ...draft.answers, incomes: { complete: true }, chronic: { members: [] } },
    };
    const checked = checkApplication(withParts(noneOfTheRest, [spousePartOfFamily()]), sampleContext);
    const ids = (missing: { id?: string }[]) => missing.map(({ id }) => id);
    expect(ids(checked.sections.einnahmen.missing)).toEqual(['applicant', 'c1', 'c2']);
    expect(ids(checked.sections['chronische-erkrankung'].missing)).toEqual(['applicant', 'c1', 'c2']);
  });

  it('ignores, but keeps, a part of someone no longer in the household or not counted', () => {
    const draft = pensionerDraft();
    const brother = {
      id: 'b1',
      relation: 'child' as const,
      givenName: 'Paul',
      familyName: 'Mustermann',
      birthDate: '10.1.2000',
      kvnr: '',
      insurer: 'same' as const,
      familyInsured: 'no' as const,
    };
    const household: ApplicationDraft = {
      ...draft,
      answers: { ...draft.answers, household: { members: [brother], complete: true } },
    };
    const parts = [
      {
        ...spousePartOfFamily(),
        memberId: 'gone',
        coPayments: [{ date: '2026-02-01', amountCents: 99_999 }],
      },
      { ...spousePartOfFamily(), memberId: 'b1', reducedRate: true },
      { ...spousePartOfFamily(), memberId: 'applicant' },
    ];
    const checked = checkApplication(withParts(household, parts), sampleContext);
    expect(checked.counted.map((p) => p.id)).toEqual(['applicant']);
    expect(checked.memberParts.size).toBe(0);
    expect(checked.draft.invitations?.parts).toEqual(parts);
    expect(resultOf(withParts(household, parts))).toEqual(resultOf(household));
  });

  it('takes the later of two parts of one member (handed in again)', () => {
    const first = spousePartOfFamily();
    const second = { ...first, incomeCents: 100, sha256: 'cd'.repeat(32) };
    const checked = checkApplication(
      withParts(withoutSpouseEntries(familyDraft()), [first, second]),
      sampleContext,
    );
    expect(checked.memberParts.get('s1')).toEqual(second);
    expect(checked.limitCase.data.payments.filter((p) => p.memberId === 's1')).toHaveLength(
      first.coPayments.length,
    );
  });
});

describe('checkApplication with a member’s own part — property', () => {
  const coPayment = fc.record({
    date: fc.integer({ min: 0, max: 364 }).map((day) => addDays('2026-01-01', day)),
    amountCents: fc.integer({ min: 1, max: 30_000 }),
  });

  it('never moves the day the limit is reached later by adding a part’s co-payments', () => {
    const base = withoutSpouseEntries(familyDraft());
    const spouse = spousePartOfFamily();
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.subarray(spouse.coPayments),
        fc.array(coPayment, { maxLength: 40 }),
        (reducedRate, earlier, added) => {
          const part = (coPayments: MemberPartSummary['coPayments']) => ({
            ...spouse,
            reducedRate,
            coPayments,
          });
          const before = resultOf(withParts(base, [part(earlier)]));
          const after = resultOf(withParts(base, [part([...earlier, ...added])]));
          expect(after.limitCents).toBe(before.limitCents);
          expect(after.paidCents).toBe(before.paidCents + added.reduce((sum, p) => sum + p.amountCents, 0));
          if (before.limitReachedOn !== null) {
            expect(after.limitReachedOn).not.toBeNull();
            expect(after.limitReachedOn! <= before.limitReachedOn).toBe(true);
          }
        },
      ),
      { numRuns: 60 },
    );
    // Not vacuous: with all of the spouse's receipts and her illness, the family reaches its limit mid-year.
    expect(resultOf(withParts(base, [spouse])).limitReachedOn).toBe('2026-06-30');
  });
});
