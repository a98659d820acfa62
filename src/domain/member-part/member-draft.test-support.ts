import { createDraft, type ApplicationDraft } from '../application/application-draft';
import type { MemberDeclarationAnswers } from './build-member-part-document';

// Tests only: a family member's own draft (issue 14) as the member types it: the member is the draft's person, their
// entries are filed under 'applicant', and memberOf says whose invitation it answers.

export const memberContext = { year: 2026, referenceDate: '2026-11-20' };

export const memberOf: NonNullable<ApplicationDraft['memberOf']> = {
  invitationId: '3f2b8c1e-6d4a-4f7e-9a2b-5c8d1e0f4a6b',
  memberId: 'm-spouse',
  token: 'A'.repeat(43),
  invitedBy: 'Max Muster',
  givenName: 'Erika',
  familyName: 'Muster',
  relation: 'spouse',
  expiresAt: '2026-12-04T10:00:00+01:00',
};

export const allDeclared: MemberDeclarationAnswers = {
  correct: true,
  healthDataConsent: true,
  cooperation: true,
};

/** The spouse: a pension of 1.200 € a month, seriously chronically ill, two receipts, one with a photo. */
export function memberDraft(): ApplicationDraft {
  return {
    ...createDraft('member-draft', memberContext.year, '2026-11-10T09:00:00Z'),
    memberOf,
    answers: {
      person: { givenName: 'Erika', familyName: 'Muster', birthDate: '12.4.1958' },
      incomes: {
        entries: [
          {
            id: 'i1',
            memberId: 'applicant',
            type: 'pension',
            amount: '1.200,00',
            period: 'month',
            proof: 'post',
          },
        ],
        complete: true,
      },
      chronic: { members: [{ memberId: 'applicant', chronicallyIll: 'yes', certificate: 'doctorSends' }] },
      receipts: {
        entries: [
          {
            id: 'r1',
            kind: 'single',
            memberId: 'applicant',
            date: '4.3.2026',
            category: 'medicine',
            provider: 'Löwen-Apotheke',
            amount: '10,00',
            fileIds: ['f-r1'],
          },
          {
            id: 'r2',
            kind: 'single',
            memberId: 'applicant',
            date: '11.2.2026',
            category: 'remedies',
            provider: 'Physiotherapie am Markt',
            amount: '28,30',
          },
        ],
        complete: true,
      },
    },
    files: [
      { id: 'f-r1', name: 'IMG_1.jpg', type: 'image/jpeg', size: 636, addedAt: '2026-11-10T09:05:00Z' },
    ],
  };
}
