import type { MemberSession } from '../../../api/contracts/invitations';

/**
 * An invitation just opened, on its way to the member's draft: the link's token, the session the server gave and
 * the date of birth the member typed (their draft's person needs it). Kept in this module's memory only — never in
 * Web Storage, which is not encrypted — while the app goes through the storage choice or the passphrase; a reload
 * loses it and the member opens the link again. Forgotten once the member's draft is open.
 */
export type PendingInvitation = { token: string; birthDate: string; session: MemberSession };

let pending: PendingInvitation | undefined;

export function rememberPendingInvitation(invitation: PendingInvitation): void {
  pending = invitation;
}

export function peekPendingInvitation(): PendingInvitation | undefined {
  return pending;
}

export function forgetPendingInvitation(): void {
  pending = undefined;
}
