import { describe, expect, it } from 'vitest';
import { computeLimitCase } from '../limit-case/compute-limit-case';
import type { ApplicationDraft } from './application-draft';
import { applicationDocumentLimitCase } from './application-document-limit-case';
import { applicationLimit } from './application-limit';
import { buildApplicationDocument } from './build-application-document';
import { sampleContext, sampleDrafts } from './sample-drafts.test-support';
import { checkApplication } from './check-application';

const declared = (draft: ApplicationDraft): ApplicationDraft => ({
  ...draft,
  answers: { ...draft.answers, declarations: { correct: true, consent: true } },
});

const documentOf = (draft: ApplicationDraft) => {
  const built = buildApplicationDocument(checkApplication(draft, sampleContext), {
    applicationId: 'A-TEST-1',
    createdAt: '2026-11-20T10:00:00+01:00',
    nameAttachments: (refs) => refs.map((ref, i) => `${ref.purpose}-${i + 1}.pdf`),
  });
  if (!built.ok) throw new Error(built.problem.message.en);
  return built.value;
};

describe('applicationDocumentLimitCase', () => {
  it.each(Object.entries(sampleDrafts))(
    'recomputes exactly what the app showed for the %s household',
    (_, make) => {
      const draft = declared(make());
      const document = documentOf(draft);
      const computed = computeLimitCase(applicationDocumentLimitCase(document));
      if (!computed.ok) throw new Error(computed.problem.message.en);
      const shown = applicationLimit(checkApplication(draft, sampleContext))?.result;
      expect(computed.value).toEqual(shown);
      const { limitCents, ratePercent, paidCents, limitReachedOn, refundCents, provisional } = computed.value;
      expect(document.calculation).toEqual({
        limitCents,
        ratePercent,
        paidCents,
        limitReachedOn,
        refundCents,
        provisional,
      });
    },
  );

  it('lets the engine decide who counts, whatever the document says', () => {
    const document = documentOf(declared(sampleDrafts.family()));
    const tampered = { ...document, members: document.members.map((m) => ({ ...m, counts: false })) };
    const computed = computeLimitCase(applicationDocumentLimitCase(tampered));
    if (!computed.ok) throw new Error(computed.problem.message.en);
    expect(computed.value.countedMemberIds).toEqual(['applicant', 's1', 'c1', 'c2']);
  });

  it('takes chronic illness, incomes with their months, welfare and receipts in order', () => {
    const document = documentOf(declared(sampleDrafts.family()));
    const data = applicationDocumentLimitCase({
      ...document,
      incomes: [{ ...document.incomes[0]!, type: 'parentalAllowance', months: 7 }],
    });
    expect(data.members.find((m) => m.id === 's1')?.chronicallyIll).toBe(true);
    expect(data.members.find((m) => m.id === 'applicant')?.incomes).toEqual([
      { type: 'parentalAllowance', annualCents: document.incomes[0]!.annualCents, months: 7 },
    ]);
    expect(data.welfare).toBe('none');
    expect(data.payments.map((p) => p.date)).toEqual(document.receipts.map((r) => r.countsOn));
    expect(data.payments[40]).toEqual({
      memberId: 's1',
      date: '2026-06-30',
      category: 'medicine',
      amountCents: 9630,
    });
  });
});
