import { describe, expect, it } from 'vitest';
import { computeLimitCase } from '../limit-case/compute-limit-case';
import { toLimitCaseJson } from '../limit-case/limit-case-json';
import { parseLimitCase } from '../limit-case/parse-limit-case';
import { applicationLimit } from './application-limit';
import { sampleContext, sampleDrafts } from './sample-drafts.test-support';
import { checkApplication } from './check-application';

describe('applicationLimit', () => {
  it.each(Object.entries(sampleDrafts))(
    'gives for the %s household exactly what the CLI input of the same data gives',
    (_, make) => {
      const draft = make();
      const checked = checkApplication(draft, sampleContext);
      expect(checked.complete).toBe(true);
      const { data, gaps } = checked.limitCase;
      expect(gaps).toEqual([]);
      const { json, notRepresentable } = toLimitCaseJson(data);
      expect(notRepresentable).toEqual([]);
      const parsed = parseLimitCase(JSON.parse(JSON.stringify(json)));
      if (!parsed.ok) throw new Error(parsed.problem.message.en);
      const viaCli = computeLimitCase(parsed.value);
      expect(applicationLimit(checkApplication(draft, sampleContext))?.result).toEqual(
        viaCli.ok && viaCli.value,
      );
    },
  );

  it('counts the 19-year-old family-insured child and takes the 1 % rate for the chronically ill spouse', () => {
    const { result } = applicationLimit(checkApplication(sampleDrafts.family(), sampleContext))!;
    expect(result.countedMemberIds).toEqual(['applicant', 's1', 'c1', 'c2']);
    expect(result.ratePercent).toBe(1);
    // 12 × 3.400 + 1.700 + 9.600 = 52.100 €; minus 7.119 € (spouse) and 2 × 9.756 € (children) = 25.469 € → 1 %.
    expect(result.grossIncomeCents).toBe(5_210_000);
    expect(result.assessableIncomeCents).toBe(2_546_900);
    expect(result.limitCents).toBe(25_469);
  });

  it('uses the flat figure for the Bürgergeld household and leaves the dental share out', () => {
    const { result, timeline } = applicationLimit(
      checkApplication(sampleDrafts.buergergeld(), sampleContext),
    )!;
    // 12 × 563 € = 6.756 € → 2 % = 135,12 € (docs/rules/rules.md § 1).
    expect(result.limitCents).toBe(13_512);
    expect(timeline).toHaveLength(7);
    expect(result.paidCents).toBe(12_160);
    expect(result.limitReachedOn).toBeNull();
  });

  it('leaves out what is not yet valid and says so, instead of failing', () => {
    const draft = sampleDrafts.pensioner();
    draft.answers.receipts?.entries?.push({ id: 'bad', kind: 'single', amount: 'viel' });
    const limit = applicationLimit(checkApplication(draft, sampleContext))!;
    expect(limit.gaps).toEqual([{ page: 'receipts.entry', code: 'incomplete', id: 'bad' }]);
    expect(limit.result.paidCents).toBe(
      applicationLimit(checkApplication(sampleDrafts.pensioner(), sampleContext))!.result.paidCents,
    );
  });
});
