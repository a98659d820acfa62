import { createHash, randomBytes } from 'node:crypto';
import { asIso, type Queryable } from '../db/database';

/**
 * Member sessions (issue 14), kept like the caseworkers' (ADR 0020) in their own table: the id is 256 random bits
 * and only its SHA-256 is stored, each session carries its CSRF token, an idle end each request slides and an
 * absolute end nothing moves. A session lives only as long as its invitation: withdrawn, locked or expired (before
 * the member handed in), it ends at the next request.
 */
export type MemberSessionTimes = { idleMs: number; absoluteMs: number };

export type ActiveMemberSession = {
  idSha256: string;
  invitationId: string;
  csrfToken: string;
  idleExpiresAt: Date;
  absoluteExpiresAt: Date;
};

const sessionIdPattern = /^[A-Za-z0-9_-]{43}$/;
const sha256Hex = (text: string) => createHash('sha256').update(text).digest('hex');

export async function createMemberSession(
  db: Queryable,
  invitationId: string,
  now: Date,
  times: MemberSessionTimes,
): Promise<{ sessionId: string; session: ActiveMemberSession }> {
  const sessionId = randomBytes(32).toString('base64url');
  const absoluteExpiresAt = new Date(now.getTime() + times.absoluteMs);
  const session: ActiveMemberSession = {
    idSha256: sha256Hex(sessionId),
    invitationId,
    csrfToken: randomBytes(32).toString('base64url'),
    idleExpiresAt: new Date(Math.min(now.getTime() + times.idleMs, absoluteExpiresAt.getTime())),
    absoluteExpiresAt,
  };
  await db.query(
    `INSERT INTO member_sessions (id_sha256, invitation_id, csrf_token, created_at, idle_expires_at,
       absolute_expires_at) VALUES ($1, $2, $3, $4, $5, $6)`,
    [
      session.idSha256,
      invitationId,
      session.csrfToken,
      now.toISOString(),
      session.idleExpiresAt.toISOString(),
      session.absoluteExpiresAt.toISOString(),
    ],
  );
  return { sessionId, session };
}

/** The live session behind a cookie value, or undefined; an ended one (or one of an ended invitation) is deleted. */
export async function findMemberSession(
  db: Queryable,
  sessionId: string,
  now: Date,
): Promise<ActiveMemberSession | undefined> {
  if (!sessionIdPattern.test(sessionId)) return undefined;
  const idSha256 = sha256Hex(sessionId);
  const result = await db.query<{
    invitation_id: string;
    csrf_token: string;
    idle_expires_at: unknown;
    absolute_expires_at: unknown;
    expires_at: unknown;
    handed_in_at: unknown;
    withdrawn_at: unknown;
    locked_at: unknown;
  }>(
    `SELECT s.invitation_id, s.csrf_token, s.idle_expires_at, s.absolute_expires_at, i.expires_at,
       i.handed_in_at, i.withdrawn_at, i.locked_at
     FROM member_sessions s JOIN invitations i ON i.id = s.invitation_id
     WHERE s.id_sha256 = $1`,
    [idSha256],
  );
  const row = result.rows[0];
  if (!row) return undefined;
  const session: ActiveMemberSession = {
    idSha256,
    invitationId: row.invitation_id,
    csrfToken: row.csrf_token,
    idleExpiresAt: new Date(asIso(row.idle_expires_at)),
    absoluteExpiresAt: new Date(asIso(row.absolute_expires_at)),
  };
  const sessionOver = now >= session.idleExpiresAt || now >= session.absoluteExpiresAt;
  const invitationExpired = row.handed_in_at === null && now >= new Date(asIso(row.expires_at));
  const invitationEnded = row.withdrawn_at !== null || row.locked_at !== null || invitationExpired;
  if (sessionOver || invitationEnded) {
    await endMemberSession(db, idSha256);
    return undefined;
  }
  return session;
}

/** Moves the idle end to now + idle timeout, never past the absolute end. */
export async function slideMemberSession(
  db: Queryable,
  session: ActiveMemberSession,
  now: Date,
  times: MemberSessionTimes,
): Promise<ActiveMemberSession> {
  const idleExpiresAt = new Date(Math.min(now.getTime() + times.idleMs, session.absoluteExpiresAt.getTime()));
  await db.query('UPDATE member_sessions SET idle_expires_at = $2 WHERE id_sha256 = $1', [
    session.idSha256,
    idleExpiresAt.toISOString(),
  ]);
  return { ...session, idleExpiresAt };
}

export async function endMemberSession(db: Queryable, idSha256: string): Promise<void> {
  await db.query('DELETE FROM member_sessions WHERE id_sha256 = $1', [idSha256]);
}

/** Ends every session of an invitation (it was withdrawn). */
export async function endMemberSessionsOf(db: Queryable, invitationId: string): Promise<void> {
  await db.query('DELETE FROM member_sessions WHERE invitation_id = $1', [invitationId]);
}
