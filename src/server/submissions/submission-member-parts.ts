import type { MemberPartSummary } from '../../domain/member-part/member-part-summary';
import { sameFigures } from '../../domain/member-part/same-figures';
import type { Queryable } from '../db/database';
import type { PartFigures } from '../invitations/member-part-repository';

/**
 * The members' parts an application cites (application.json `memberParts`, issue 14, ADR 0025), taken into its
 * case when the submission is stored (migration 11). Runs inside storeSubmission's transaction, so the case, its
 * copied parts, the application in progress marked as sent and the members' ended sessions are one step: a member
 * can neither replace nor withdraw a part between the check and the copy, and a refused submission leaves no trace.
 */
export type CitedPart = Pick<
  MemberPartSummary,
  'memberId' | 'invitationId' | 'sha256' | 'incomeCents' | 'reducedRate' | 'coPayments'
>;

/** A cited part the server does not hold as cited; names the member's id (the application's members[].id) only. */
export class MemberPartUnknownError extends Error {
  constructor(
    readonly memberId: string,
    readonly index: number,
  ) {
    super(`The cited part of member ${memberId} is not held as cited`);
    this.name = 'MemberPartUnknownError';
  }
}

type HeldPart = {
  invitation_id: string;
  member_id: string;
  application_id: string;
  sha256: string;
  summary: PartFigures | string;
};

/**
 * Checks every cited part against the handed-in one (same invitation, same SHA-256, the same member, the same
 * figures: what the applicant's limit was computed from must be what the member's bag says), then copies the bags
 * into the case, marks their applications in progress as sent and ends every member session of those
 * applications' invitations (from now on a member has nothing left to do there: PUT and DELETE member/part answer
 * 409). Throws MemberPartUnknownError for the first cited part that does not match; the caller's transaction then
 * rolls back.
 */
export async function takeCitedParts(
  tx: Queryable,
  reference: string,
  cited: readonly CitedPart[],
  now: Date,
): Promise<void> {
  if (cited.length === 0) return;
  const invitationIds = cited.map((part) => part.invitationId);
  // The invitations first, then their applications, in the order handInPart and withdrawPart lock them
  // (member-part-repository.ts): a hand-in racing this sending waits for it and then finds the application sent.
  const held = await tx.query<HeldPart>(
    `SELECT i.id AS invitation_id, i.member_id, i.application_id, p.sha256, p.summary
     FROM invitations i JOIN member_parts p ON p.invitation_id = i.id
     WHERE i.id = ANY($1::uuid[]) FOR UPDATE OF i`,
    [invitationIds],
  );
  const byInvitation = new Map(held.rows.map((row) => [row.invitation_id, row]));
  cited.forEach((part, index) => {
    const row = byInvitation.get(part.invitationId);
    const figures =
      row && ((typeof row.summary === 'string' ? JSON.parse(row.summary) : row.summary) as PartFigures);
    const matches =
      row !== undefined &&
      figures !== undefined &&
      row.sha256 === part.sha256 &&
      row.member_id === part.memberId &&
      sameFigures(figures, part);
    if (!matches) throw new MemberPartUnknownError(part.memberId, index);
  });
  const applicationIds = [...new Set(held.rows.map((row) => row.application_id))];
  await tx.query('SELECT id FROM applications_in_progress WHERE id = ANY($1::uuid[]) FOR UPDATE', [
    applicationIds,
  ]);
  await tx.query(
    `INSERT INTO submission_member_parts (reference, invitation_id, member_id, sha256, bytes)
     SELECT $1, p.invitation_id, i.member_id, p.sha256, p.bytes
     FROM member_parts p JOIN invitations i ON i.id = p.invitation_id
     WHERE p.invitation_id = ANY($2::uuid[])`,
    [reference, invitationIds],
  );
  // Kept when set already: an application sent once stays sent at its first sending.
  await tx.query(
    'UPDATE applications_in_progress SET sent_at = COALESCE(sent_at, $2) WHERE id = ANY($1::uuid[])',
    [applicationIds, now.toISOString()],
  );
  await tx.query(
    `DELETE FROM member_sessions s USING invitations i
     WHERE i.id = s.invitation_id AND i.application_id = ANY($1::uuid[])`,
    [applicationIds],
  );
}

export type CaseMemberPart = { memberId: string; invitationId: string; sha256: string; byteLength: number };

/** The parts kept with a case, without their bytes (the caseworker's list). */
export async function listCaseMemberParts(db: Queryable, reference: string): Promise<CaseMemberPart[]> {
  const result = await db.query<{
    member_id: string;
    invitation_id: string;
    sha256: string;
    byte_length: number | string;
  }>(
    `SELECT member_id, invitation_id, sha256, octet_length(bytes) AS byte_length
     FROM submission_member_parts WHERE reference = $1 ORDER BY member_id, invitation_id`,
    [reference],
  );
  return result.rows.map((row) => ({
    memberId: row.member_id,
    invitationId: row.invitation_id,
    sha256: row.sha256,
    byteLength: Number(row.byte_length),
  }));
}

/** One part's bag as the member handed it in, or undefined. */
export async function loadCaseMemberPart(
  db: Queryable,
  reference: string,
  invitationId: string,
): Promise<{ sha256: string; bytes: Uint8Array } | undefined> {
  // As base64 text, like loadBundle (bundle-store.ts says why).
  const result = await db.query<{ sha256: string; base64: string }>(
    `SELECT sha256, encode(bytes, 'base64') AS base64 FROM submission_member_parts
     WHERE reference = $1 AND invitation_id = $2::uuid`,
    [reference, invitationId],
  );
  const row = result.rows[0];
  return row && { sha256: row.sha256, bytes: new Uint8Array(Buffer.from(row.base64, 'base64')) };
}
