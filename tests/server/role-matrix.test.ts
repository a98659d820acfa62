import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseworkerSessionCookie, csrfHeader } from '../../src/api/contracts/caseworker-auth';
import {
  invitationOpenPath,
  memberSessionCookie,
  memberSessionSchema,
} from '../../src/api/contracts/invitations';
import { providerSessionCookie } from '../../src/api/contracts/provider-check';
import { abrufcodeHeader } from '../../src/api/contracts/submission';
import { roles, type Role } from '../../src/server/auth/roles';
import { createCaseworker } from '../../src/server/caseworker/caseworker-repository';
import { createSession } from '../../src/server/caseworker/sessions';
import {
  codeHmac,
  newSecret256,
  newShortCode,
  sha256Hex,
  tokenHmac,
} from '../../src/server/invitations/invitation-credentials';
import { createInvitation, registerApplication } from '../../src/server/invitations/invitation-repository';
import { newestLetter } from '../../src/server/providers/provider-letters';
import { createProviderSession } from '../../src/server/providers/provider-sessions';
import { loadServerSecret } from '../../src/server/secrets/server-secret';
import { unusablePassword } from '../support/caseworker-sessions';
import {
  ensureRegisterEntry,
  ikOf,
  providerApiKey,
  providerClient,
  registerActiveProvider,
  requestLetter,
} from '../support/provider-sessions';
import { startTestServer, type TestServer } from '../support/test-server';

/**
 * Every endpoint × every role → the status a request of that role gets. Each issue that adds an endpoint or a
 * role adds its row or column here; an endpoint missing from the table fails the test, so nothing is added
 * without deciding who may call it. The request is the plainest one (no body, no codes): for public endpoints
 * it shows what anyone gets, for guarded ones that a missing login is refused before anything else.
 */
type Row = {
  method: string;
  url: string;
  demoOnly?: boolean;
  /** The route admits a provider's API key as well as its session (config providerApiKey, issue 15). */
  providerApiKey?: boolean;
  expected: Partial<Record<Role, number>>;
};

const matrix: Row[] = [
  { method: 'GET', url: '/healthz', expected: { none: 200 } },
  { method: 'GET', url: '/readyz', expected: { none: 200 } },
  { method: 'GET', url: '/api/v1/service-info', expected: { none: 200 } },
  // Public, but a bare request is not a report.
  { method: 'POST', url: '/api/v1/accessibility-feedback', expected: { none: 400 } },
  // Public, but a bare request has no Idempotency-Key.
  { method: 'POST', url: '/api/v1/submissions', expected: { none: 400 } },
  // Public, but without the Abrufcode nothing is told.
  { method: 'GET', url: '/api/v1/submissions/:reference', expected: { none: 400 } },
  // Public: anybody may try to log in; a bare request is no login.
  { method: 'POST', url: '/api/v1/caseworker/login', expected: { none: 400 } },
  // Caseworkers only (issue 13): a member's session (issue 14) or a provider's (issue 15) is a login of another
  // role, 403.
  {
    method: 'GET',
    url: '/api/v1/caseworker/session',
    expected: { none: 401, member: 403, caseworker: 200, provider: 403 },
  },
  {
    method: 'POST',
    url: '/api/v1/caseworker/session/keep-alive',
    expected: { none: 401, member: 403, caseworker: 200, provider: 403 },
  },
  {
    method: 'POST',
    url: '/api/v1/caseworker/logout',
    expected: { none: 401, member: 403, caseworker: 204, provider: 403 },
  },
  {
    method: 'GET',
    url: '/api/v1/caseworker/cases/:reference/history',
    // Admitted; no case has this reference in a fresh database.
    expected: { none: 401, member: 403, caseworker: 404, provider: 403 },
  },
  {
    method: 'GET',
    url: '/api/v1/caseworker/cases',
    // The queue (issue 13, deliverable 3): an empty page in a fresh database.
    expected: { none: 401, member: 403, caseworker: 200, provider: 403 },
  },
  {
    method: 'POST',
    url: '/api/v1/caseworker/cases/:reference/assign',
    // Admitted with the CSRF token; no case has this reference in a fresh database.
    expected: { none: 401, member: 403, caseworker: 404, provider: 403 },
  },
  // The case in the caseworker's hands (issue 13, deliverables 4 to 6): admitted; no case has this reference.
  {
    method: 'GET',
    url: '/api/v1/caseworker/cases/:reference/bundle',
    expected: { none: 401, member: 403, caseworker: 404, provider: 403 },
  },
  {
    method: 'GET',
    url: '/api/v1/caseworker/cases/:reference/review',
    expected: { none: 401, member: 403, caseworker: 404, provider: 403 },
  },
  {
    method: 'PUT',
    url: '/api/v1/caseworker/cases/:reference/receipts/:receiptId/mark',
    expected: { none: 401, member: 403, caseworker: 404, provider: 403 },
  },
  {
    method: 'PUT',
    url: '/api/v1/caseworker/cases/:reference/incomes/:incomeId/check',
    expected: { none: 401, member: 403, caseworker: 404, provider: 403 },
  },
  {
    method: 'POST',
    url: '/api/v1/caseworker/cases/:reference/attachments/viewed',
    expected: { none: 401, member: 403, caseworker: 404, provider: 403 },
  },
  {
    method: 'POST',
    url: '/api/v1/caseworker/cases/:reference/decision',
    expected: { none: 401, member: 403, caseworker: 404, provider: 403 },
  },
  {
    method: 'POST',
    url: '/api/v1/caseworker/cases/:reference/decision/second-approval',
    expected: { none: 401, member: 403, caseworker: 404, provider: 403 },
  },
  {
    method: 'GET',
    url: '/api/v1/caseworker/cases/:reference/letters/:letterId',
    expected: { none: 401, member: 403, caseworker: 404, provider: 403 },
  },
  {
    method: 'GET',
    url: '/api/v1/caseworker/cases/:reference/uploads/:uploadId',
    expected: { none: 401, member: 403, caseworker: 404, provider: 403 },
  },
  // The members' parts a case cites (issue 14): admitted; no case has this reference.
  {
    method: 'GET',
    url: '/api/v1/caseworker/cases/:reference/member-parts',
    expected: { none: 401, member: 403, caseworker: 404, provider: 403 },
  },
  {
    method: 'GET',
    url: '/api/v1/caseworker/cases/:reference/member-parts/:invitationId',
    expected: { none: 401, member: 403, caseworker: 404, provider: 403 },
  },
  // The applicant's side of a case: public, but without the Abrufcode nothing is told or taken.
  { method: 'GET', url: '/api/v1/submissions/:reference/letters/:letterId', expected: { none: 400 } },
  { method: 'POST', url: '/api/v1/submissions/:reference/documents', expected: { none: 400 } },
  // Invitations of family members (issue 14). Registering is public (a bare request is no registration); the
  // applicant's endpoints take the application secret (none: 401 without it) and refuse every logged-in role.
  { method: 'POST', url: '/api/v1/applications', expected: { none: 400, member: 400 } },
  {
    method: 'POST',
    url: '/api/v1/applications/:applicationId/invitations',
    expected: { none: 401, member: 403, caseworker: 403, provider: 403 },
  },
  {
    method: 'GET',
    url: '/api/v1/applications/:applicationId/invitations',
    expected: { none: 401, member: 403, caseworker: 403, provider: 403 },
  },
  {
    method: 'DELETE',
    url: '/api/v1/applications/:applicationId/invitations/:invitationId',
    expected: { none: 401, member: 403, caseworker: 403, provider: 403 },
  },
  // Public: a member opens their invitation with link token, code and birth date; a bare request opens nothing.
  { method: 'POST', url: '/api/v1/invitations/open', expected: { none: 400, member: 400 } },
  // Members only: their session (for reloads) and logout.
  {
    method: 'GET',
    url: '/api/v1/member/session',
    expected: { none: 401, member: 200, caseworker: 403, provider: 403 },
  },
  {
    method: 'POST',
    url: '/api/v1/member/logout',
    expected: { none: 401, member: 204, caseworker: 403, provider: 403 },
  },
  // The member's own part (issue 14, second slice): members only, each session reaching its own invitation's part.
  // A bare PUT hands in nothing (400 memberPart.empty); a DELETE with nothing handed in is answered 204.
  {
    method: 'PUT',
    url: '/api/v1/member/part',
    expected: { none: 401, member: 400, caseworker: 403, provider: 403 },
  },
  {
    method: 'DELETE',
    url: '/api/v1/member/part',
    expected: { none: 401, member: 204, caseworker: 403, provider: 403 },
  },
  {
    method: 'GET',
    url: '/api/v1/member/part',
    expected: { none: 401, member: 200, caseworker: 403, provider: 403 },
  },
  // The applicant's view of a member's part and the change request: application secret only; a member (even the
  // part's own) and a caseworker are refused.
  {
    method: 'GET',
    url: '/api/v1/applications/:applicationId/invitations/:invitationId/part',
    expected: { none: 401, member: 403, caseworker: 403, provider: 403 },
  },
  {
    method: 'POST',
    url: '/api/v1/applications/:applicationId/invitations/:invitationId/part/change-request',
    expected: { none: 401, member: 403, caseworker: 403, provider: 403 },
  },
  // Provider accounts (issue 15). Public: the challenge; a bare letter request or login is none.
  { method: 'GET', url: '/api/v1/provider/challenge', expected: { none: 200 } },
  { method: 'POST', url: '/api/v1/provider/letter-requests', expected: { none: 400 } },
  { method: 'POST', url: '/api/v1/provider/login', expected: { none: 400 } },
  // Providers only, with a session (an API key is no login here). The activation takes a bare body as invalid
  // before anything else; an active provider's session has no letter to activate.
  {
    method: 'POST',
    url: '/api/v1/provider/activation',
    expected: { none: 401, member: 403, caseworker: 403, provider: 400 },
  },
  {
    method: 'GET',
    url: '/api/v1/provider/session',
    expected: { none: 401, member: 403, caseworker: 403, provider: 200 },
  },
  {
    method: 'POST',
    url: '/api/v1/provider/session/keep-alive',
    expected: { none: 401, member: 403, caseworker: 403, provider: 200 },
  },
  {
    method: 'POST',
    url: '/api/v1/provider/logout',
    expected: { none: 401, member: 403, caseworker: 403, provider: 204 },
  },
  {
    method: 'GET',
    url: '/api/v1/provider/api-keys',
    expected: { none: 401, member: 403, caseworker: 403, provider: 200 },
  },
  // A bare request names no label.
  {
    method: 'POST',
    url: '/api/v1/provider/api-keys',
    expected: { none: 401, member: 403, caseworker: 403, provider: 400 },
  },
  // Admitted; the provider has no key with this id.
  {
    method: 'DELETE',
    url: '/api/v1/provider/api-keys/:keyId',
    expected: { none: 401, member: 403, caseworker: 403, provider: 404 },
  },
  // The status query: a provider's session or its software's API key (the same answer); a bare request asks
  // nothing (400). The history: the session only, an empty one in a fresh database.
  {
    method: 'POST',
    url: '/api/v1/provider/status-queries',
    providerApiKey: true,
    expected: { none: 401, member: 403, caseworker: 403, provider: 400 },
  },
  {
    method: 'GET',
    url: '/api/v1/provider/status-queries',
    expected: { none: 401, member: 403, caseworker: 403, provider: 200 },
  },
  // The insured person's view (issue 15): public, KVNR and card number in the body are the credential, so every
  // role gets what anybody gets — a bare body is no pair (400).
  {
    method: 'POST',
    url: '/api/v1/insured/status-checks',
    expected: { none: 400, member: 400, caseworker: 400, provider: 400 },
  },
  {
    method: 'POST',
    url: '/api/v1/insured/objections',
    expected: { none: 400, member: 400, caseworker: 400, provider: 400 },
  },
  {
    method: 'POST',
    url: '/api/v1/insured/objections/withdrawal',
    expected: { none: 400, member: 400, caseworker: 400, provider: 400 },
  },
  // The demo mailbox of providers' letters: without ?ik= nothing is listed.
  { method: 'GET', url: '/api/v1/demo/provider-letters', demoOnly: true, expected: { none: 400 } },
  { method: 'GET', url: '/api/__mock/control', demoOnly: true, expected: { none: 200 } },
  { method: 'POST', url: '/api/__mock/control', demoOnly: true, expected: { none: 400 } },
  { method: 'DELETE', url: '/api/__mock/control', demoOnly: true, expected: { none: 200 } },
  { method: 'GET', url: '/api/__mock/submissions', demoOnly: true, expected: { none: 200 } },
  {
    method: 'POST',
    url: '/api/__mock/submissions/:reference/status',
    demoOnly: true,
    expected: { none: 400 },
  },
  {
    method: 'POST',
    url: '/api/__mock/submissions/:reference/advance-payment',
    demoOnly: true,
    expected: { none: 400 },
  },
  { method: 'GET', url: '/api/__demo/clock', demoOnly: true, expected: { none: 200 } },
  { method: 'PUT', url: '/api/__demo/clock', demoOnly: true, expected: { none: 400 } },
  { method: 'GET', url: '/api/__demo/mailbox', demoOnly: true, expected: { none: 200 } },
  { method: 'POST', url: '/api/__demo/seed', demoOnly: true, expected: { none: 400 } },
];

const key = (endpoint: { method: string; url: string }) => `${endpoint.method} ${endpoint.url}`;
/** A route's address with example values for its parameters. */
const concrete = (url: string) =>
  url
    .replace(':reference', 'ZB-2026-000001')
    .replace(/:(receiptId|incomeId)/, 'r1')
    .replace(/:(letterId|uploadId)/, '1')
    .replace(':applicationId', '6f1c1d8e-3a51-4c1e-9f5e-0d2b7c9a4e11')
    .replace(':keyId', '3c2b1a09-8f7e-4d6c-9b5a-493827160514')
    .replace(':invitationId', '0b8e2f4a-7c3d-4e9a-8b1f-5a6c7d8e9f00');

describe.each(['demo', 'production'] as const)('role × endpoint matrix (%s mode)', (mode) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ database: 'pglite', mode });
  });
  afterAll(() => server.stop());

  const rows = matrix.filter((row) => mode === 'demo' || !row.demoOnly);

  it('lists every endpoint the server has, and no endpoint it lacks', () => {
    expect(server.endpoints.map(key).sort()).toEqual(rows.map(key).sort());
  });

  it('has an expectation for every role on every endpoint that admits logged-in roles', () => {
    for (const endpoint of server.endpoints) {
      if (endpoint.access === 'public' || endpoint.access === 'demo') continue;
      const row = rows.find((candidate) => key(candidate) === key(endpoint));
      for (const role of roles) expect(row?.expected[role], `${key(endpoint)} as ${role}`).toBeDefined();
    }
  });

  /** A caseworker's credentials: a session made directly in the database (the login has its own tests). */
  const caseworkerHeaders = async (): Promise<Record<string, string>> => {
    const caseworker = await createCaseworker(server.db, {
      username: `matrix-${Math.random().toString(36).slice(2, 10)}`,
      displayName: 'Matrix',
      // Never logged in with (the login has its own tests).
      password: unusablePassword(),
      totpSecret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP',
      now: new Date(),
    });
    const { sessionId, session } = await createSession(server.db, caseworker, new Date(), {
      idleMs: 60_000,
      absoluteMs: 120_000,
    });
    return { Cookie: `${caseworkerSessionCookie}=${sessionId}`, [csrfHeader]: session.csrfToken };
  };

  /**
   * A member's credentials (issue 14): an application and an invitation made in the database directly, opened
   * through the open endpoint with its token, code and birth date; the member's session cookie and CSRF token.
   */
  const memberHeaders = async (): Promise<Record<string, string>> => {
    const secret = loadServerSecret(server.config.serverSecretHex, server.config.dataDir);
    const now = new Date();
    const application = await registerApplication(
      server.db,
      { secretSha256: sha256Hex(newSecret256()), year: 2026, applicantGivenName: 'Matrix' },
      now,
    );
    const id = randomUUID();
    const token = newSecret256();
    const shortCode = newShortCode();
    const member = {
      memberId: 's1',
      relation: 'spouse',
      givenName: 'M',
      familyName: 'X',
      birthDate: '1970-01-01',
    };
    await createInvitation(
      server.db,
      application.id,
      {
        ...member,
        relation: 'spouse',
        id,
        tokenHmac: tokenHmac(secret, token),
        codeHmac: codeHmac(secret, id, shortCode),
        expiresAt: new Date(now.getTime() + 60 * 60 * 1000),
      },
      now,
    );
    const opened = await fetch(new URL(invitationOpenPath, server.url), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ token, shortCode, birthDate: member.birthDate }),
    });
    expect(opened.status).toBe(200);
    const session = memberSessionSchema.parse(await opened.json());
    const cookie = (opened.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    expect(cookie.startsWith(`${memberSessionCookie}=`)).toBe(true);
    return { Cookie: cookie, [csrfHeader]: session.csrfToken };
  };

  /**
   * A provider's credentials (issue 15): an active provider, registered once per server the provider's whole way
   * (challenge, letter, initial password, Prüfnummer, personal password); each call a fresh session of it, made in
   * the database (the logout row ends one), with its CSRF token.
   */
  const provider = { ik: ikOf('30140901'), name: 'Matrix-Apotheke' };
  let registered: Promise<unknown> | undefined;
  const providerHeaders = async (): Promise<Record<string, string>> => {
    registered ??= ensureRegisterEntry(server, provider.ik, provider.name).then(() =>
      registerActiveProvider(server, provider.ik),
    );
    await registered;
    return (await providerClient(server, provider)).headers;
  };

  const headersOf: Record<Role, () => Promise<Record<string, string>>> = {
    none: async () => ({}),
    member: memberHeaders,
    caseworker: caseworkerHeaders,
    provider: providerHeaders,
  };

  it.each(rows.map((row) => [key(row), row] as const))('%s', async (_name, row) => {
    for (const [role, status] of Object.entries(row.expected)) {
      const credentials = headersOf[role as Role];
      const url = new URL(concrete(row.url), server.url);
      const headers = await credentials();
      const response = await fetch(url, { method: row.method, headers });
      expect(response.status, `${key(row)} as ${role}`).toBe(status);
    }
  });

  it('refuses state-changing caseworker requests without the CSRF token with 403', async () => {
    const guarded = server.endpoints.filter(
      (endpoint) =>
        Array.isArray(endpoint.access) && endpoint.access.includes('caseworker') && endpoint.method !== 'GET',
    );
    expect(guarded.map(key)).toContain('POST /api/v1/caseworker/cases/:reference/assign');
    for (const endpoint of guarded) {
      const { [csrfHeader]: _token, ...withoutToken } = await caseworkerHeaders();
      const url = new URL(concrete(endpoint.url), server.url);
      const response = await fetch(url, { method: endpoint.method, headers: withoutToken });
      expect(response.status, key(endpoint)).toBe(403);
      expect(((await response.json()) as { code: string }).code).toBe('auth.csrfMissing');
    }
  });

  it("refuses a member's state-changing request without the CSRF token with 403", async () => {
    const guarded = server.endpoints.filter(
      (endpoint) =>
        Array.isArray(endpoint.access) && endpoint.access.includes('member') && endpoint.method !== 'GET',
    );
    expect(guarded.map(key)).toContain('POST /api/v1/member/logout');
    for (const endpoint of guarded) {
      const { [csrfHeader]: _token, ...withoutToken } = await memberHeaders();
      const url = new URL(concrete(endpoint.url), server.url);
      const response = await fetch(url, { method: endpoint.method, headers: withoutToken });
      expect(response.status, key(endpoint)).toBe(403);
      expect(((await response.json()) as { code: string }).code).toBe('auth.csrfMissing');
    }
  });

  it("refuses a provider's state-changing request without the CSRF token with 403", async () => {
    const guarded = server.endpoints.filter(
      (endpoint) =>
        Array.isArray(endpoint.access) && endpoint.access.includes('provider') && endpoint.method !== 'GET',
    );
    expect(guarded.map(key)).toContain('POST /api/v1/provider/logout');
    for (const endpoint of guarded) {
      const { [csrfHeader]: _token, ...withoutToken } = await providerHeaders();
      const url = new URL(concrete(endpoint.url), server.url);
      const response = await fetch(url, { method: endpoint.method, headers: withoutToken });
      expect(response.status, key(endpoint)).toBe(403);
      expect(((await response.json()) as { code: string }).code).toBe('auth.csrfMissing');
    }
  });

  it("admits a provider's API key only where the route says so, with the session's answer; elsewhere it is no login", async () => {
    await providerHeaders();
    const apiKey = await providerApiKey(server, provider.ik);
    const keyRows = rows.filter((row) => row.providerApiKey);
    expect(keyRows.map(key)).toEqual(['POST /api/v1/provider/status-queries']);
    for (const endpoint of server.endpoints) {
      if (!Array.isArray(endpoint.access)) continue;
      const row = rows.find((candidate) => key(candidate) === key(endpoint));
      const url = new URL(concrete(endpoint.url), server.url);
      // No CSRF token: a key is no cookie a foreign page could make the browser send.
      const response = await fetch(url, {
        method: endpoint.method,
        headers: { Authorization: `Bearer ${apiKey}` },
      });
      expect(response.status, key(endpoint)).toBe(row?.providerApiKey ? row.expected.provider : 401);
    }
  });

  it('admits a provider still in the activation stage only to the activation, its session and the logout', async () => {
    await providerHeaders();
    const ik = ikOf('30140902');
    await ensureRegisterEntry(server, ik);
    expect((await requestLetter(server, ik)).status).toBe(202);
    const letter = await newestLetter(server.db, ik);
    const open = new Map([
      ['POST /api/v1/provider/activation', 400],
      ['GET /api/v1/provider/session', 200],
      ['POST /api/v1/provider/session/keep-alive', 200],
      ['POST /api/v1/provider/logout', 204],
    ]);
    const providerEndpoints = server.endpoints.filter(
      (endpoint) => Array.isArray(endpoint.access) && endpoint.access.includes('provider'),
    );
    expect(providerEndpoints.length).toBeGreaterThan(open.size);
    for (const endpoint of providerEndpoints) {
      const { sessionId, session } = await createProviderSession(
        server.db,
        { ik, name: 'Testapotheke', stage: 'activation', letterId: letter!.id },
        new Date(),
        { idleMs: 60_000, absoluteMs: 120_000 },
      );
      const response = await fetch(new URL(concrete(endpoint.url), server.url), {
        method: endpoint.method,
        headers: { Cookie: `${providerSessionCookie}=${sessionId}`, [csrfHeader]: session.csrfToken },
      });
      const expected = open.get(key(endpoint));
      expect(response.status, key(endpoint)).toBe(expected ?? 403);
      if (expected === undefined) {
        expect(((await response.json()) as { code: string }).code).toBe('provider.activationRequired');
      }
    }
  });

  it('refuses applicant credentials (an Abrufcode) on every caseworker endpoint with 401', async () => {
    const guarded = server.endpoints.filter(
      (endpoint) => Array.isArray(endpoint.access) && endpoint.access.includes('caseworker'),
    );
    expect(guarded.length).toBeGreaterThanOrEqual(4);
    for (const endpoint of guarded) {
      const url = new URL(concrete(endpoint.url), server.url);
      const response = await fetch(url, {
        method: endpoint.method,
        headers: { [abrufcodeHeader]: 'ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345' },
      });
      expect(response.status, key(endpoint)).toBe(401);
    }
  });
});
