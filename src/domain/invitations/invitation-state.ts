/**
 * An invitation's state (issue 14), computed from what happened to it and the clock, the same way on the server
 * and in its mock twin. What happened last and for good wins: a withdrawn invitation stays withdrawn, a member's
 * handed-in part stays handed in, a locked invitation stays locked; only then does the expiry count.
 */
export const invitationStates = ['open', 'opened', 'handedIn', 'expired', 'withdrawn', 'locked'] as const;
export type InvitationState = (typeof invitationStates)[number];

export type InvitationFacts = {
  expiresAt: Date;
  openedAt: Date | null;
  handedInAt: Date | null;
  withdrawnAt: Date | null;
  lockedAt: Date | null;
};

export function invitationStateAt(facts: InvitationFacts, now: Date): InvitationState {
  if (facts.withdrawnAt !== null) return 'withdrawn';
  if (facts.handedInAt !== null) return 'handedIn';
  if (facts.lockedAt !== null) return 'locked';
  if (now.getTime() >= facts.expiresAt.getTime()) return 'expired';
  return facts.openedAt !== null ? 'opened' : 'open';
}

/** The sixth wrong code (or birth date) locks an invitation for good: the applicant must invite again. */
export const wrongAttemptsBeforeLock = 6;

/**
 * Only adults are invited to fill in their own part: a member is invited when they are 18 on 1 January of the
 * application year (a child's incomes and receipts stay with the applicant). `birthDate` is an ISO date.
 */
export function isAdultOnFirstJanuary(birthDate: string, year: number): boolean {
  return birthDate <= `${String(year - 18).padStart(4, '0')}-01-01`;
}
