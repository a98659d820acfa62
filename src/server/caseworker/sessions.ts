import { createHash, randomBytes } from 'node:crypto';
import { asIso, type Queryable } from '../db/database';

/**
 * Caseworker sessions in the database (ADR 0020), so every server instance sees them and a logout or a disabled
 * account ends them everywhere at once. The id is 256 random bits; only its SHA-256 is stored, so a copy of the
 * table opens no session. Each session carries its CSRF token (synchronizer token), an idle end that each
 * request slides, and an absolute end that nothing moves.
 */
export type SessionTimes = { idleMs: number; absoluteMs: number };

export type ActiveSession = {
  idSha256: string;
  caseworkerId: string;
  displayName: string;
  csrfToken: string;
  idleExpiresAt: Date;
  absoluteExpiresAt: Date;
};

export const sessionIdPattern = /^[A-Za-z0-9_-]{43}$/;

const sha256Hex = (text: string) => createHash('sha256').update(text).digest('hex');

export async function createSession(
  db: Queryable,
  caseworker: { id: string; displayName: string },
  now: Date,
  times: SessionTimes,
): Promise<{ sessionId: string; session: ActiveSession }> {
  const sessionId = randomBytes(32).toString('base64url');
  const absoluteExpiresAt = new Date(now.getTime() + times.absoluteMs);
  const session: ActiveSession = {
    idSha256: sha256Hex(sessionId),
    caseworkerId: caseworker.id,
    displayName: caseworker.displayName,
    csrfToken: randomBytes(32).toString('base64url'),
    idleExpiresAt: new Date(Math.min(now.getTime() + times.idleMs, absoluteExpiresAt.getTime())),
    absoluteExpiresAt,
  };
  await db.query(
    `INSERT INTO caseworker_sessions (id_sha256, caseworker_id, csrf_token, created_at, idle_expires_at,
       absolute_expires_at) VALUES ($1, $2, $3, $4, $5, $6)`,
    [
      session.idSha256,
      session.caseworkerId,
      session.csrfToken,
      now.toISOString(),
      session.idleExpiresAt.toISOString(),
      session.absoluteExpiresAt.toISOString(),
    ],
  );
  return { sessionId, session };
}

/**
 * The live session behind a cookie value, or undefined. An expired session, or one of a disabled account, is
 * deleted on the way.
 */
export async function findSession(
  db: Queryable,
  sessionId: string,
  now: Date,
): Promise<ActiveSession | undefined> {
  if (!sessionIdPattern.test(sessionId)) return undefined;
  const idSha256 = sha256Hex(sessionId);
  const result = await db.query<{
    caseworker_id: string;
    display_name: string;
    csrf_token: string;
    idle_expires_at: unknown;
    absolute_expires_at: unknown;
    disabled_at: unknown;
  }>(
    `SELECT s.caseworker_id, c.display_name, s.csrf_token, s.idle_expires_at, s.absolute_expires_at,
       c.disabled_at
     FROM caseworker_sessions s JOIN caseworkers c ON c.id = s.caseworker_id
     WHERE s.id_sha256 = $1`,
    [idSha256],
  );
  const row = result.rows[0];
  if (!row) return undefined;
  const session: ActiveSession = {
    idSha256,
    caseworkerId: row.caseworker_id,
    displayName: row.display_name,
    csrfToken: row.csrf_token,
    idleExpiresAt: new Date(asIso(row.idle_expires_at)),
    absoluteExpiresAt: new Date(asIso(row.absolute_expires_at)),
  };
  const over = now >= session.idleExpiresAt || now >= session.absoluteExpiresAt;
  if (over || row.disabled_at !== null) {
    await endSession(db, idSha256);
    return undefined;
  }
  return session;
}

/** Moves the idle end to now + idle timeout, never past the absolute end. */
export async function slideSession(
  db: Queryable,
  session: ActiveSession,
  now: Date,
  times: SessionTimes,
): Promise<ActiveSession> {
  const idleExpiresAt = new Date(Math.min(now.getTime() + times.idleMs, session.absoluteExpiresAt.getTime()));
  await db.query('UPDATE caseworker_sessions SET idle_expires_at = $2 WHERE id_sha256 = $1', [
    session.idSha256,
    idleExpiresAt.toISOString(),
  ]);
  return { ...session, idleExpiresAt };
}

export async function endSession(db: Queryable, idSha256: string): Promise<void> {
  await db.query('DELETE FROM caseworker_sessions WHERE id_sha256 = $1', [idSha256]);
}

/** Forgets sessions that ended; called now and then, never on a request's path. */
export async function pruneSessions(db: Queryable, now: Date): Promise<void> {
  await db.query('DELETE FROM caseworker_sessions WHERE idle_expires_at <= $1 OR absolute_expires_at <= $1', [
    now.toISOString(),
  ]);
}
