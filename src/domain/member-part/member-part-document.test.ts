import { describe, expect, it } from 'vitest';
import { checkApplication } from '../application/check-application';
import { buildMemberPartDocument } from './build-member-part-document';
import { memberPartDocumentSchema, type MemberPartDocument } from './member-part-document';
import { allDeclared, memberContext, memberDraft, memberOf } from './member-draft.test-support';

const sample = (): MemberPartDocument => {
  const built = buildMemberPartDocument(checkApplication(memberDraft(), memberContext), {
    memberOf,
    createdAt: '2026-11-20T10:00:00+01:00',
    declarations: allDeclared,
    nameAttachments: (refs) => refs.map((_, i) => `beleg-${i + 1}.jpg`),
  });
  if (!built.ok) throw new Error(JSON.stringify(built.problems));
  return built.value;
};

const issues = (document: unknown) => {
  const parsed = memberPartDocumentSchema.safeParse(document);
  return parsed.success ? [] : parsed.error.issues.map((issue) => issue.path.join('.'));
};

describe('memberPartDocumentSchema', () => {
  it('accepts the part the builder makes', () => {
    expect(issues(sample())).toEqual([]);
  });

  it('refuses entries of another member: a part is one person’s', () => {
    const document = sample();
    expect(
      issues({
        ...document,
        incomes: document.incomes.map((income) => ({ ...income, memberId: 'applicant' })),
        chronic: { ...document.chronic, memberId: 'm-child' },
        receipts: document.receipts.map((receipt, i) => (i === 0 ? receipt : { ...receipt, memberId: 'x' })),
      }),
    ).toEqual(['incomes.0.memberId', 'chronic.memberId', 'receipts.1.memberId']);
  });

  it('refuses a cited file that is not attached and an attachment nobody cites', () => {
    const document = sample();
    expect(issues({ ...document, attachments: [] })).toEqual(['receipts.0.fileIds.0']);
    expect(
      issues({
        ...document,
        attachments: [
          ...document.attachments,
          { fileId: 'f-x', name: 'x.pdf', type: 'application/pdf', purpose: 'welfare', refId: null },
        ],
      }),
    ).toEqual(['attachments.1.fileId', 'attachments.1.purpose']);
  });

  it('needs every declaration, and no income stated beside incomes', () => {
    const document = sample();
    expect(
      issues({ ...document, declarations: { ...document.declarations, healthDataConsent: false } }),
    ).toEqual(['declarations.healthDataConsent']);
    expect(issues({ ...document, noIncome: true })).toEqual(['noIncome']);
    expect(issues({ ...document, applicantNote: 'x' })).toEqual(['']);
  });
});
