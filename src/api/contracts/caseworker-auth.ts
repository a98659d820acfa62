import { z } from 'zod';

/**
 * The caseworker's login, session, logout and the first case endpoint (issue 13, ADR 0020), shared by the server,
 * the msw twin and the client. The session travels in an HttpOnly cookie the client never reads; every
 * state-changing request also sends the session's CSRF token in a header (synchronizer token).
 */
export const caseworkerBasePath = '/api/v1/caseworker';
export const caseworkerLoginPath = `${caseworkerBasePath}/login`;
export const caseworkerSessionPath = `${caseworkerBasePath}/session`;
export const caseworkerKeepAlivePath = `${caseworkerBasePath}/session/keep-alive`;
export const caseworkerLogoutPath = `${caseworkerBasePath}/logout`;
export const caseHistoryRoute = `${caseworkerBasePath}/cases/:reference/history`;
export const caseHistoryPath = (reference: string) =>
  `${caseworkerBasePath}/cases/${encodeURIComponent(reference)}/history`;

/** The session cookie: HttpOnly, Secure, SameSite=Strict, Path=/api. */
export const caseworkerSessionCookie = 'zb_caseworker_session';
/** The header that carries the session's CSRF token on every POST, PUT, PATCH and DELETE. */
export const csrfHeader = 'X-CSRF-Token';

export const caseworkerUsernameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9._-]{2,63}$/, 'a username is 3 to 64 of a-z, 0-9, dot, dash, underscore');

export const caseworkerLoginRequestSchema = z.strictObject({
  // Any text up to a length: a malformed name gets the same 401 as an unknown one, never a 400 that tells.
  username: z.string().min(1).max(200),
  password: z.string().min(1).max(1024),
  totp: z.string().regex(/^\d{6}$/, 'six digits'),
});
export type CaseworkerLoginRequest = z.infer<typeof caseworkerLoginRequestSchema>;

/** The answer of login, GET session and keep-alive. */
export const caseworkerSessionSchema = z.strictObject({
  caseworker: z.strictObject({ id: z.string().min(1), displayName: z.string().min(1) }),
  /** The idle timeout in seconds; each authenticated request but GET session moves idleExpiresAt. */
  idleTimeoutSeconds: z.number().int().positive(),
  /** When the session ends without activity (never after absoluteExpiresAt): the UI warns before (WCAG 2.2.1). */
  idleExpiresAt: z.iso.datetime(),
  /** When the session ends whatever happens (8 hours after login by default). */
  absoluteExpiresAt: z.iso.datetime(),
  csrfToken: z.string().min(32),
});
export type CaseworkerSession = z.infer<typeof caseworkerSessionSchema>;

export const caseHistoryEntrySchema = z.strictObject({
  at: z.iso.datetime(),
  actorRole: z.string(),
  actorId: z.string().optional(),
  /** A caseworker's display name, when the actor is one. */
  actorName: z.string().optional(),
  action: z.string(),
  /** What inside the case the entry is about: a receipt's or file's id, a decision's kind. */
  detail: z.string().optional(),
  outcome: z.enum(['ok', 'refused', 'not-found', 'failed']),
});
export const caseHistorySchema = z.strictObject({
  reference: z.string(),
  entries: z.array(caseHistoryEntrySchema),
});
export type CaseHistory = z.infer<typeof caseHistorySchema>;

export const caseworkerProblemCodes = {
  /** 401: one answer for an unknown user, a wrong password, a wrong or used TOTP code and a disabled account. */
  loginFailed: 'caseworker.loginFailed',
  /** 429 with Retry-After: too many failed logins for this account or from this client. */
  loginLocked: 'caseworker.loginLocked',
  /** 401: no valid caseworker session (none, expired, logged out, or applicant credentials). */
  unauthenticated: 'auth.unauthenticated',
  /** 403: logged in, but in a role this endpoint does not admit. */
  forbidden: 'auth.forbidden',
  /** 403: a state-changing request without the session's CSRF token. */
  csrfMissing: 'auth.csrfMissing',
  /** 404: no submission has this reference. */
  caseNotFound: 'case.notFound',
} as const;
