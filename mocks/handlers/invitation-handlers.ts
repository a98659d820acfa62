import { http, HttpResponse } from 'msw';
import {
  caseworkerProblemCodes as authCodes,
  caseworkerSessionCookie,
  csrfHeader,
} from '../../src/api/contracts/caseworker-auth';
import {
  applicationInvitationPartRoute,
  applicationInvitationRoute,
  applicationInvitationsRoute,
  changeRequestDays,
  changeRequestRoute,
  applicationSecretHeader,
  applicationsPath,
  defaultInvitationDays,
  invitationLinkPrefix,
  invitationListSchema,
  invitationOpenPath,
  invitationProblemCodes as codes,
  invitationRequestSchema,
  maxInvitationsPerApplication,
  maxMemberPartBytes,
  memberLogoutPath,
  memberPartContentType,
  memberPartPath,
  memberSessionCookie,
  memberSessionPath,
  memberSessionTimes,
  openInvitationRequestSchema,
  registerApplicationRequestSchema,
  secret256Schema,
  type CreatedInvitation,
  type HandedInPart,
  type MemberPartState,
  type MemberSession,
  type RegisteredApplication,
} from '../../src/api/contracts/invitations';
import { readMemberPartBag } from '../../src/documents/member-part/read-member-part-bag';
import { notThisInvitationErrors, refusedBagErrors } from '../../src/api/contracts/member-part-errors';
import {
  normalizeShortCode,
  shortCodeFromBytes,
  shortCodeSourceBytes,
} from '../../src/domain/invitations/invitation-short-code';
import {
  invitationStateAt,
  isAdultOnFirstJanuary,
  wrongAttemptsBeforeLock,
  type InvitationState,
} from '../../src/domain/invitations/invitation-state';
import { memberPartSummarySchema } from '../../src/domain/member-part/member-part-summary';
import {
  invitationByToken,
  invitationsOf,
  mockApplications,
  mockInvitations,
  mockMemberParts,
  mockMemberSessions,
  type MockApplication,
  type MockInvitation,
  type MockMemberSession,
} from '../store/invitation-store';
import { authenticated } from './caseworker-handlers';
import { problem } from './problem';
import { sha256Hex } from './web-sha256';

/**
 * The twin of the server's invitations (src/server/invitations, issue 14): registration, invitations with link
 * token and short code, their states by the clock, withdrawal, opening with the lock after the sixth wrong
 * code, the member session with cookie and CSRF token, and the 403 for a member's session on applicant and
 * caseworker endpoints; the member's part handed in (verified by the same reader, in this thread), withdrawn and
 * its state, the applicant's summary of it and change requests. It keeps no per-address throttles and no audit
 * log (the server's tests cover both).
 */
const cookieAttributes = 'Path=/api; HttpOnly; Secure; SameSite=Strict';
const noStore = { 'Cache-Control': 'no-store' };
const dayMs = 24 * 60 * 60 * 1000;

const base64url = (bytes: Uint8Array) =>
  btoa(String.fromCharCode(...bytes))
    .replaceAll('+', '-')
    .replaceAll('/', '_')
    .replace(/=+$/, '');
const random256 = () => base64url(crypto.getRandomValues(new Uint8Array(32)));
const hashOf = (text: string) => sha256Hex(new TextEncoder().encode(text));
const iso = (ms: number) => new Date(ms).toISOString();

const invalid = (title: string, issues: { path: PropertyKey[]; message: string }[]) =>
  problem(
    400,
    'request.invalid',
    title,
    issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message })),
  );
const forbidden = () => problem(403, authCodes.forbidden, 'This is not open to your role');

const stateOf = (invitation: MockInvitation, now: number): InvitationState =>
  invitationStateAt(
    {
      expiresAt: new Date(invitation.expiresAt),
      openedAt: invitation.openedAt === null ? null : new Date(invitation.openedAt),
      handedInAt: invitation.handedInAt === null ? null : new Date(invitation.handedInAt),
      withdrawnAt: invitation.withdrawnAt === null ? null : new Date(invitation.withdrawnAt),
      lockedAt: invitation.lockedAt === null ? null : new Date(invitation.lockedAt),
    },
    new Date(now),
  );

/** The live member session behind the cookie, as the server's findMemberSession; ended ones are forgotten. */
async function liveMemberSession(
  cookies: Record<string, string>,
): Promise<{ key: string; session: MockMemberSession; invitation: MockInvitation } | undefined> {
  const sessionId = cookies[memberSessionCookie];
  if (!sessionId) return undefined;
  const key = await hashOf(sessionId);
  const session = mockMemberSessions.get(key);
  const invitation = session ? mockInvitations.get(session.invitationId) : undefined;
  const now = Date.now();
  if (!session || !invitation) return undefined;
  const state = stateOf(invitation, now);
  const over = now >= session.idleExpiresAt || now >= session.absoluteExpiresAt;
  if (over || state === 'withdrawn' || state === 'locked' || state === 'expired') {
    mockMemberSessions.delete(key);
    return undefined;
  }
  return { key, session, invitation };
}

/** A live session of a logged-in role (a caseworker's or a member's) on the request. */
async function loggedIn(request: Request, cookies: Record<string, string>): Promise<boolean> {
  if (cookies[caseworkerSessionCookie]) {
    const caseworker = await authenticated(request, cookies, { slides: false });
    if (!(caseworker instanceof Response) || caseworker.status !== 401) return true;
  }
  return (await liveMemberSession(cookies)) !== undefined;
}

/** The applicant's application by id and X-Application-Secret, or the server's one 401 (or 403 for a login). */
async function applicantApplication(
  request: Request,
  cookies: Record<string, string>,
  applicationId: string,
) {
  if (await loggedIn(request, cookies)) return forbidden();
  const typed = request.headers.get(applicationSecretHeader);
  const found = mockApplications.get(applicationId);
  if (!found || typed === null || (await hashOf(typed)) !== found.secretSha256) {
    return problem(
      401,
      codes.applicationUnauthenticated,
      `The ${applicationSecretHeader} header is missing or wrong`,
    );
  }
  return found;
}

/** The member endpoints' access check: a live member session (401 without, 403 for a caseworker), CSRF on POST. */
async function memberAccess(request: Request, cookies: Record<string, string>, slides: boolean) {
  const found = await liveMemberSession(cookies);
  if (!found) {
    if (cookies[caseworkerSessionCookie] && (await loggedIn(request, cookies))) return forbidden();
    const response = problem(401, authCodes.unauthenticated, 'Please log in');
    if (cookies[memberSessionCookie])
      response.headers.set('Set-Cookie', `${memberSessionCookie}=; ${cookieAttributes}; Max-Age=0`);
    return response;
  }
  if (request.method !== 'GET' && request.headers.get(csrfHeader) !== found.session.csrfToken) {
    return problem(403, authCodes.csrfMissing, `The ${csrfHeader} header is missing or wrong`);
  }
  if (slides) {
    found.session.idleExpiresAt = Math.min(
      Date.now() + memberSessionTimes.idleMs,
      found.session.absoluteExpiresAt,
    );
  }
  return found;
}

function memberAnswer(session: MockMemberSession, invitation: MockInvitation): MemberSession {
  const application = mockApplications.get(invitation.applicationId);
  if (!application) throw new Error('an invitation without its application');
  return {
    invitationId: invitation.id,
    memberId: invitation.memberId,
    year: application.year,
    invitedBy: { givenName: application.applicantGivenName },
    member: {
      givenName: invitation.givenName,
      familyName: invitation.familyName,
      relation: invitation.relation,
    },
    expiresAt: iso(invitation.expiresAt),
    idleExpiresAt: iso(session.idleExpiresAt),
    absoluteExpiresAt: iso(session.absoluteExpiresAt),
    csrfToken: session.csrfToken,
  };
}

function refusalOf(state: InvitationState): Response | undefined {
  switch (state) {
    case 'withdrawn':
      return problem(410, codes.withdrawn, 'The invitation was withdrawn');
    case 'locked':
      return problem(423, codes.locked, 'The invitation is locked; please ask for a new one');
    case 'expired':
      return problem(410, codes.expired, 'The invitation has expired');
    default:
      return undefined;
  }
}

const applicationSent = () =>
  problem(409, codes.applicationSent, 'The application was sent; its members’ parts are final');

/** The applicant's invitation by id, or the server's 404. */
const applicantInvitation = (application: MockApplication, invitationId: string) => {
  const invitation = mockInvitations.get(invitationId);
  return invitation && invitation.applicationId === application.id
    ? invitation
    : problem(404, codes.notFound, 'This application has no such invitation');
};

/** Hands in the member's bag, as the server's PUT member/part: verified, checked against the session, stored. */
async function handIn(request: Request, invitation: MockInvitation): Promise<Response> {
  const contentType = request.headers.get('Content-Type');
  const bytes = new Uint8Array(await request.arrayBuffer());
  if (contentType !== null && contentType.split(';')[0]?.trim() !== memberPartContentType) {
    return bytes.byteLength === 0
      ? problem(400, codes.partEmpty, 'The part is empty')
      : problem(415, 'request.unsupportedMediaType', `The part must be sent as ${memberPartContentType}`);
  }
  if (bytes.byteLength === 0) return problem(400, codes.partEmpty, 'The part is empty');
  if (bytes.byteLength > maxMemberPartBytes)
    return problem(413, 'request.tooLarge', 'The request body is too large');
  const application = mockApplications.get(invitation.applicationId);
  if (!application) throw new Error('an invitation without its application');
  if (application.sentAt !== undefined) return applicationSent();
  const read = readMemberPartBag(bytes);
  if (!read.ok) {
    return problem(
      422,
      codes.partInvalid,
      'The part does not pass verification',
      refusedBagErrors(read.problems),
    );
  }
  const { document } = read;
  const mismatches = notThisInvitationErrors(document, {
    invitationId: invitation.id,
    memberId: invitation.memberId,
    year: application.year,
  });
  if (mismatches.length > 0) {
    return problem(422, codes.partNotThisInvitation, 'The part was made for another invitation', mismatches);
  }
  const now = Date.now();
  const sha256 = await sha256Hex(bytes);
  mockMemberParts.set(invitation.id, {
    sha256,
    bytes,
    summary: {
      incomeCents: document.summary.incomeCents,
      reducedRate: document.summary.reducedRate,
      coPayments: document.summary.coPayments.map(({ date, amountCents }) => ({ date, amountCents })),
    },
    handedInAt: now,
  });
  invitation.handedInAt = now;
  delete invitation.changeRequestedAt;
  const body: HandedInPart = { sha256, state: 'handedIn' };
  return HttpResponse.json(body, { headers: noStore });
}

export const invitationHandlers = [
  // Before the caseworker's handlers: a member's session on a caseworker endpoint is a login of another role.
  http.all('/api/v1/caseworker/*', async ({ cookies }) => {
    if (!cookies[caseworkerSessionCookie] && (await liveMemberSession(cookies))) return forbidden();
    return undefined;
  }),

  http.post(applicationsPath, async ({ request }) => {
    const parsed = registerApplicationRequestSchema.safeParse(await request.json().catch(() => undefined));
    if (!parsed.success) return invalid('Invalid registration', parsed.error.issues);
    const secret = random256();
    const id = crypto.randomUUID();
    mockApplications.set(id, {
      id,
      secretSha256: await hashOf(secret),
      year: parsed.data.year,
      applicantGivenName: parsed.data.applicantGivenName,
    });
    const body: RegisteredApplication = { applicationId: id, applicationSecret: secret };
    return HttpResponse.json(body, { status: 201, headers: noStore });
  }),

  http.post<{ applicationId: string }>(applicationInvitationsRoute, async ({ request, cookies, params }) => {
    const application = await applicantApplication(request, cookies, params.applicationId);
    if (application instanceof Response) return application;
    const parsed = invitationRequestSchema.safeParse(await request.json().catch(() => undefined));
    if (!parsed.success) return invalid('Invalid invitation', parsed.error.issues);
    if (!isAdultOnFirstJanuary(parsed.data.birthDate, application.year)) {
      return problem(
        422,
        codes.memberNotAdult,
        `Only members who are 18 on 1 January ${application.year} can be invited`,
      );
    }
    if (invitationsOf(application.id).length >= maxInvitationsPerApplication) {
      return problem(
        409,
        codes.tooMany,
        `An application can make at most ${maxInvitationsPerApplication} invitations`,
      );
    }
    const now = Date.now();
    const id = crypto.randomUUID();
    const token = random256();
    const shortCode = shortCodeFromBytes(crypto.getRandomValues(new Uint8Array(shortCodeSourceBytes)));
    const { expiresInDays, ...member } = parsed.data;
    const invitation: MockInvitation = {
      ...member,
      id,
      applicationId: application.id,
      tokenSha256: await hashOf(token),
      codeSha256: await hashOf(`${id}:${shortCode}`),
      createdAt: now,
      expiresAt: now + (expiresInDays ?? defaultInvitationDays) * dayMs,
      openedAt: null,
      handedInAt: null,
      withdrawnAt: null,
      lockedAt: null,
      failedAttempts: 0,
    };
    mockInvitations.set(id, invitation);
    const body: CreatedInvitation = {
      invitationId: id,
      link: `${invitationLinkPrefix}${token}`,
      shortCode,
      expiresAt: iso(invitation.expiresAt),
      state: 'open',
    };
    return HttpResponse.json(body, { status: 201, headers: noStore });
  }),

  http.get<{ applicationId: string }>(applicationInvitationsRoute, async ({ request, cookies, params }) => {
    const application = await applicantApplication(request, cookies, params.applicationId);
    if (application instanceof Response) return application;
    const now = Date.now();
    const body = invitationListSchema.parse({
      invitations: invitationsOf(application.id)
        .sort((a, b) => a.createdAt - b.createdAt)
        .map((invitation) => ({
          invitationId: invitation.id,
          memberId: invitation.memberId,
          givenName: invitation.givenName,
          familyName: invitation.familyName,
          state: stateOf(invitation, now),
          createdAt: iso(invitation.createdAt),
          expiresAt: iso(invitation.expiresAt),
        })),
    });
    return HttpResponse.json(body, { headers: noStore });
  }),

  http.delete<{ applicationId: string; invitationId: string }>(
    applicationInvitationRoute,
    async ({ request, cookies, params }) => {
      const application = await applicantApplication(request, cookies, params.applicationId);
      if (application instanceof Response) return application;
      const invitation = mockInvitations.get(params.invitationId);
      if (!invitation || invitation.applicationId !== application.id) {
        return problem(404, codes.notFound, 'This application has no such invitation');
      }
      if (invitation.handedInAt !== null)
        return problem(409, codes.handedIn, 'The member has handed in their part');
      invitation.withdrawnAt ??= Date.now();
      for (const [key, session] of mockMemberSessions) {
        if (session.invitationId === invitation.id) mockMemberSessions.delete(key);
      }
      return new HttpResponse(null, { status: 204, headers: noStore });
    },
  ),

  http.post(invitationOpenPath, async ({ request }) => {
    const parsed = openInvitationRequestSchema.safeParse(await request.json().catch(() => undefined));
    if (!parsed.success) return invalid('Invalid request', parsed.error.issues);
    const invitation = secret256Schema.safeParse(parsed.data.token).success
      ? invitationByToken(await hashOf(parsed.data.token))
      : undefined;
    if (!invitation) return problem(404, codes.notFound, 'No invitation has this link');
    const now = Date.now();
    const refused = refusalOf(stateOf(invitation, now));
    if (refused) return refused;
    const code = normalizeShortCode(parsed.data.shortCode);
    const right =
      code !== undefined &&
      (await hashOf(`${invitation.id}:${code}`)) === invitation.codeSha256 &&
      parsed.data.birthDate === invitation.birthDate;
    if (!right) {
      invitation.failedAttempts += 1;
      if (invitation.failedAttempts >= wrongAttemptsBeforeLock) {
        invitation.lockedAt ??= now;
        return refusalOf('locked');
      }
      return problem(401, codes.wrongCode, 'The code or the date of birth is not right');
    }
    invitation.openedAt ??= now;
    const sessionId = random256();
    const absoluteExpiresAt = now + memberSessionTimes.absoluteMs;
    const session: MockMemberSession = {
      invitationId: invitation.id,
      csrfToken: random256(),
      idleExpiresAt: Math.min(now + memberSessionTimes.idleMs, absoluteExpiresAt),
      absoluteExpiresAt,
    };
    mockMemberSessions.set(await hashOf(sessionId), session);
    return HttpResponse.json(memberAnswer(session, invitation), {
      headers: { ...noStore, 'Set-Cookie': `${memberSessionCookie}=${sessionId}; ${cookieAttributes}` },
    });
  }),

  http.get(memberSessionPath, async ({ request, cookies }) => {
    const found = await memberAccess(request, cookies, false);
    if (found instanceof Response) return found;
    return HttpResponse.json(memberAnswer(found.session, found.invitation), { headers: noStore });
  }),

  http.post(memberLogoutPath, async ({ request, cookies }) => {
    const found = await memberAccess(request, cookies, true);
    if (found instanceof Response) return found;
    mockMemberSessions.delete(found.key);
    return new HttpResponse(null, {
      status: 204,
      headers: { ...noStore, 'Set-Cookie': `${memberSessionCookie}=; ${cookieAttributes}; Max-Age=0` },
    });
  }),
  http.put(memberPartPath, async ({ request, cookies }) => {
    const found = await memberAccess(request, cookies, true);
    if (found instanceof Response) return found;
    return handIn(request, found.invitation);
  }),

  http.delete(memberPartPath, async ({ request, cookies }) => {
    const found = await memberAccess(request, cookies, true);
    if (found instanceof Response) return found;
    if (mockApplications.get(found.invitation.applicationId)?.sentAt !== undefined) return applicationSent();
    mockMemberParts.delete(found.invitation.id);
    found.invitation.handedInAt = null;
    return new HttpResponse(null, { status: 204, headers: noStore });
  }),

  http.get(memberPartPath, async ({ request, cookies }) => {
    const found = await memberAccess(request, cookies, true);
    if (found instanceof Response) return found;
    const part = mockMemberParts.get(found.invitation.id);
    const changeRequested = found.invitation.changeRequestedAt !== undefined;
    const applicationSent = mockApplications.get(found.invitation.applicationId)?.sentAt !== undefined;
    const body: MemberPartState = part
      ? {
          state: 'handedIn',
          sha256: part.sha256,
          handedInAt: iso(part.handedInAt),
          changeRequested,
          applicationSent,
        }
      : { state: 'opened', changeRequested, applicationSent };
    return HttpResponse.json(body, { headers: noStore });
  }),

  http.get<{ applicationId: string; invitationId: string }>(
    applicationInvitationPartRoute,
    async ({ request, cookies, params }) => {
      const application = await applicantApplication(request, cookies, params.applicationId);
      if (application instanceof Response) return application;
      const invitation = applicantInvitation(application, params.invitationId);
      if (invitation instanceof Response) return invitation;
      const part = mockMemberParts.get(invitation.id);
      if (!part) return problem(404, codes.partNotFound, 'The member has not handed in their part');
      // Exactly the summary: parsed strictly, so nothing else of the part can slip into the answer.
      const body = memberPartSummarySchema.parse({
        invitationId: invitation.id,
        memberId: invitation.memberId,
        sha256: part.sha256,
        ...part.summary,
      });
      return HttpResponse.json(body, { headers: noStore });
    },
  ),

  http.post<{ applicationId: string; invitationId: string }>(
    changeRequestRoute,
    async ({ request, cookies, params }) => {
      const application = await applicantApplication(request, cookies, params.applicationId);
      if (application instanceof Response) return application;
      const invitation = applicantInvitation(application, params.invitationId);
      if (invitation instanceof Response) return invitation;
      if (application.sentAt !== undefined) return applicationSent();
      const now = Date.now();
      if (stateOf(invitation, now) !== 'handedIn') {
        return problem(404, codes.partNotFound, 'The member has not handed in their part');
      }
      mockMemberParts.delete(invitation.id);
      invitation.handedInAt = null;
      invitation.changeRequestedAt = now;
      invitation.expiresAt = Math.max(invitation.expiresAt, now + changeRequestDays * dayMs);
      return new HttpResponse(null, { status: 204, headers: noStore });
    },
  ),
];
