import { describe, expect, it } from 'vitest';
import type { ApplicationDocument } from '../../domain/application/application-document';
import { buildApplicationDocument } from '../../domain/application/build-application-document';
import { checkApplication } from '../../domain/application/check-application';
import { familyWithSpousePart, spousePartOfFamily } from '../../domain/application/member-parts.test-support';
import { sampleContext } from '../../domain/application/sample-drafts.test-support';
import { antragContentFromApplication } from './antrag-content-from-application';

const document = (): ApplicationDocument => {
  const built = buildApplicationDocument(checkApplication(familyWithSpousePart(), sampleContext), {
    applicationId: 'ZB-2026-000042',
    createdAt: '2026-11-20T10:00:00+01:00',
    nameAttachments: (refs) => refs.map((_, i) => `anlage-${i + 1}.pdf`),
  });
  if (!built.ok) throw new Error(built.problem.message.en);
  return built.value;
};

const contentOf = (doc: ApplicationDocument, language: 'de' | 'en' = 'de') => {
  const content = antragContentFromApplication(doc, language, { place: 'Dresden', signedOn: '2026-11-20' });
  if (!content.ok) throw new Error(content.problem.message.en);
  return content.value;
};

describe('antragContentFromApplication with a member’s own part', () => {
  it('gives the part’s sums by name, and none of the member’s entries', () => {
    const part = spousePartOfFamily();
    const content = contentOf(document());
    expect(content.memberParts).toEqual([
      {
        memberId: 's1',
        name: 'Maria Ørsted-Nguyễn',
        incomeCents: 960_000,
        coPaymentCount: part.coPayments.length,
        coPaymentsCents: part.coPayments.reduce((sum, p) => sum + p.amountCents, 0),
        reducedRate: true,
        sha256: part.sha256,
      },
    ]);
    for (const list of [content.incomes, content.chronicIllness, content.receipts])
      expect(list.filter((entry) => entry.memberId === 's1')).toEqual([]);
    expect(content.toSendByPost.map((item) => item.document).join()).not.toContain('Maria');
  });

  it('names a part’s co-payment in the engine’s notes by the member, never by a receipt number', () => {
    // A part of the 12-year-old (a document this app would not write: only adults are invited) makes the engine
    // note a child's co-payment; the note must not point at one of the applicant's receipts.
    const doc = document();
    const [part] = doc.memberParts;
    if (!part) throw new Error('the document has the spouse’s part');
    const changed: ApplicationDocument = {
      ...doc,
      chronic: doc.chronic.filter((entry) => entry.memberId !== 'c1'),
      noIncomeMemberIds: doc.noIncomeMemberIds.filter((id) => id !== 'c1'),
      memberParts: [{ ...part, memberId: 'c1', coPayments: [{ date: '2026-05-02', amountCents: 500 }] }],
    };
    const warnings = contentOf(changed).calculation.output.warnings.map((w) => w.message.de);
    expect(warnings).toEqual([
      expect.stringMatching(/^Gesondert eingereichte Zuzahlung von Jan Ørsted-Nguyễn: Kinder unter 18/),
    ]);
    expect(contentOf(changed, 'en').calculation.output.warnings[0]?.message.en).toMatch(
      /^Co-payment provided separately by Jan Ørsted-Nguyễn: children under 18/,
    );
  });
});
