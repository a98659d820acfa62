import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ApplicationDraft } from '../application/application-draft';
import { buildApplicationDocument } from '../application/build-application-document';
import { checkApplication } from '../application/check-application';
import { familyWithSpousePart } from '../application/member-parts.test-support';
import { declared, sampleContext, sampleDrafts } from '../application/sample-drafts.test-support';
import { approvalOf } from './approval';
import { limitDifferences } from './limit-differences';
import { receiptMarks, type ReceiptJudgement } from './receipt-mark';
import { reviewedLimit } from './reviewed-limit';

const documentOf = (draft: ApplicationDraft) => {
  const built = buildApplicationDocument(checkApplication(declared(draft), sampleContext), {
    applicationId: 'A-TEST-1',
    createdAt: '2026-11-20T10:00:00+01:00',
    nameAttachments: (refs) => refs.map((ref, i) => `${ref.purpose}-${i + 1}.pdf`),
  });
  if (!built.ok) throw new Error(built.problem.message.en);
  return built.value;
};

const valueOf = <T>(result: { ok: true; value: T } | { ok: false }): T => {
  if (!result.ok) throw new Error('rule engine refused the case');
  return result.value;
};

describe('reviewedLimit', () => {
  it.each(Object.keys(sampleDrafts) as (keyof typeof sampleDrafts)[])(
    'finds no difference to the Antrag while no receipt is marked (%s household)',
    (name) => {
      const document = documentOf(sampleDrafts[name]());
      const limit = valueOf(reviewedLimit(document, new Map()));
      expect(limitDifferences(document.calculation, limit)).toEqual([]);
    },
  );

  it('leaves a receipt marked not countable out, and names each figure that changes', () => {
    const document = documentOf(sampleDrafts.family());
    const largest = [...document.receipts].sort((a, b) => b.amountCents - a.amountCents)[0];
    if (!largest) throw new Error('the family draft has receipts');
    const limit = valueOf(
      reviewedLimit(document, new Map([[largest.id, { mark: 'notCountable', reason: 'Zahnersatz' }]])),
    );
    expect(limit.paidCents).toBe(document.calculation.paidCents - largest.amountCents);
    const fields = limitDifferences(document.calculation, limit).map((d) => d.field);
    expect(fields).toContain('paidCents');
    expect(fields).not.toContain('limitCents');
  });

  it('never raises the paid total or the refund, nor moves the date the limit was reached earlier', () => {
    const document = documentOf(sampleDrafts.family());
    const unmarked = valueOf(reviewedLimit(document, new Map()));
    const judgement = fc.record({
      mark: fc.constantFrom(...receiptMarks),
      reason: fc.string({ maxLength: 20 }),
    });
    fc.assert(
      fc.property(
        fc.array(fc.option(judgement, { nil: undefined }), {
          minLength: document.receipts.length,
          maxLength: document.receipts.length,
        }),
        (marks) => {
          const judgements = new Map<string, ReceiptJudgement>();
          marks.forEach((mark, i) => {
            const receipt = document.receipts[i];
            if (mark && receipt) judgements.set(receipt.id, mark);
          });
          const limit = valueOf(reviewedLimit(document, judgements));
          const leftOut = document.receipts
            .filter((r) => judgements.has(r.id) && judgements.get(r.id)?.mark !== 'countable')
            .reduce((sum, r) => sum + r.amountCents, 0);
          expect(limit.paidCents).toBe(unmarked.paidCents - leftOut);
          expect(limit.refundCents).toBeLessThanOrEqual(unmarked.refundCents);
          expect(limit.limitCents).toBe(unmarked.limitCents);
          if (limit.limitReachedOn !== null && unmarked.limitReachedOn !== null) {
            expect(limit.limitReachedOn >= unmarked.limitReachedOn).toBe(true);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('reviewedLimit with a member’s own part (application.json version 2)', () => {
  it('recomputes the applicant’s limit with the part’s income, rate and co-payments', () => {
    const document = documentOf(familyWithSpousePart());
    expect(document.memberParts.map((p) => p.memberId)).toEqual(['s1']);
    const limit = valueOf(reviewedLimit(document, new Map()));
    expect(limitDifferences(document.calculation, limit)).toEqual([]);
    // The same figures as when the applicant typed the spouse's pension, illness and receipts in herself.
    const typed = documentOf(sampleDrafts.family()).calculation;
    expect(document.calculation).toEqual(typed);
  });

  it('keeps the part’s co-payments whatever the marks on this application’s receipts: her bag is judged on its own', () => {
    const document = documentOf(familyWithSpousePart());
    const all = new Map<string, ReceiptJudgement>(
      document.receipts.map((r) => [r.id, { mark: 'notCountable', reason: 'kein Beleg' }]),
    );
    const limit = valueOf(reviewedLimit(document, all));
    const [part] = document.memberParts;
    expect(limit.paidCents).toBe(part?.coPayments.reduce((sum, p) => sum + p.amountCents, 0));
    expect(limit.limitCents).toBe(document.calculation.limitCents);
  });
});

describe('approvalOf', () => {
  it('exempts from the day the limit was reached to 31 December and refunds the excess', () => {
    const document = documentOf(sampleDrafts.family());
    const limit = valueOf(reviewedLimit(document, new Map()));
    const approval = approvalOf(document, limit);
    if (limit.limitReachedOn === null) {
      expect(approval).toBeUndefined();
      return;
    }
    expect(approval).toMatchObject({
      exemptFrom: limit.limitReachedOn,
      exemptUntil: `${document.year}-12-31`,
      refundCents: limit.refundCents,
    });
    expect(approval?.covered.map((p) => p.memberId)).toContain('applicant');
    const elsewhere = document.members.filter((m) => m.insurer !== 'same').map((m) => m.id);
    for (const id of elsewhere) expect(approval?.covered.map((p) => p.memberId)).not.toContain(id);
  });

  it('cannot approve while the counted co-payments stay below the limit', () => {
    const document = documentOf(sampleDrafts.family());
    const all = new Map<string, ReceiptJudgement>(
      document.receipts.map((r) => [r.id, { mark: 'illegible', reason: 'unleserlich' }]),
    );
    const limit = valueOf(reviewedLimit(document, all));
    expect(limit.paidCents).toBe(0);
    expect(approvalOf(document, limit)).toBeUndefined();
  });
});
