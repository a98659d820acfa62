import { changeRequestDays, type MemberPartState } from '../../api/contracts/invitations';
import { invitationStateAt, type InvitationState } from '../../domain/invitations/invitation-state';
import {
  memberPartSummarySchema,
  type MemberPartSummary,
} from '../../domain/member-part/member-part-summary';
import { asIso, type Database, type Queryable } from '../db/database';

/**
 * Members' parts (migration 10, issue 14): one per invitation, the bag as the member handed it in with its SHA-256
 * and the summary the applicant may read of it. Every change runs in one transaction that first locks the
 * invitation's row and shares the application's (the sending of the application will lock it exclusively), so a
 * hand-in, a withdrawal by either side, a change request and the sending never interleave: the invitation's state
 * and its part always agree.
 */
export type PartFigures = Omit<MemberPartSummary, 'invitationId' | 'memberId' | 'sha256'>;

export type NewMemberPart = { sha256: string; bytes: Uint8Array; summary: PartFigures };

type LockedInvitation = {
  applicationId: string;
  sent: boolean;
  state: InvitationState;
};

const dayMs = 24 * 60 * 60 * 1000;

async function lockInvitation(
  tx: Queryable,
  invitationId: string,
  now: Date,
): Promise<LockedInvitation | undefined> {
  const invitation = await tx.query<{
    application_id: string;
    expires_at: unknown;
    opened_at: unknown;
    handed_in_at: unknown;
    withdrawn_at: unknown;
    locked_at: unknown;
  }>(
    `SELECT application_id, expires_at, opened_at, handed_in_at, withdrawn_at, locked_at
     FROM invitations WHERE id = $1 FOR UPDATE`,
    [invitationId],
  );
  const row = invitation.rows[0];
  if (!row) return undefined;
  const application = await tx.query<{ sent_at: unknown }>(
    'SELECT sent_at FROM applications_in_progress WHERE id = $1 FOR SHARE',
    [row.application_id],
  );
  const date = (value: unknown) => (value === null ? null : new Date(asIso(value)));
  return {
    applicationId: row.application_id,
    sent: (application.rows[0]?.sent_at ?? null) !== null,
    state: invitationStateAt(
      {
        expiresAt: new Date(asIso(row.expires_at)),
        openedAt: date(row.opened_at),
        handedInAt: date(row.handed_in_at),
        withdrawnAt: date(row.withdrawn_at),
        lockedAt: date(row.locked_at),
      },
      now,
    ),
  };
}

export type HandInOutcome = 'handedIn' | 'sent' | 'withdrawn' | 'locked' | 'expired';

/**
 * Stores (or replaces) the member's part and marks the invitation handed in, unless the application was sent or
 * the invitation ended meanwhile (withdrawn, locked or expired between the access check and here). A hand-in
 * answers a change request: the request is cleared.
 */
export async function handInPart(
  db: Database,
  invitationId: string,
  part: NewMemberPart,
  now: Date,
): Promise<HandInOutcome> {
  return db.transaction(async (tx) => {
    const locked = await lockInvitation(tx, invitationId, now);
    if (!locked) return 'withdrawn';
    if (locked.sent) return 'sent';
    if (locked.state === 'withdrawn' || locked.state === 'locked' || locked.state === 'expired') {
      return locked.state;
    }
    const base64 = Buffer.from(part.bytes.buffer, part.bytes.byteOffset, part.bytes.byteLength).toString(
      'base64',
    );
    // The bytes travel as base64 text, decoded by PostgreSQL (bundle-store.ts says why).
    await tx.query(
      `INSERT INTO member_parts (invitation_id, sha256, bytes, summary, handed_in_at)
       VALUES ($1, $2, decode($3, 'base64'), $4::jsonb, $5)
       ON CONFLICT (invitation_id) DO UPDATE SET sha256 = EXCLUDED.sha256, bytes = EXCLUDED.bytes,
         summary = EXCLUDED.summary, handed_in_at = EXCLUDED.handed_in_at`,
      [invitationId, part.sha256, base64, JSON.stringify(part.summary), now.toISOString()],
    );
    await tx.query('UPDATE invitations SET handed_in_at = $2, change_requested_at = NULL WHERE id = $1', [
      invitationId,
      now.toISOString(),
    ]);
    return 'handedIn';
  });
}

/**
 * The member withdraws their part: it is deleted and the invitation is 'opened' again (or 'expired', when its
 * expiry passed while it was handed in). Nothing handed in is no error: the member's app may repeat a withdrawal
 * whose answer it lost. Refused once the application was sent.
 */
export async function withdrawPart(
  db: Database,
  invitationId: string,
  now: Date,
): Promise<'withdrawn' | 'sent'> {
  return db.transaction(async (tx) => {
    const locked = await lockInvitation(tx, invitationId, now);
    if (!locked) return 'withdrawn';
    if (locked.sent) return 'sent';
    await tx.query('DELETE FROM member_parts WHERE invitation_id = $1', [invitationId]);
    await tx.query('UPDATE invitations SET handed_in_at = NULL WHERE id = $1', [invitationId]);
    return 'withdrawn';
  });
}

/**
 * The applicant asks the member for changes: the part is deleted (the applicant keeps the summary they read; the
 * member keeps their draft), the invitation is 'opened' again with the request noted for the member, and it stays
 * open at least `changeRequestDays` more days, so a part handed in just before the expiry can still be changed.
 */
export async function requestChange(
  db: Database,
  applicationId: string,
  invitationId: string,
  now: Date,
): Promise<'requested' | 'notFound' | 'notHandedIn' | 'sent'> {
  return db.transaction(async (tx) => {
    const locked = await lockInvitation(tx, invitationId, now);
    if (!locked || locked.applicationId !== applicationId) return 'notFound';
    if (locked.sent) return 'sent';
    if (locked.state !== 'handedIn') return 'notHandedIn';
    await tx.query('DELETE FROM member_parts WHERE invitation_id = $1', [invitationId]);
    await tx.query(
      `UPDATE invitations SET handed_in_at = NULL, change_requested_at = $2,
         expires_at = GREATEST(expires_at, $3::timestamptz)
       WHERE id = $1`,
      [invitationId, now.toISOString(), new Date(now.getTime() + changeRequestDays * dayMs).toISOString()],
    );
    return 'requested';
  });
}

/**
 * What the applicant reads of a handed-in part: the summary and nothing else (parsed strictly, so a column added
 * later cannot slip into the answer). 'notFound' when this application has no such invitation.
 */
export async function partSummary(
  db: Queryable,
  applicationId: string,
  invitationId: string,
): Promise<MemberPartSummary | 'notFound' | 'notHandedIn'> {
  const result = await db.query<{
    member_id: string;
    sha256: string | null;
    summary: PartFigures | string | null;
  }>(
    `SELECT i.member_id, p.sha256, p.summary
     FROM invitations i LEFT JOIN member_parts p ON p.invitation_id = i.id
     WHERE i.id = $1 AND i.application_id = $2`,
    [invitationId, applicationId],
  );
  const row = result.rows[0];
  if (!row) return 'notFound';
  if (row.sha256 === null || row.summary === null) return 'notHandedIn';
  const figures = (typeof row.summary === 'string' ? JSON.parse(row.summary) : row.summary) as PartFigures;
  return memberPartSummarySchema.parse({
    invitationId,
    memberId: row.member_id,
    sha256: row.sha256,
    incomeCents: figures.incomeCents,
    reducedRate: figures.reducedRate,
    coPayments: figures.coPayments,
  });
}

/** The member's own view of their part (GET member/part). */
export async function memberPartState(db: Queryable, invitationId: string): Promise<MemberPartState> {
  const result = await db.query<{
    sha256: string | null;
    handed_in_at: unknown;
    change_requested_at: unknown;
    sent_at: unknown;
  }>(
    `SELECT p.sha256, p.handed_in_at, i.change_requested_at, a.sent_at
     FROM invitations i
     JOIN applications_in_progress a ON a.id = i.application_id
     LEFT JOIN member_parts p ON p.invitation_id = i.id
     WHERE i.id = $1`,
    [invitationId],
  );
  const row = result.rows[0];
  const changeRequested = (row?.change_requested_at ?? null) !== null;
  const applicationSent = (row?.sent_at ?? null) !== null;
  if (!row || row.sha256 === null || row.handed_in_at === null)
    return { state: 'opened', changeRequested, applicationSent };
  return {
    state: 'handedIn',
    sha256: row.sha256,
    handedInAt: asIso(row.handed_in_at),
    changeRequested,
    applicationSent,
  };
}

/**
 * What a hand-in is checked against before its bag is verified: the member's id and the application's year,
 * which the bag must name, and whether the application was sent (then no bag need be read).
 */
export async function handInContext(
  db: Queryable,
  invitationId: string,
): Promise<{ memberId: string; year: number; sent: boolean } | undefined> {
  const result = await db.query<{ member_id: string; year: number; sent_at: unknown }>(
    `SELECT i.member_id, a.year, a.sent_at
     FROM invitations i JOIN applications_in_progress a ON a.id = i.application_id WHERE i.id = $1`,
    [invitationId],
  );
  const row = result.rows[0];
  return row && { memberId: row.member_id, year: Number(row.year), sent: row.sent_at !== null };
}
