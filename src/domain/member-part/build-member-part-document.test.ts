import { describe, expect, it } from 'vitest';
import { checkApplication } from '../application/check-application';
import type { ApplicationDraft } from '../application/application-draft';
import { buildMemberPartDocument, type MemberDeclarationAnswers } from './build-member-part-document';
import { allDeclared, memberContext, memberDraft, memberOf } from './member-draft.test-support';

const build = (draft: ApplicationDraft, declarations: MemberDeclarationAnswers | undefined) =>
  buildMemberPartDocument(checkApplication(draft, memberContext), {
    memberOf,
    createdAt: '2026-11-20T10:00:00+01:00',
    declarations,
    nameAttachments: (refs) => refs.map((ref) => `beleg-${ref.refId ?? 'x'}.jpg`),
  });

describe('buildMemberPartDocument', () => {
  it("files the member's own entries under their id in the applicant's draft, with the summary", () => {
    const result = build(memberDraft(), allDeclared);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const document = result.value;
    expect(document).toMatchObject({
      kind: 'memberPart',
      invitationId: memberOf.invitationId,
      memberId: 'm-spouse',
      year: 2026,
      member: { givenName: 'Erika', familyName: 'Muster', birthDate: '1958-04-12' },
      noIncome: false,
      chronic: {
        memberId: 'm-spouse',
        chronicallyIll: true,
        certificate: 'doctorSends',
        certificateFileIds: [],
      },
      declarations: { correct: true, healthDataConsent: true, cooperation: true },
      attachments: [
        { fileId: 'f-r1', name: 'beleg-r1.jpg', type: 'image/jpeg', purpose: 'receipt', refId: 'r1' },
      ],
      summary: {
        incomeCents: 1_440_000,
        reducedRate: true,
        coPayments: [
          { date: '2026-02-11', amountCents: 2_830 },
          { date: '2026-03-04', amountCents: 1_000 },
        ],
      },
    });
    expect(document.incomes.map((income) => income.memberId)).toEqual(['m-spouse']);
    expect(document.receipts.map((receipt) => [receipt.memberId, receipt.provider])).toEqual([
      ['m-spouse', 'Löwen-Apotheke'],
      ['m-spouse', 'Physiotherapie am Markt'],
    ]);
    expect(JSON.stringify(document)).not.toContain('"applicant"');
  });

  it('states no income when the member declared none', () => {
    const draft = memberDraft();
    draft.answers.incomes = { entries: [], noIncomeMemberIds: ['applicant'], complete: true };
    const result = build(draft, allDeclared);
    expect(result.ok && result.value.noIncome).toBe(true);
    expect(result.ok && result.value.summary.incomeCents).toBe(0);
  });

  it('names each incomplete section, with the pages to fix', () => {
    const draft = memberDraft();
    draft.answers.incomes = { entries: [], complete: false };
    draft.answers.chronic = { members: [] };
    const receipts = draft.answers.receipts;
    if (receipts?.entries?.[1]) receipts.entries[1] = { ...receipts.entries[1], amount: '' };
    const result = build(draft, allDeclared);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((problem) => problem.code)).toEqual([
      'memberPart.incomesIncomplete',
      'memberPart.chronicMissing',
      'memberPart.receiptsIncomplete',
    ]);
    expect(result.missing).toEqual([
      { page: 'incomes.overview', code: 'undeclared', id: 'applicant' },
      { page: 'chronic.member', code: 'missing', id: 'applicant' },
      { page: 'receipts.entry', code: 'incomplete', id: 'r2' },
    ]);
  });

  it('refuses until every one of the three declarations is given', () => {
    for (const declarations of [
      undefined,
      { correct: true, healthDataConsent: true },
      { ...allDeclared, cooperation: false },
    ]) {
      const result = build(memberDraft(), declarations);
      expect(result.ok ? [] : result.problems.map((problem) => problem.code)).toEqual([
        'memberPart.undeclared',
      ]);
    }
  });

  it('asks for the receipts section to be confirmed', () => {
    const draft = memberDraft();
    draft.answers.receipts = { ...draft.answers.receipts, complete: false };
    const result = build(draft, allDeclared);
    expect(result.ok ? [] : result.missing).toEqual([{ page: 'receipts.overview', code: 'unconfirmed' }]);
  });
});
