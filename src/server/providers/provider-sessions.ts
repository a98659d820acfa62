import { createHash, randomBytes } from 'node:crypto';
import { asIso, type Queryable } from '../db/database';

/**
 * Provider sessions (issue 15), kept like the caseworkers' (ADR 0020) in their own table: the id is 256 random
 * bits and only its SHA-256 is stored, each session carries its CSRF token, an idle end each request slides and an
 * absolute end nothing moves. A session opened with a letter's initial password is in stage 'activation' and
 * names that letter; only the activation (and session, keep-alive, logout) is open to it until the Prüfnummer
 * was used.
 */
export type ProviderSessionTimes = { idleMs: number; absoluteMs: number };

export type ActiveProviderSession = {
  idSha256: string;
  ik: string;
  /** The name on file in the IK register. */
  name: string;
  stage: 'activation' | 'active';
  /** The letter whose initial password opened the session (stage 'activation' only). */
  letterId?: string;
  csrfToken: string;
  idleExpiresAt: Date;
  absoluteExpiresAt: Date;
};

const sessionIdPattern = /^[A-Za-z0-9_-]{43}$/;
const sha256Hex = (text: string) => createHash('sha256').update(text).digest('hex');

export async function createProviderSession(
  db: Queryable,
  provider: { ik: string; name: string; stage: 'activation' | 'active'; letterId?: string },
  now: Date,
  times: ProviderSessionTimes,
): Promise<{ sessionId: string; session: ActiveProviderSession }> {
  const sessionId = randomBytes(32).toString('base64url');
  const absoluteExpiresAt = new Date(now.getTime() + times.absoluteMs);
  const session: ActiveProviderSession = {
    idSha256: sha256Hex(sessionId),
    ik: provider.ik,
    name: provider.name,
    stage: provider.stage,
    ...(provider.stage === 'activation' && provider.letterId ? { letterId: provider.letterId } : {}),
    csrfToken: randomBytes(32).toString('base64url'),
    idleExpiresAt: new Date(Math.min(now.getTime() + times.idleMs, absoluteExpiresAt.getTime())),
    absoluteExpiresAt,
  };
  await db.query(
    `INSERT INTO provider_sessions (id_sha256, ik, stage, letter_id, csrf_token, created_at, idle_expires_at,
       absolute_expires_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [
      session.idSha256,
      session.ik,
      session.stage,
      session.letterId ?? null,
      session.csrfToken,
      now.toISOString(),
      session.idleExpiresAt.toISOString(),
      session.absoluteExpiresAt.toISOString(),
    ],
  );
  return { sessionId, session };
}

/** The live session behind a cookie value, or undefined; an ended one is deleted on the way. */
export async function findProviderSession(
  db: Queryable,
  sessionId: string,
  now: Date,
): Promise<ActiveProviderSession | undefined> {
  if (!sessionIdPattern.test(sessionId)) return undefined;
  const idSha256 = sha256Hex(sessionId);
  const result = await db.query<{
    ik: string;
    name: string;
    stage: 'activation' | 'active';
    letter_id: string | number | null;
    csrf_token: string;
    idle_expires_at: unknown;
    absolute_expires_at: unknown;
  }>(
    `SELECT s.ik, r.name, s.stage, s.letter_id, s.csrf_token, s.idle_expires_at, s.absolute_expires_at
     FROM provider_sessions s JOIN provider_register r ON r.ik = s.ik
     WHERE s.id_sha256 = $1`,
    [idSha256],
  );
  const row = result.rows[0];
  if (!row) return undefined;
  const session: ActiveProviderSession = {
    idSha256,
    ik: row.ik,
    name: row.name,
    stage: row.stage,
    ...(row.letter_id === null ? {} : { letterId: String(row.letter_id) }),
    csrfToken: row.csrf_token,
    idleExpiresAt: new Date(asIso(row.idle_expires_at)),
    absoluteExpiresAt: new Date(asIso(row.absolute_expires_at)),
  };
  if (now >= session.idleExpiresAt || now >= session.absoluteExpiresAt) {
    await endProviderSession(db, idSha256);
    return undefined;
  }
  return session;
}

/** Moves the idle end to now + idle timeout, never past the absolute end. */
export async function slideProviderSession(
  db: Queryable,
  session: ActiveProviderSession,
  now: Date,
  times: ProviderSessionTimes,
): Promise<ActiveProviderSession> {
  const idleExpiresAt = new Date(Math.min(now.getTime() + times.idleMs, session.absoluteExpiresAt.getTime()));
  await db.query('UPDATE provider_sessions SET idle_expires_at = $2 WHERE id_sha256 = $1', [
    session.idSha256,
    idleExpiresAt.toISOString(),
  ]);
  return { ...session, idleExpiresAt };
}

export async function endProviderSession(db: Queryable, idSha256: string): Promise<void> {
  await db.query('DELETE FROM provider_sessions WHERE id_sha256 = $1', [idSha256]);
}

/** Ends every session of an IK: a new personal password was set, so an old one opens nothing any more. */
export async function endProviderSessionsOf(db: Queryable, ik: string): Promise<void> {
  await db.query('DELETE FROM provider_sessions WHERE ik = $1', [ik]);
}

/** Forgets sessions that ended; called now and then, never on a request's path. */
export async function pruneProviderSessions(db: Queryable, now: Date): Promise<void> {
  await db.query('DELETE FROM provider_sessions WHERE idle_expires_at <= $1 OR absolute_expires_at <= $1', [
    now.toISOString(),
  ]);
}
