import { randomUUID } from 'node:crypto';
import {
  maxInvitationsPerApplication,
  type InvitationRequest,
  type InvitationSummary,
  type MemberRelation,
} from '../../api/contracts/invitations';
import { invitationStateAt, wrongAttemptsBeforeLock } from '../../domain/invitations/invitation-state';
import { asIso, type Database, type Queryable } from '../db/database';

/**
 * Applications in progress and their invitations (migration 9). Secrets arrive here already hashed
 * (invitation-credentials.ts); the member's names and birth date are kept as the applicant typed them.
 */
export type ApplicationInProgress = {
  id: string;
  secretSha256: string;
  year: number;
  applicantGivenName: string;
};

export type StoredInvitation = {
  id: string;
  applicationId: string;
  codeHmac: string;
  memberId: string;
  relation: MemberRelation;
  givenName: string;
  familyName: string;
  birthDate: string;
  createdAt: Date;
  expiresAt: Date;
  openedAt: Date | null;
  handedInAt: Date | null;
  withdrawnAt: Date | null;
  lockedAt: Date | null;
  failedAttempts: number;
};

export async function registerApplication(
  db: Queryable,
  application: Omit<ApplicationInProgress, 'id'>,
  now: Date,
): Promise<ApplicationInProgress> {
  const id = randomUUID();
  await db.query(
    `INSERT INTO applications_in_progress (id, secret_sha256, year, applicant_given_name, created_at)
     VALUES ($1, $2, $3, $4, $5)`,
    [id, application.secretSha256, application.year, application.applicantGivenName, now.toISOString()],
  );
  return { id, ...application };
}

export async function findApplication(db: Queryable, id: string): Promise<ApplicationInProgress | undefined> {
  const result = await db.query<{
    id: string;
    secret_sha256: string;
    year: number;
    applicant_given_name: string;
  }>('SELECT id, secret_sha256, year, applicant_given_name FROM applications_in_progress WHERE id = $1', [
    id,
  ]);
  const row = result.rows[0];
  return row
    ? {
        id: row.id,
        secretSha256: row.secret_sha256,
        year: Number(row.year),
        applicantGivenName: row.applicant_given_name,
      }
    : undefined;
}

const invitationColumns = `id, application_id, code_hmac, member_id, relation, given_name, family_name,
  to_char(birth_date, 'YYYY-MM-DD') AS birth_date, created_at, expires_at, opened_at, handed_in_at,
  withdrawn_at, locked_at, failed_attempts`;

type InvitationRow = {
  id: string;
  application_id: string;
  code_hmac: string;
  member_id: string;
  relation: MemberRelation;
  given_name: string;
  family_name: string;
  birth_date: string;
  created_at: unknown;
  expires_at: unknown;
  opened_at: unknown;
  handed_in_at: unknown;
  withdrawn_at: unknown;
  locked_at: unknown;
  failed_attempts: number;
};

const dateOrNull = (value: unknown): Date | null => (value === null ? null : new Date(asIso(value)));

const invitationOf = (row: InvitationRow): StoredInvitation => ({
  id: row.id,
  applicationId: row.application_id,
  codeHmac: row.code_hmac,
  memberId: row.member_id,
  relation: row.relation,
  givenName: row.given_name,
  familyName: row.family_name,
  birthDate: row.birth_date,
  createdAt: new Date(asIso(row.created_at)),
  expiresAt: new Date(asIso(row.expires_at)),
  openedAt: dateOrNull(row.opened_at),
  handedInAt: dateOrNull(row.handed_in_at),
  withdrawnAt: dateOrNull(row.withdrawn_at),
  lockedAt: dateOrNull(row.locked_at),
  failedAttempts: Number(row.failed_attempts),
});

export type NewInvitation = Omit<InvitationRequest, 'expiresInDays'> & {
  id: string;
  tokenHmac: string;
  codeHmac: string;
  expiresAt: Date;
};

/**
 * Stores an invitation unless the application has made its 20 already: the application's row is locked while
 * counting, so two invitations sent at once cannot both be the 20th.
 */
export async function createInvitation(
  db: Database,
  applicationId: string,
  invitation: NewInvitation,
  now: Date,
): Promise<'created' | 'tooMany'> {
  return db.transaction(async (tx) => {
    await tx.query('SELECT id FROM applications_in_progress WHERE id = $1 FOR UPDATE', [applicationId]);
    const counted = await tx.query<{ count: number | string }>(
      'SELECT count(*) AS count FROM invitations WHERE application_id = $1',
      [applicationId],
    );
    if (Number(counted.rows[0]?.count ?? 0) >= maxInvitationsPerApplication) return 'tooMany';
    await tx.query(
      `INSERT INTO invitations (id, application_id, token_hmac, code_hmac, member_id, relation, given_name,
         family_name, birth_date, created_at, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [
        invitation.id,
        applicationId,
        invitation.tokenHmac,
        invitation.codeHmac,
        invitation.memberId,
        invitation.relation,
        invitation.givenName,
        invitation.familyName,
        invitation.birthDate,
        now.toISOString(),
        invitation.expiresAt.toISOString(),
      ],
    );
    return 'created';
  });
}

export async function listInvitations(
  db: Queryable,
  applicationId: string,
  now: Date,
): Promise<InvitationSummary[]> {
  const result = await db.query<InvitationRow>(
    `SELECT ${invitationColumns} FROM invitations WHERE application_id = $1 ORDER BY created_at, id`,
    [applicationId],
  );
  return result.rows.map(invitationOf).map((invitation) => ({
    invitationId: invitation.id,
    memberId: invitation.memberId,
    givenName: invitation.givenName,
    familyName: invitation.familyName,
    state: invitationStateAt(invitation, now),
    createdAt: invitation.createdAt.toISOString(),
    expiresAt: invitation.expiresAt.toISOString(),
  }));
}

export async function findInvitation(db: Queryable, id: string): Promise<StoredInvitation | undefined> {
  const result = await db.query<InvitationRow>(`SELECT ${invitationColumns} FROM invitations WHERE id = $1`, [
    id,
  ]);
  const row = result.rows[0];
  return row ? invitationOf(row) : undefined;
}

export async function findInvitationByToken(
  db: Queryable,
  tokenHmac: string,
): Promise<StoredInvitation | undefined> {
  const result = await db.query<InvitationRow>(
    `SELECT ${invitationColumns} FROM invitations WHERE token_hmac = $1`,
    [tokenHmac],
  );
  const row = result.rows[0];
  return row ? invitationOf(row) : undefined;
}

/**
 * Counts one wrong code or birth date in the invitation's row, in one statement (every process sees the same
 * count); the sixth locks it for good. Returns whether the invitation is now locked.
 */
export async function countWrongAttempt(db: Queryable, id: string, now: Date): Promise<boolean> {
  const result = await db.query<{ locked_at: unknown }>(
    `UPDATE invitations SET failed_attempts = failed_attempts + 1,
       locked_at = CASE WHEN failed_attempts + 1 >= $2 THEN COALESCE(locked_at, $3) ELSE locked_at END
     WHERE id = $1 RETURNING locked_at`,
    [id, wrongAttemptsBeforeLock, now.toISOString()],
  );
  return result.rows[0]?.locked_at !== null && result.rows[0]?.locked_at !== undefined;
}

/**
 * Marks a right answer: opened (the first time), unless the invitation was withdrawn, locked or expired in the
 * meantime (a concurrent sixth wrong code, a withdrawal). True when it may be opened.
 */
export async function markOpened(db: Queryable, id: string, now: Date): Promise<boolean> {
  const result = await db.query(
    `UPDATE invitations SET opened_at = COALESCE(opened_at, $2)
     WHERE id = $1 AND withdrawn_at IS NULL AND locked_at IS NULL AND (handed_in_at IS NOT NULL OR expires_at > $2)
     RETURNING id`,
    [id, now.toISOString()],
  );
  return result.rowCount > 0;
}

/** Withdraws an invitation unless its member handed in (then 'handedIn'); withdrawing twice changes nothing. */
export async function withdrawInvitation(
  db: Queryable,
  applicationId: string,
  id: string,
  now: Date,
): Promise<'withdrawn' | 'handedIn' | 'notFound'> {
  const result = await db.query<{ handed_in_at: unknown }>(
    `UPDATE invitations SET withdrawn_at = COALESCE(withdrawn_at, $3)
     WHERE id = $1 AND application_id = $2 AND handed_in_at IS NULL RETURNING handed_in_at`,
    [id, applicationId, now.toISOString()],
  );
  if (result.rowCount > 0) return 'withdrawn';
  const found = await findInvitation(db, id);
  return found && found.applicationId === applicationId ? 'handedIn' : 'notFound';
}
