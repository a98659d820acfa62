import { z } from 'zod';
import { memberPartSummarySchema } from '../../domain/member-part/member-part-summary';
import { invitationStates } from '../../domain/invitations/invitation-state';
import { shortCodePattern } from '../../domain/invitations/invitation-short-code';
import { applicationYearSchema, maxBundleBytes } from './submission';

/**
 * Invitations of family members (issue 14, first slice), shared by the server, the msw twin and the client.
 *
 * Three parties, three kinds of credentials, each reaching only its own endpoints:
 * - The applicant registers the application-to-be once and gets an application secret (256 random bits) that
 *   the draft keeps, encrypted with everything else in it. Every applicant endpoint takes it in the
 *   X-Application-Secret header; the server keeps only its SHA-256. The applicant has no login: a request that
 *   carries a caseworker's or a member's session cookie is refused with 403 (a logged-in role that is not the
 *   applicant), whatever secret it carries.
 * - A member opens their invitation with the link's token, the short code the applicant tells them separately and
 *   their own date of birth, and gets a session: HttpOnly cookie `zb_member_session` (Secure, SameSite=Strict,
 *   Path=/api), idle 30 minutes, at most 4 hours, a CSRF token for state changes (X-CSRF-Token, as for
 *   caseworkers). The session reaches the member endpoints only (403 elsewhere) and ends when the invitation is
 *   withdrawn, locked or expires.
 * - Caseworkers never reach these endpoints (403).
 *
 * The member's part (second slice, ADR 0024):
 * - `PUT /api/v1/member/part` (member session, CSRF; application/zip up to 50 MB) takes the member's own bag,
 *   verified by the same reader as `bundle verify` (readMemberPartBag). Its member-part.json must name this
 *   session's invitation, the member's id and the application's year (else 422 memberPart.notThisInvitation). 200
 *   `{ sha256, state: 'handedIn' }`; handing in again replaces the part; 422 memberPart.invalid with the reader's
 *   problems; 409 application.sent once the application was sent.
 * - `DELETE /api/v1/member/part` withdraws it until the application is sent (204, also when nothing was handed
 *   in; the invitation is 'opened' again; 409 once sent). `GET /api/v1/member/part` answers the member's own
 *   state `{ state, sha256?, handedInAt?, changeRequested, applicationSent }` for their app.
 * - The applicant's view of it: `GET /api/v1/applications/{applicationId}/invitations/{invitationId}/part`
 *   (application secret) answers exactly memberPartSummarySchema (src/domain/member-part): what the limit and the
 *   day it is reached need, never the member's files, providers, categories or diagnoses; 404 memberPart.notFound
 *   until handed in. `POST .../part/change-request` (no body: a message could carry health data) asks the member
 *   for changes: 204, the part is deleted, the invitation is 'opened' again with `changeRequested` for the member,
 *   and it stays open at least 14 more days from the request.
 * - Sending the application cites each member's part by its SHA-256; the server then ends the invitations
 *   (a later slice).
 */

export const applicationsPath = '/api/v1/applications';
export const applicationInvitationsRoute = `${applicationsPath}/:applicationId/invitations`;
export const applicationInvitationsPath = (applicationId: string) =>
  `${applicationsPath}/${encodeURIComponent(applicationId)}/invitations`;
export const applicationInvitationRoute = `${applicationInvitationsRoute}/:invitationId`;
export const applicationInvitationPath = (applicationId: string, invitationId: string) =>
  `${applicationInvitationsPath(applicationId)}/${encodeURIComponent(invitationId)}`;
export const invitationOpenPath = '/api/v1/invitations/open';
export const memberSessionPath = '/api/v1/member/session';
export const memberLogoutPath = '/api/v1/member/logout';
/** The member's own part: PUT hands it in, DELETE withdraws it, GET tells its state. */
export const memberPartPath = '/api/v1/member/part';
export const applicationInvitationPartRoute = `${applicationInvitationRoute}/part`;
export const applicationInvitationPartPath = (applicationId: string, invitationId: string) =>
  `${applicationInvitationPath(applicationId, invitationId)}/part`;
export const changeRequestRoute = `${applicationInvitationPartRoute}/change-request`;
export const changeRequestPath = (applicationId: string, invitationId: string) =>
  `${applicationInvitationPartPath(applicationId, invitationId)}/change-request`;

/** The applicant's credential on every applicant endpoint. */
export const applicationSecretHeader = 'X-Application-Secret';
/** The member's session cookie: HttpOnly, Secure, SameSite=Strict, Path=/api. */
export const memberSessionCookie = 'zb_member_session';
/** The page of the app a member's link opens; the token follows. */
export const invitationLinkPrefix = '/mitwirken/';

/** Days an invitation stays open unless the applicant chooses otherwise (1 to 30). */
export const defaultInvitationDays = 14;
/** Invitations one application may make in all (withdrawn, expired and locked ones count). */
export const maxInvitationsPerApplication = 20;

/** 256 random bits in base64url without padding: the application secret, an invitation's token. */
export const secret256Schema = z.string().regex(/^[A-Za-z0-9_-]{43}$/, '256 bits in base64url');

const isoDate = z.iso.date();
const personName = z.string().trim().min(1).max(100);

export const registerApplicationRequestSchema = z.strictObject({
  year: applicationYearSchema,
  /**
   * The applicant's given name: the only thing about the applicant a member is shown ("Anna hat Sie
   * eingeladen"), so that they know whose invitation it is.
   */
  applicantGivenName: personName,
});
export type RegisterApplicationRequest = z.infer<typeof registerApplicationRequestSchema>;

/** 201: the application-to-be. The secret is shown once; the draft keeps it, encrypted. */
export const registeredApplicationSchema = z.strictObject({
  applicationId: z.uuid(),
  applicationSecret: secret256Schema,
});
export type RegisteredApplication = z.infer<typeof registeredApplicationSchema>;

export const memberRelations = ['spouse', 'child', 'other'] as const;
export type MemberRelation = (typeof memberRelations)[number];

export const invitationRequestSchema = z.strictObject({
  /** The member's id in the applicant's draft (application.json's members[].id). */
  memberId: z.string().min(1).max(64),
  relation: z.enum(memberRelations),
  givenName: personName,
  familyName: personName,
  /**
   * As the applicant typed it about the member. The server keeps it to check the member's confirmation: the
   * member types their own date of birth with the code, so a link and code that reached someone else open
   * nothing, and the member sees at once when the applicant invited the wrong person. Only adults are invited
   * (18 on 1 January of the application year; else 422 invitation.memberNotAdult).
   */
  birthDate: isoDate,
  expiresInDays: z.number().int().min(1).max(30).optional(),
});
export type InvitationRequest = z.infer<typeof invitationRequestSchema>;

export const invitationStateSchema = z.enum(invitationStates);

/** 201: the new invitation. The link and the short code are shown once; the server keeps neither in clear. */
export const createdInvitationSchema = z.strictObject({
  invitationId: z.uuid(),
  /** The path of the member's page with the token, e.g. "/mitwirken/Xq3…"; the app adds its own origin. */
  link: z.string().regex(/^\/mitwirken\/[A-Za-z0-9_-]{43}$/),
  /** Told separately (phone, paper): never in the link. */
  shortCode: z.string().regex(shortCodePattern),
  expiresAt: z.iso.datetime(),
  state: z.literal('open'),
});
export type CreatedInvitation = z.infer<typeof createdInvitationSchema>;

export const invitationSummarySchema = z.strictObject({
  invitationId: z.uuid(),
  memberId: z.string(),
  givenName: z.string(),
  familyName: z.string(),
  /** With the server's clock: 'expired' once now ≥ expiresAt, unless handed in, withdrawn or locked first. */
  state: invitationStateSchema,
  createdAt: z.iso.datetime(),
  expiresAt: z.iso.datetime(),
});
export type InvitationSummary = z.infer<typeof invitationSummarySchema>;

/** 200: the application's invitations, oldest first. */
export const invitationListSchema = z.strictObject({ invitations: z.array(invitationSummarySchema) });
export type InvitationList = z.infer<typeof invitationListSchema>;

export const openInvitationRequestSchema = z.strictObject({
  token: z.string().min(1).max(200),
  /** Any typing of the code: case, spaces and dashes do not matter, O reads as 0 and I or L as 1. */
  shortCode: z.string().min(1).max(40),
  birthDate: isoDate,
});
export type OpenInvitationRequest = z.infer<typeof openInvitationRequestSchema>;

/**
 * 200 of open and of GET member/session: what the member needs to fill in their own part, and nothing about the
 * applicant or other members beyond the applicant's given name.
 */
export const memberSessionSchema = z.strictObject({
  invitationId: z.uuid(),
  /** The member's id in the applicant's draft: the member's part is filed under it (member-part.json memberId). */
  memberId: z.string().min(1).max(64),
  year: applicationYearSchema,
  invitedBy: z.strictObject({ givenName: z.string() }),
  member: z.strictObject({
    givenName: z.string(),
    familyName: z.string(),
    relation: z.enum(memberRelations),
  }),
  /** When the invitation expires: the member's part must be handed in before. */
  expiresAt: z.iso.datetime(),
  /** The session's idle end (30 minutes after the last request) and absolute end (4 hours after opening). */
  idleExpiresAt: z.iso.datetime(),
  absoluteExpiresAt: z.iso.datetime(),
  csrfToken: z.string().min(32),
});
export type MemberSession = z.infer<typeof memberSessionSchema>;

/** The member session's idle timeout and absolute lifetime. */
export const memberSessionTimes = { idleMs: 30 * 60 * 1000, absoluteMs: 4 * 60 * 60 * 1000 } as const;

/** The member's bag: a zip like the applicant's bundle, with the same size limit. */
export const memberPartContentType = 'application/zip';
export const maxMemberPartBytes = maxBundleBytes;
/** Days an invitation stays open at least after the applicant asks for changes, so the member can make them. */
export const changeRequestDays = defaultInvitationDays;

const sha256HexSchema = z.string().regex(/^[0-9a-f]{64}$/);

/** 200 of PUT member/part: the bag as the server verified and stored it. */
export const handedInPartSchema = z.strictObject({ sha256: sha256HexSchema, state: z.literal('handedIn') });
export type HandedInPart = z.infer<typeof handedInPartSchema>;

/**
 * 200 of GET member/part: the member's own view of their part. While the member's session lives the invitation
 * is 'opened' (nothing handed in, or the part was withdrawn or a change was asked for) or 'handedIn' (with the
 * stored bag's SHA-256 and when). `changeRequested`: the applicant asked for changes since the last hand-in.
 */
export const memberPartStateSchema = z.strictObject({
  state: z.enum(['opened', 'handedIn']),
  sha256: sha256HexSchema.optional(),
  handedInAt: z.iso.datetime().optional(),
  changeRequested: z.boolean(),
  /** The application was sent: the part is final (PUT and DELETE answer 409 application.sent). */
  applicationSent: z.boolean(),
});
export type MemberPartState = z.infer<typeof memberPartStateSchema>;

/** 200 of the applicant's GET .../part: exactly the summary, nothing of the member's bag beyond it. */
export const applicantPartSchema = memberPartSummarySchema;

export const invitationProblemCodes = {
  /** 401: the X-Application-Secret header is missing or wrong, or no application has this id (one answer). */
  applicationUnauthenticated: 'application.unauthenticated',
  /** 422: the member is under 18 on 1 January of the application year. */
  memberNotAdult: 'invitation.memberNotAdult',
  /** 409: the application has made its 20 invitations. */
  tooMany: 'invitation.tooMany',
  /** 404: no invitation has this token (open), or this application has no invitation with this id. */
  notFound: 'invitation.notFound',
  /** 401: the short code or the date of birth is wrong. How many attempts remain is not told. */
  wrongCode: 'invitation.wrongCode',
  /** 410: the invitation expired; the applicant may invite again. */
  expired: 'invitation.expired',
  /** 410: the applicant withdrew the invitation. */
  withdrawn: 'invitation.withdrawn',
  /** 423: six wrong codes locked the invitation for good; the applicant must invite again. */
  locked: 'invitation.locked',
  /** 409: the member has handed in their part; the invitation cannot be withdrawn. */
  handedIn: 'invitation.handedIn',
  /** 409: the application was sent; the members' parts it cites can no longer change. */
  applicationSent: 'application.sent',
  /** 404: the member has not handed in a part (or it was withdrawn, or a change was asked for). */
  partNotFound: 'memberPart.notFound',
  /** 400: PUT member/part without a body. */
  partEmpty: 'memberPart.empty',
  /** 422: the bag does not pass verification; `errors` lists the reader's problems (path and message). */
  partInvalid: 'memberPart.invalid',
  /** 422: the bag is valid but names another invitation, member or year than this session's. */
  partNotThisInvitation: 'memberPart.notThisInvitation',
} as const;
