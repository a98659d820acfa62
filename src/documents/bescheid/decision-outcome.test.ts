import { describe, expect, it } from 'vitest';
import { reviewedLimit } from '../../domain/case-review/reviewed-limit';
import type { ReceiptJudgement } from '../../domain/case-review/receipt-mark';
import { exampleApplication } from '../antrag/example-application.test-support';
import { decisionOutcome } from './decision-outcome';

const document = exampleApplication();
const judged = new Map<string, ReceiptJudgement>([
  ['r41', { mark: 'duplicate', reason: 'schon als r40 da' }],
]);
const limitOf = (judgements: ReadonlyMap<string, ReceiptJudgement>) => {
  const result = reviewedLimit(document, judgements);
  if (!result.ok) throw new Error(result.problem.message.en);
  return result.value;
};

describe('decisionOutcome', () => {
  it('approves: the letter, the applicant’s view and a status for each counted person insured here', () => {
    const limit = limitOf(judged);
    const outcome = decisionOutcome(
      document,
      judged,
      limit,
      {
        kind: 'approve',
        exemptFrom: limit.limitReachedOn,
        exemptUntil: '2026-12-31',
        refundCents: limit.refundCents,
        reason: null,
      },
      '2026-12-07T10:00:00.000Z',
    );
    expect(outcome.letter).toMatchObject({ kind: 'befreit', refundCents: limit.refundCents });
    expect(outcome.letter.kind === 'befreit' && outcome.letter.notCounted).toEqual([
      expect.objectContaining({ reason: 'Beleg doppelt eingereicht: schon als r40 da' }),
    ]);
    expect(outcome.applicantDecision).toEqual({
      outcome: 'befreit',
      decidedAt: '2026-12-07T10:00:00.000Z',
      validFrom: limit.limitReachedOn,
      validUntil: '2026-12-31',
      refundCents: limit.refundCents,
      electronicNotification: false,
    });
    // The spouse is insured elsewhere: her own insurer exempts her.
    expect(outcome.exemptions.map((person) => person.memberId).sort()).toEqual(['applicant', 'c1', 'c2']);
    for (const person of outcome.exemptions) {
      expect(person).toMatchObject({ gueltigAb: limit.limitReachedOn, gueltigBis: '2026-12-31' });
    }
  });

  it('rejects with the reason and stores no status; consent to electronic notification is passed on', () => {
    const limit = limitOf(new Map());
    const outcome = decisionOutcome(
      { ...document, declarations: { ...document.declarations, electronicNotification: true } },
      new Map(),
      limit,
      { kind: 'reject', exemptFrom: null, exemptUntil: null, refundCents: 0, reason: 'Belege fehlen.' },
      '2026-12-07T10:00:00.000Z',
    );
    expect(outcome.letter).toMatchObject({ kind: 'abgelehnt', reason: 'Belege fehlen.' });
    expect(outcome.applicantDecision).toMatchObject({
      outcome: 'abgelehnt',
      reason: 'Belege fehlen.',
      electronicNotification: true,
    });
    expect(outcome.applicantDecision).not.toHaveProperty('refundCents');
    expect(outcome.exemptions).toEqual([]);
  });
});
