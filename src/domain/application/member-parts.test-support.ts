import type { MemberPartSummary } from '../member-part/member-part-summary';
import type { ApplicationDraft } from './application-draft';
import { checkApplication } from './check-application';
import { declared, familyDraft, sampleContext } from './sample-drafts.test-support';

// The family sample with the spouse's own part (issue 14): what the applicant's app receives of it, for tests of
// the limit, application.json, the Antrag and the caseworker's recomputation.

export const sampleInvitationId = '6f1c2a7e-3b4d-4e5f-8a9b-0c1d2e3f4a5b';
export const sampleSha256 = 'ab'.repeat(32);

/** The draft as the applicant's app keeps it once these parts have arrived. */
export const withParts = (draft: ApplicationDraft, parts: MemberPartSummary[]): ApplicationDraft => ({
  ...draft,
  invitations: {
    applicationId: '0d7e9a4c-1b2f-4c3d-9e8f-7a6b5c4d3e2f',
    applicationSecret: 'A'.repeat(43),
    parts,
  },
});

/** The draft without anything the applicant typed for the spouse s1: incomes, illness and receipts. */
export const withoutSpouseEntries = (draft: ApplicationDraft): ApplicationDraft => {
  const { incomes, chronic, receipts } = draft.answers;
  return {
    ...draft,
    answers: {
      ...draft.answers,
      incomes: { ...incomes, entries: incomes?.entries?.filter((e) => e.memberId !== 's1') },
      chronic: { members: chronic?.members?.filter((m) => m.memberId !== 's1') },
      receipts: { ...receipts, entries: receipts?.entries?.filter((r) => r.memberId !== 's1') },
    },
  };
};

/**
 * The part the spouse would hand in for exactly what the family sample has the applicant type for her: a pension of
 * 9.600 € (counts as a whole), seriously chronically ill, and each of her receipts' day and amount (15 of them).
 */
export const spousePartOfFamily = (): MemberPartSummary => {
  const checked = checkApplication(familyDraft(), sampleContext);
  const coPayments = checked.receipts.flatMap(({ data }) =>
    data?.memberId === 's1' ? [{ date: data.countsOn, amountCents: data.amountCents }] : [],
  );
  return {
    invitationId: sampleInvitationId,
    memberId: 's1',
    sha256: sampleSha256,
    incomeCents: 960_000,
    reducedRate: true,
    coPayments,
  };
};

/** The family, ready to send, with the spouse's part instead of her entries. */
export const familyWithSpousePart = (part: MemberPartSummary = spousePartOfFamily()): ApplicationDraft =>
  withParts(declared(withoutSpouseEntries(familyDraft())), [part]);
