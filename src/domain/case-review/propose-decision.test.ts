import { describe, expect, it } from 'vitest';
import type { ApplicationDraft } from '../application/application-draft';
import { buildApplicationDocument } from '../application/build-application-document';
import { checkApplication } from '../application/check-application';
import { declared, sampleContext, sampleDrafts } from '../application/sample-drafts.test-support';
import { proposeDecision } from './propose-decision';
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

const document = documentOf(sampleDrafts.family());
const limit = (() => {
  const result = reviewedLimit(document, new Map());
  if (!result.ok) throw new Error('rule engine refused the case');
  return result.value;
})();

describe('proposeDecision', () => {
  it('approves at once up to the four-eyes amount, and waits for a second caseworker above it', () => {
    if (limit.limitReachedOn === null) throw new Error('the family sample reaches its limit');
    const ordinary = { fourEyesAboveCents: limit.refundCents, advance: undefined };
    expect(proposeDecision({ kind: 'approve' }, document, limit, ordinary)).toMatchObject({
      state: 'final',
      exemptFrom: limit.limitReachedOn,
      refundCents: limit.refundCents,
    });
    expect(
      proposeDecision({ kind: 'approve' }, document, limit, {
        ...ordinary,
        fourEyesAboveCents: limit.refundCents - 1,
      }),
    ).toMatchObject({ state: 'awaitingSecond' });
  });

  it('confirms no advance payment on an ordinary application, and rejects with the reason given', () => {
    const options = { fourEyesAboveCents: 50_000, advance: undefined };
    expect(proposeDecision({ kind: 'confirmAdvance' }, document, limit, options)).toMatchObject({
      refused: 'wrongDecision',
    });
    expect(proposeDecision({ kind: 'reject', reason: 'Belege fehlen.' }, document, limit, options)).toEqual({
      kind: 'reject',
      state: 'final',
      exemptFrom: null,
      exemptUntil: null,
      refundCents: 0,
      reason: 'Belege fehlen.',
    });
  });
});
