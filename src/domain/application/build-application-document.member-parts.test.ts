import { describe, expect, it } from 'vitest';
import { computeLimitCase } from '../limit-case/compute-limit-case';
import { applicationDocumentSchema, type ApplicationDocument } from './application-document';
import { applicationDocumentLimitCase } from './application-document-limit-case';
import { applicationLimit } from './application-limit';
import { buildApplicationDocument, type AttachmentRef } from './build-application-document';
import { checkApplication } from './check-application';
import { familyWithSpousePart, spousePartOfFamily, withParts } from './member-parts.test-support';
import { declared, familyDraft, sampleContext } from './sample-drafts.test-support';

const options = {
  applicationId: 'A-TEST-1',
  createdAt: '2026-11-20T10:00:00+01:00',
  nameAttachments: (refs: readonly AttachmentRef[]) => refs.map((ref, i) => `${ref.purpose}-${i + 1}.pdf`),
};

const documentOf = (draft: Parameters<typeof checkApplication>[0]): ApplicationDocument => {
  const built = buildApplicationDocument(checkApplication(draft, sampleContext), options);
  if (!built.ok) throw new Error(built.problem.message.en);
  return applicationDocumentSchema.parse(JSON.parse(JSON.stringify(built.value)));
};

describe('buildApplicationDocument with a member’s own part (version 2)', () => {
  it('writes version 2, with no member parts when nobody handed one in', () => {
    const document = documentOf(declared(familyDraft()));
    expect(document.schemaVersion).toBe(2);
    expect(document.memberParts).toEqual([]);
  });

  it('cites the spouse’s part by its SHA-256 with exactly the figures received, and nothing typed for her', () => {
    const part = spousePartOfFamily();
    // What the applicant typed for her (and her files) stays in the draft but is not sent: her bag holds it.
    const draft = withParts(declared(familyDraft()), [part]);
    draft.files = [
      { id: 'f-s1', name: 'rente.pdf', type: 'application/pdf', size: 10, addedAt: '2026-02-01T10:00:00Z' },
    ];
    const income = draft.answers.incomes?.entries?.find((e) => e.memberId === 's1');
    if (!income) throw new Error('the family draft has the spouse’s pension');
    income.proof = 'upload';
    income.proofFileIds = ['f-s1'];
    const document = documentOf(draft);
    expect(document.memberParts).toEqual([
      {
        memberId: 's1',
        invitationId: part.invitationId,
        sha256: part.sha256,
        incomeCents: 960_000,
        reducedRate: true,
        coPayments: part.coPayments,
      },
    ]);
    const ofSpouse = (list: readonly { memberId: string }[]) => list.filter((e) => e.memberId === 's1');
    expect(ofSpouse(document.incomes)).toEqual([]);
    expect(ofSpouse(document.chronic)).toEqual([]);
    expect(ofSpouse(document.receipts)).toEqual([]);
    expect(document.attachments).toEqual([]);
    expect(document.members.find((m) => m.id === 's1')).toMatchObject({ counts: true });
  });

  it('states the limit the applicant saw, and a reader recomputes the same from the document', () => {
    const draft = familyWithSpousePart();
    const document = documentOf(draft);
    const shown = applicationLimit(checkApplication(draft, sampleContext))!.result;
    expect(document.calculation).toEqual({
      limitCents: shown.limitCents,
      ratePercent: 1,
      paidCents: shown.paidCents,
      limitReachedOn: shown.limitReachedOn,
      refundCents: shown.refundCents,
      provisional: shown.provisional,
    });
    const recomputed = computeLimitCase(applicationDocumentLimitCase(document));
    if (!recomputed.ok) throw new Error(recomputed.problem.message.en);
    expect(recomputed.value).toEqual(shown);
  });
});

describe('applicationDocumentSchema: memberParts', () => {
  const document = () => documentOf(familyWithSpousePart());
  const messages = (json: unknown) => {
    const parsed = applicationDocumentSchema.safeParse(json);
    return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };

  it('refuses a part of the applicant, of a stranger, and a second one of the same member', () => {
    const valid = document();
    const [part] = valid.memberParts;
    expect(messages({ ...valid, memberParts: [{ ...part, memberId: 'applicant' }] })).toEqual([
      'memberParts.0.memberId: names no member of the household',
    ]);
    expect(messages({ ...valid, memberParts: [{ ...part, memberId: 'x9' }] })).toEqual([
      'memberParts.0.memberId: names no member of the household',
    ]);
    expect(messages({ ...valid, memberParts: [part, part] })).toEqual([
      'memberParts.1.memberId: names a member twice',
    ]);
  });

  it('refuses entries of a member whose part is provided separately', () => {
    const valid = document();
    const chronic = { memberId: 's1', chronicallyIll: false, certificate: null, certificateFileIds: [] };
    expect(messages({ ...valid, chronic: [...valid.chronic, chronic], noIncomeMemberIds: ['s1'] })).toEqual([
      `chronic.${valid.chronic.length}: belongs to a member who handed in their own part`,
      'noIncomeMemberIds.0: belongs to a member who handed in their own part',
    ]);
  });

  it('refuses a part that carries more than the applicant may receive', () => {
    const valid = document();
    const [part] = valid.memberParts;
    expect(messages({ ...valid, memberParts: [{ ...part, diagnosis: 'G35' }] })).toEqual([
      'memberParts.0: Unrecognized key: "diagnosis"',
    ]);
  });
});
