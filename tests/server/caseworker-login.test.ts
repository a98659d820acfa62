import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  caseHistoryPath,
  caseworkerKeepAlivePath,
  caseworkerLoginPath,
  caseworkerLogoutPath,
  caseworkerSessionCookie,
  caseworkerSessionPath,
  caseworkerSessionSchema,
  csrfHeader,
  caseHistorySchema,
  type CaseworkerSession,
} from '../../src/api/contracts/caseworker-auth';
import { runAdminCommand, type AdminIo } from '../../src/server/admin/caseworker-admin';
import { totpCodeAt } from '../../src/server/caseworker/totp';
import { demoCaseworker } from '../../src/server/demo/demo-caseworker';
import { applicationBundle } from '../support/application-bundle';
import { submitBundle } from '../support/submit';
import { startTestServer, type TestServer } from '../support/test-server';

const minute = 60 * 1000;

type Login = { username: string; password: string; totp: string };

function post(server: TestServer, path: string, body?: unknown, headers: Record<string, string> = {}) {
  return fetch(new URL(path, server.url), {
    method: 'POST',
    headers: { ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), ...headers },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

const cookieOf = (response: Response): string => {
  const setCookie = response.headers.getSetCookie()[0] ?? '';
  return setCookie.split(';')[0]!;
};

/** The admin command run in-process, with the password given as if typed. */
async function admin(
  server: TestServer,
  args: string[],
  password = '',
): Promise<{ code: number; out: string[] }> {
  const out: string[] = [];
  const io: AdminIo = {
    out: (line) => out.push(line),
    err: () => undefined,
    readPassword: async () => password,
    now: () => server.clock!.now(),
  };
  return { code: await runAdminCommand(server.db, args, io), out };
}

describe('caseworker login (server on PGlite, demo mode)', () => {
  let server: TestServer;
  /** Moves the pinned clock into a fresh TOTP step, so each login has a code never used before. */
  const nextStep = () => server.clock!.advance(31_000);
  const demoLogin = (overrides: Partial<Login> = {}): Login => ({
    username: demoCaseworker.username,
    password: demoCaseworker.password,
    totp: totpCodeAt(demoCaseworker.totpSecret, server.clock!.now()),
    ...overrides,
  });
  const logIn = async (login: Login = demoLogin()) => {
    const response = await post(server, caseworkerLoginPath, login);
    expect(response.status, await response.clone().text()).toBe(200);
    return { cookie: cookieOf(response), session: caseworkerSessionSchema.parse(await response.json()) };
  };
  const as = (cookie: string, session?: CaseworkerSession) => ({
    Cookie: cookie,
    ...(session ? { [csrfHeader]: session.csrfToken } : {}),
  });
  const auditRows = async () =>
    (
      await server.db.query<{ actor_role: string; actor_id: string | null; action: string; outcome: string }>(
        'SELECT actor_role, actor_id, action, outcome FROM audit_log ORDER BY id',
      )
    ).rows;

  beforeAll(async () => {
    server = await startTestServer({
      database: 'pglite',
      env: { RATE_LIMIT_LOGIN_FAILURES_PER_ACCOUNT: '5', RATE_LIMIT_LOGIN_FAILURES_PER_CLIENT: '1000' },
    });
    server.clock!.set(new Date('2026-12-07T09:00:00Z'));
  });
  afterAll(() => server.stop());

  it('logs in with password and TOTP: a hardened cookie, the id, name, timeouts and a CSRF token', async () => {
    nextStep();
    const response = await post(server, caseworkerLoginPath, demoLogin());
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const setCookie = response.headers.getSetCookie();
    expect(setCookie).toHaveLength(1);
    const attributes = setCookie[0]!.split(';').map((part) => part.trim());
    expect(attributes[0]).toMatch(new RegExp(`^${caseworkerSessionCookie}=[A-Za-z0-9_-]{43}$`));
    expect(attributes.slice(1).sort()).toEqual(['HttpOnly', 'Path=/api', 'SameSite=Strict', 'Secure']);
    const session = caseworkerSessionSchema.parse(await response.json());
    expect(session.caseworker.displayName).toBe(demoCaseworker.displayName);
    expect(session.idleTimeoutSeconds).toBe(15 * 60);
    const now = server.clock!.now().getTime();
    expect(Date.parse(session.idleExpiresAt)).toBe(now + 15 * minute);
    expect(Date.parse(session.absoluteExpiresAt)).toBe(now + 8 * 60 * minute);
    // Only the SHA-256 of the session id is stored.
    const sessionId = attributes[0]!.split('=')[1]!;
    const stored = await server.db.query<{ id_sha256: string }>('SELECT id_sha256 FROM caseworker_sessions');
    expect(stored.rows.map((row) => row.id_sha256)).not.toContain(sessionId);
    expect(stored.rows.every((row) => /^[0-9a-f]{64}$/.test(row.id_sha256))).toBe(true);
  });

  it('accepts a TOTP code once: the same step again, or an earlier one, is refused', async () => {
    nextStep();
    const login = demoLogin();
    await logIn(login);
    const again = await post(server, caseworkerLoginPath, login);
    expect(again.status).toBe(401);
    const earlier = demoLogin({
      totp: totpCodeAt(demoCaseworker.totpSecret, new Date(server.clock!.now().getTime() - 30_000)),
    });
    expect((await post(server, caseworkerLoginPath, earlier)).status).toBe(401);
    nextStep();
    await logIn();
  });

  it('answers an unknown user, a wrong password, a wrong code and a malformed name alike', async () => {
    nextStep();
    const answers = [];
    for (const login of [
      demoLogin({ username: 'niemand-hier' }),
      demoLogin({ password: 'not the password at all' }),
      demoLogin({ totp: totpCodeAt(demoCaseworker.totpSecret, new Date(0)) }),
      demoLogin({ username: 'Ä ö <script>' }),
    ]) {
      const response = await post(server, caseworkerLoginPath, login);
      answers.push({
        status: response.status,
        body: await response.text(),
        cookie: response.headers.get('set-cookie'),
      });
    }
    expect(answers[0]).toMatchObject({ status: 401, cookie: null });
    for (const answer of answers) expect(answer).toEqual(answers[0]);
    // Four failures for four accounts: none is locked yet, the right login still works.
    await logIn();
  });

  it('slides the idle end with each request but GET session, and ends the session after 15 idle minutes', async () => {
    nextStep();
    const { cookie, session } = await logIn();
    server.clock!.advance(10 * minute);
    const asked = caseworkerSessionSchema.parse(
      await (await fetch(new URL(caseworkerSessionPath, server.url), { headers: as(cookie) })).json(),
    );
    expect(asked.idleExpiresAt).toBe(session.idleExpiresAt);
    const kept = await post(server, caseworkerKeepAlivePath, undefined, as(cookie, session));
    expect(kept.status).toBe(200);
    const slid = caseworkerSessionSchema.parse(await kept.json());
    expect(Date.parse(slid.idleExpiresAt)).toBe(server.clock!.now().getTime() + 15 * minute);
    server.clock!.advance(15 * minute - 1000);
    expect((await fetch(new URL(caseworkerSessionPath, server.url), { headers: as(cookie) })).status).toBe(
      200,
    );
    server.clock!.advance(1000);
    const ended = await fetch(new URL(caseworkerSessionPath, server.url), { headers: as(cookie) });
    expect(ended.status).toBe(401);
    expect(ended.headers.get('set-cookie')).toContain('Max-Age=0');
  });

  it('ends a session 8 hours after login however active it was', async () => {
    nextStep();
    const { cookie, session } = await logIn();
    for (let elapsed = 0; elapsed < 8 * 60 - 10; elapsed += 10) {
      server.clock!.advance(10 * minute);
      expect((await post(server, caseworkerKeepAlivePath, undefined, as(cookie, session))).status).toBe(200);
    }
    server.clock!.advance(10 * minute);
    expect((await post(server, caseworkerKeepAlivePath, undefined, as(cookie, session))).status).toBe(401);
  });

  it('refuses a state-changing request without the CSRF token, or with another session’s', async () => {
    nextStep();
    const first = await logIn();
    nextStep();
    const second = await logIn();
    expect((await post(server, caseworkerKeepAlivePath, undefined, as(first.cookie))).status).toBe(403);
    expect(
      (await post(server, caseworkerLogoutPath, undefined, as(first.cookie, second.session))).status,
    ).toBe(403);
    expect(
      (await post(server, caseworkerKeepAlivePath, undefined, as(first.cookie, first.session))).status,
    ).toBe(200);
  });

  it('logs out: the session is deleted and the cookie cleared', async () => {
    nextStep();
    const { cookie, session } = await logIn();
    const out = await post(server, caseworkerLogoutPath, undefined, as(cookie, session));
    expect(out.status).toBe(204);
    expect(out.headers.get('set-cookie')).toMatch(new RegExp(`^${caseworkerSessionCookie}=;.*Max-Age=0`));
    expect((await fetch(new URL(caseworkerSessionPath, server.url), { headers: as(cookie) })).status).toBe(
      401,
    );
  });

  it('locks an account out after 5 failures, known or not, with Retry-After, even for the right password', async () => {
    nextStep();
    // A second account, so the demo account's lockout does not hold up the other tests.
    expect(
      (await admin(server, ['caseworker', 'add', 'lock.test', '--name', 'Lock Test'], 'lange genug 12345'))
        .code,
    ).toBe(0);
    const secret = await server.db.query<{ totp_secret: string }>(
      "SELECT totp_secret FROM caseworkers WHERE username = 'lock.test'",
    );
    const right = () => ({
      username: 'lock.test',
      password: 'lange genug 12345',
      totp: totpCodeAt(secret.rows[0]!.totp_secret, server.clock!.now()),
    });
    for (const name of ['lock.test', 'kein.konto']) {
      for (let attempt = 0; attempt < 5; attempt++) {
        const wrong = await post(server, caseworkerLoginPath, {
          ...right(),
          username: name,
          password: 'falsch falsch falsch',
        });
        expect(wrong.status).toBe(401);
      }
    }
    const locked = await post(server, caseworkerLoginPath, right());
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0);
    const unknownLocked = await post(server, caseworkerLoginPath, { ...right(), username: 'kein.konto' });
    expect(unknownLocked.status).toBe(429);
    expect(await unknownLocked.json()).toEqual(await locked.json());
    server.clock!.advance(15 * minute);
    expect((await post(server, caseworkerLoginPath, right())).status).toBe(200);
  });

  it('refuses a disabled account and ends its sessions', async () => {
    nextStep();
    expect(
      (await admin(server, ['caseworker', 'add', 'leaving', '--name', 'Leaving'], 'auch lang genug 987'))
        .code,
    ).toBe(0);
    const secret = (
      await server.db.query<{ totp_secret: string }>(
        "SELECT totp_secret FROM caseworkers WHERE username = 'leaving'",
      )
    ).rows[0]!.totp_secret;
    const login = () => ({
      username: 'leaving',
      password: 'auch lang genug 987',
      totp: totpCodeAt(secret, server.clock!.now()),
    });
    const { cookie } = await logIn(login());
    expect((await admin(server, ['caseworker', 'disable', 'leaving'])).code).toBe(0);
    expect((await fetch(new URL(caseworkerSessionPath, server.url), { headers: as(cookie) })).status).toBe(
      401,
    );
    nextStep();
    const refused = await post(server, caseworkerLoginPath, login());
    expect(refused.status).toBe(401);
    const listed = await admin(server, ['caseworker', 'list']);
    expect(listed.out.find((line) => line.startsWith('leaving\t'))).toMatch(/\tdisabled /);
  });

  it('audits logins, refusals, keep-alives and logouts with the caseworker id, never a password or code', async () => {
    nextStep();
    const before = (await auditRows()).length;
    await post(server, caseworkerLoginPath, demoLogin({ password: 'definitely wrong 1' }));
    const { cookie, session } = await logIn();
    await post(server, caseworkerKeepAlivePath, undefined, as(cookie, session));
    await post(server, caseworkerLogoutPath, undefined, as(cookie, session));
    const rows = (await auditRows()).slice(before);
    const id = session.caseworker.id;
    expect(rows).toEqual([
      { actor_role: 'caseworker', actor_id: id, action: 'caseworker.login', outcome: 'refused' },
      { actor_role: 'caseworker', actor_id: id, action: 'caseworker.login', outcome: 'ok' },
      { actor_role: 'caseworker', actor_id: id, action: 'caseworker.keep-alive', outcome: 'ok' },
      { actor_role: 'caseworker', actor_id: id, action: 'caseworker.logout', outcome: 'ok' },
    ]);
    const everything = JSON.stringify(await server.db.query('SELECT * FROM audit_log'));
    expect(everything).not.toContain(demoCaseworker.password);
    expect(everything).not.toContain('definitely wrong 1');
  });

  it('shows a case’s history to a caseworker, the opening itself included', async () => {
    const receipt = await submitBundle(server.url, applicationBundle({ applicationId: 'ZBA-HISTORY00001' }));
    nextStep();
    const { cookie, session } = await logIn();
    const response = await fetch(new URL(caseHistoryPath(receipt.reference), server.url), {
      headers: as(cookie),
    });
    expect(response.status).toBe(200);
    const history = caseHistorySchema.parse(await response.json());
    expect(history.reference).toBe(receipt.reference);
    expect(history.entries.map((entry) => [entry.actorRole, entry.action, entry.outcome])).toEqual([
      ['none', 'submission.received', 'ok'],
      ['caseworker', 'case.history', 'ok'],
    ]);
    expect(history.entries[1]).toMatchObject({
      actorId: session.caseworker.id,
      actorName: demoCaseworker.displayName,
    });
    const unknown = await fetch(new URL(caseHistoryPath('ZB-2026-999999'), server.url), {
      headers: as(cookie),
    });
    expect(unknown.status).toBe(404);
    expect(await auditRows()).toContainEqual({
      actor_role: 'caseworker',
      actor_id: session.caseworker.id,
      action: 'case.history',
      outcome: 'not-found',
    });
  });
});

describe('caseworker accounts (admin command)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ database: 'pglite' });
  });
  afterAll(() => server.stop());

  it('creates an account with a scrypt hash and prints the otpauth URI once', async () => {
    const { code, out } = await admin(
      server,
      ['caseworker', 'add', 'Erika.M', '--name', 'Erika Mustermann'],
      'korrekt Pferd Batterie',
    );
    expect(code).toBe(0);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatch(
      /^otpauth:\/\/totp\/Zuzahlungsbefreiung:erika\.m\?issuer=Zuzahlungsbefreiung&secret=[A-Z2-7]{32}&algorithm=SHA1&digits=6&period=30$/,
    );
    const row = (await server.db.query('SELECT * FROM caseworkers WHERE username = $1', ['erika.m']))
      .rows[0]!;
    expect(row).toMatchObject({
      display_name: 'Erika Mustermann',
      scrypt_n: 131072,
      scrypt_r: 8,
      scrypt_p: 1,
    });
    expect(JSON.stringify(row)).not.toContain('korrekt Pferd Batterie');
  });

  it('refuses weak passwords, taken names and bad usage', async () => {
    const add = (name: string, password: string) =>
      admin(server, ['caseworker', 'add', name, '--name', 'X'], password);
    expect((await add('max.k', 'kurz')).code).toBe(1);
    expect((await add('max.k', 'max.k-und-noch-mehr')).code).toBe(1);
    expect((await add('max.k', 'ganz lang und gut 42')).code).toBe(0);
    expect((await add('MAX.K', 'ganz lang und gut 43')).code).toBe(1);
    expect((await admin(server, ['caseworker', 'add', 'nobody'])).code).toBe(2);
    expect((await admin(server, ['caseworker', 'disable', 'nobody'])).code).toBe(1);
    expect((await admin(server, ['something'])).code).toBe(2);
  });
});
