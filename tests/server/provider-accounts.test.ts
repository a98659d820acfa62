import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Challenge } from 'altcha-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csrfHeader } from '../../src/api/contracts/caseworker-auth';
import {
  demoProviderLettersPath,
  demoProviderLettersSchema,
  providerActivationPath,
  providerApiKeyListSchema,
  providerApiKeyPath,
  providerApiKeysPath,
  providerChallengePath,
  providerKeepAlivePath,
  providerLetterRequestPath,
  providerLogoutPath,
  providerNewApiKeySchema,
  providerProblemCodes as codes,
  providerSessionCookie,
  providerSessionPath,
  providerSessionSchema,
  providerStatusQueryPath,
} from '../../src/api/contracts/provider-check';
import { validateIk } from '../../src/domain/identifiers/ik';
import type { AdminIo } from '../../src/server/admin/caseworker-admin';
import { runProviderCommand } from '../../src/server/admin/provider-admin';
import { demoProviderRegister, seedDemoProviderRegister } from '../../src/server/demo/provider-register-seed';
import { readProviderCheckSettings } from '../../src/server/providers/provider-check-settings';
import {
  ensureRegisterEntry,
  ikOf,
  latestLetterCodes,
  loginOf,
  logInProvider,
  postJson,
  providerClient,
  registerActiveProvider,
  requestLetter,
  solvedChallenge,
  testProviderPassword,
  type ProviderClient,
} from '../support/provider-sessions';
import { startTestServer, type TestServer } from '../support/test-server';

/*
 * Provider accounts over HTTP (issue 15 deliverable 1, ADR 0026): the proof-of-work challenge, registration and
 * new letters by post, login with the initial or the personal password, the activation with the Prüfnummer,
 * dormancy, lockouts, sessions and API keys; and that no secret reaches a log line or the audit trail.
 */

const day = 24 * 60 * 60 * 1000;
const start = new Date('2026-05-04T08:00:00Z');

const wrongCheckDigit = (ik: string) => `${ik.slice(0, 8)}${(Number(ik[8]) + 1) % 10}`;

const statusOf = async (response: Response) => ({
  status: response.status,
  code: response.status >= 400 ? ((await response.json()) as { code: string }).code : undefined,
});

const letterCount = async (server: TestServer, ik: string) =>
  Number(
    (
      await server.db.query<{ n: number }>(
        "SELECT count(*)::int AS n FROM outgoing_letters WHERE recipient_kind = 'provider' AND recipient_ref = $1",
        [ik],
      )
    ).rows[0]?.n,
  );

describe.each(['pglite', 'postgres'] as const)('provider accounts on %s', (database) => {
  let server: TestServer;
  /** Every secret the tests handle: none may reach a log line or the audit trail (the last test). */
  const secrets: string[] = [];
  const keep = (...values: (string | undefined)[]) => {
    for (const value of values) if (value) secrets.push(value);
  };
  const keepClient = (client: ProviderClient) => keep(client.cookie, client.csrfToken, client.apiKey);

  beforeAll(async () => {
    server = await startTestServer({
      database,
      // The most talkative level: no secret may reach a log line even there.
      env: {
        LOG_LEVEL: 'trace',
        RATE_LIMIT_LOGIN_FAILURES_PER_ACCOUNT: '5',
        RATE_LIMIT_LOGIN_FAILURES_PER_CLIENT: '1000',
      },
    });
    server.clock!.set(start);
  });
  afterAll(() => server.stop());

  it('hands out a signed proof-of-work challenge that expires in ten minutes', async () => {
    const response = await fetch(new URL(providerChallengePath, server.url));
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const challenge = (await response.json()) as Challenge;
    expect(challenge.parameters).toMatchObject({ algorithm: 'PBKDF2/SHA-256', cost: 1000, keyLength: 32 });
    expect(challenge.parameters.keySignature).toMatch(/^[0-9a-f]{64}$/);
    expect(challenge.signature).toMatch(/^[0-9a-f]{64}$/);
    expect(challenge.parameters.data).toEqual({
      purpose: 'provider-letter',
      expires: start.getTime() / 1000 + 600,
    });
  });

  it('registers an IK on file with 202 and a letter to its address in the register; an unknown IK gets the same 202 and no letter', async () => {
    const pharmacy = demoProviderRegister[0]!;
    const known = await requestLetter(server, pharmacy.ik);
    const unknownIk = ikOf('30149999');
    const unknown = await requestLetter(server, unknownIk);
    expect([known.status, unknown.status]).toEqual([202, 202]);
    expect(await known.text()).toBe('{"accepted":true}');
    expect(await unknown.text()).toBe('{"accepted":true}');

    const letters = await server.db.query<{
      recipient_ref: string;
      subject: string;
      body: string;
      printed_at: unknown;
    }>(
      "SELECT recipient_ref, subject, body, printed_at FROM outgoing_letters WHERE recipient_kind = 'provider'",
    );
    expect(letters.rows.map((row) => row.recipient_ref)).toEqual([pharmacy.ik]);
    const letter = letters.rows[0]!;
    // Waiting for the print service, addressed to the name and address on file, with both codes.
    expect(letter.printed_at).toBeNull();
    expect(letter.body).toContain([pharmacy.name, ...pharmacy.addressLines].join('\n'));
    const codes = await latestLetterCodes(server, pharmacy.ik);
    expect(codes.initialPassword).toMatch(/^[A-Z2-9]{4}(-[A-Z2-9]{4}){3}$/);
    expect(codes.pruefnummer).toMatch(/^[A-Z2-9]{5}-[A-Z2-9]{5}$/);
    keep(codes.initialPassword, codes.pruefnummer);
    // Only HMACs are stored: the codes themselves are in the letter's text alone.
    const stored = JSON.stringify((await server.db.query('SELECT * FROM provider_letters')).rows);
    for (const code of [codes.initialPassword, codes.pruefnummer]) {
      expect(stored).not.toContain(code);
      expect(stored).not.toContain(code.replaceAll('-', ''));
    }
    const accounts = await server.db.query<{ ik: string }>('SELECT ik FROM provider_accounts');
    expect(accounts.rows).toEqual([{ ik: pharmacy.ik }]);

    // The demo mailbox shows the letter with the register's address; the unknown IK has none.
    const mailbox = await fetch(new URL(`${demoProviderLettersPath}?ik=${pharmacy.ik}`, server.url));
    expect(mailbox.status).toBe(200);
    const shown = demoProviderLettersSchema.parse(await mailbox.json()).letters;
    expect(shown).toHaveLength(1);
    expect(shown[0]!.recipient).toEqual({ name: pharmacy.name, addressLines: pharmacy.addressLines });
    expect(shown[0]!.body).toBe(letter.body);
    const none = await fetch(new URL(`${demoProviderLettersPath}?ik=${unknownIk}`, server.url));
    expect(demoProviderLettersSchema.parse(await none.json()).letters).toEqual([]);
    expect((await fetch(new URL(`${demoProviderLettersPath}?ik=12`, server.url))).status).toBe(400);

    const audited = await server.db.query<{ object_ref: string; detail: string; outcome: string }>(
      "SELECT object_ref, detail, outcome FROM audit_log WHERE action = 'provider.letter-request.registration' ORDER BY id",
    );
    expect(audited.rows).toEqual([
      { object_ref: pharmacy.ik, detail: 'sent', outcome: 'ok' },
      { object_ref: unknownIk, detail: 'unknownIk', outcome: 'not-found' },
    ]);
  });

  it('refuses an unsolved, forged, expired or replayed challenge with 400 provider.challengeFailed', async () => {
    const ik = ikOf('30140011');
    await ensureRegisterEntry(server, ik);
    const challenge = (await (await fetch(new URL(providerChallengePath, server.url))).json()) as Challenge;
    const unsolved = Buffer.from(
      JSON.stringify({ challenge, solution: { counter: 1, derivedKey: '00'.repeat(32) } }),
    ).toString('base64');
    const solved = await solvedChallenge(server);
    const decoded = JSON.parse(Buffer.from(solved, 'base64').toString()) as {
      challenge: Challenge;
      solution: unknown;
    };
    const forged = Buffer.from(
      JSON.stringify({
        ...decoded,
        challenge: { ...decoded.challenge, parameters: { ...decoded.challenge.parameters, cost: 1 } },
      }),
    ).toString('base64');
    for (const altcha of [unsolved, forged, 'not a payload']) {
      expect(await statusOf(await requestLetter(server, ik, { altcha }))).toEqual({
        status: 400,
        code: codes.challengeFailed,
      });
    }
    // Ten minutes and a second later the solved challenge has expired.
    server.clock!.advance(10 * 60 * 1000 + 1000);
    expect(await statusOf(await requestLetter(server, ik, { altcha: solved }))).toEqual({
      status: 400,
      code: codes.challengeFailed,
    });
    server.clock!.set(start);
    expect(await letterCount(server, ik)).toBe(0);
    // Within its ten minutes it is accepted once; the same payload again is refused.
    expect((await requestLetter(server, ik, { altcha: solved })).status).toBe(202);
    expect(await statusOf(await requestLetter(server, ik, { altcha: solved }))).toEqual({
      status: 400,
      code: codes.challengeFailed,
    });
    expect(await letterCount(server, ik)).toBe(1);
  });

  it('refuses a registration without the terms accepted, a wrong check digit and unknown fields; a "new letter" for an IK without an account makes none', async () => {
    const ik = ikOf('30140022');
    await ensureRegisterEntry(server, ik);
    expect(await statusOf(await requestLetter(server, ik, { termsAccepted: false }))).toEqual({
      status: 422,
      code: codes.termsNotAccepted,
    });
    const wrongDigit = wrongCheckDigit(ik);
    expect(validateIk(wrongDigit).ok).toBe(false);
    expect(await statusOf(await requestLetter(server, wrongDigit))).toEqual({
      status: 400,
      code: 'request.invalid',
    });
    const extra = await postJson(server, providerLetterRequestPath, {
      ik,
      reason: 'registration',
      termsAccepted: true,
      altcha: await solvedChallenge(server),
      address: 'Irgendwo 1',
    });
    expect(await statusOf(extra)).toEqual({ status: 400, code: 'request.invalid' });
    const newLetter = await requestLetter(server, ik, { reason: 'newLetter', termsAccepted: false });
    expect(newLetter.status).toBe(202);
    expect(await letterCount(server, ik)).toBe(0);
    expect((await server.db.query('SELECT ik FROM provider_accounts WHERE ik = $1', [ik])).rows).toEqual([]);
  });

  it('sends at most three letters per IK in 30 days, answering the fourth request alike', async () => {
    const ik = ikOf('30140033');
    await ensureRegisterEntry(server, ik);
    for (let request = 0; request < 4; request++) {
      const response = await requestLetter(server, ik, {
        reason: request === 0 ? 'registration' : 'newLetter',
      });
      expect(response.status).toBe(202);
      expect(await response.text()).toBe('{"accepted":true}');
    }
    expect(await letterCount(server, ik)).toBe(3);
    server.clock!.advance(31 * day);
    expect((await requestLetter(server, ik, { reason: 'newLetter' })).status).toBe(202);
    expect(await letterCount(server, ik)).toBe(4);
    server.clock!.set(start);
    const limited = await server.db.query(
      "SELECT 1 FROM audit_log WHERE object_ref = $1 AND detail = 'letterLimit'",
      [ik],
    );
    expect(limited.rows).toHaveLength(1);
  });

  it('answers an unregistered IK, an IK without an account, a wrong password and a malformed IK with one 401', async () => {
    const withAccount = await registerActiveProvider(server, ikOf('30140044'));
    keepClient(withAccount.client);
    const withoutAccount = ikOf('30140055');
    await ensureRegisterEntry(server, withoutAccount);
    const answers = [];
    for (const [ik, password] of [
      [ikOf('30149988'), testProviderPassword],
      [withoutAccount, testProviderPassword],
      [withAccount.client.ik, 'Falsches Passwort 123 Zitrone'],
      [withAccount.client.ik, withAccount.letter.initialPassword],
      ['abc', testProviderPassword],
    ] as const) {
      const response = await logInProvider(server, ik, password);
      answers.push({
        status: response.status,
        body: await response.text(),
        cookie: response.headers.get('set-cookie'),
      });
    }
    expect(answers[0]).toEqual({
      status: 401,
      body: expect.stringContaining(`"code":"${codes.loginFailed}"`),
      cookie: null,
    });
    for (const answer of answers) expect(answer).toEqual(answers[0]);
  });

  it('opens only the activation stage with the initial password; other provider routes answer 403 provider.activationRequired', async () => {
    const ik = ikOf('30140066');
    await ensureRegisterEntry(server, ik);
    expect((await requestLetter(server, ik)).status).toBe(202);
    const letter = await latestLetterCodes(server, ik);
    keep(letter.initialPassword, letter.pruefnummer);
    // Typed as people type it: lower case, without dashes.
    const response = await logInProvider(
      server,
      ik,
      letter.initialPassword.replaceAll('-', '').toLowerCase(),
    );
    expect(response.headers.get('cache-control')).toBe('no-store');
    const cookie = response.headers
      .getSetCookie()[0]!
      .split(';')
      .map((part) => part.trim());
    expect(cookie[0]).toMatch(new RegExp(`^${providerSessionCookie}=[A-Za-z0-9_-]{43}$`));
    expect(cookie.slice(1).sort()).toEqual(['HttpOnly', 'Path=/api', 'SameSite=Strict', 'Secure']);
    const { client, session } = await loginOf(server, response);
    keepClient(client);
    expect(session).toMatchObject({ stage: 'activation', provider: { ik, name: `Testapotheke ${ik}` } });
    expect(session.idleTimeoutSeconds).toBe(15 * 60);
    expect(Date.parse(session.idleExpiresAt)).toBe(start.getTime() + 15 * 60 * 1000);
    expect(Date.parse(session.absoluteExpiresAt)).toBe(start.getTime() + 8 * 60 * 60 * 1000);

    for (const [method, path, body] of [
      ['GET', providerApiKeysPath, undefined],
      ['POST', providerApiKeysPath, { label: 'Kasse' }],
      ['DELETE', providerApiKeyPath('6f1c1d8e-3a51-4c1e-9f5e-0d2b7c9a4e11'), undefined],
      ['GET', providerStatusQueryPath, undefined],
    ] as const) {
      expect(await statusOf(await client.fetch(path, { method, body })), `${method} ${path}`).toEqual({
        status: 403,
        code: codes.activationRequired,
      });
    }
    expect(providerSessionSchema.parse(await (await client.fetch(providerSessionPath)).json()).stage).toBe(
      'activation',
    );
    expect((await client.fetch(providerKeepAlivePath, { method: 'POST' })).status).toBe(200);
    expect((await client.fetch(providerLogoutPath, { method: 'POST' })).status).toBe(204);
    expect((await client.fetch(providerSessionPath)).status).toBe(401);
  });

  it('activates with the Prüfnummer and a strong password once: a wrong Prüfnummer or a weak password is 422, the same Prüfnummer again fails', async () => {
    const ik = ikOf('30140077');
    await ensureRegisterEntry(server, ik);
    expect((await requestLetter(server, ik)).status).toBe(202);
    const letter = await latestLetterCodes(server, ik);
    keep(letter.initialPassword, letter.pruefnummer);
    const { client } = await loginOf(server, await logInProvider(server, ik, letter.initialPassword));
    keepClient(client);
    const activate = (pruefnummer: string, newPassword: string, as = client) =>
      as.fetch(providerActivationPath, { body: { pruefnummer, newPassword } });

    expect(await statusOf(await activate('ABCDE-FGHJK', testProviderPassword))).toEqual({
      status: 422,
      code: codes.pruefnummerInvalid,
    });
    for (const [weak, reason] of [
      ['Kurz 1!', 'tooShort'],
      [`Apotheke-${ik}-Sonne`, 'containsIk'],
      ['Sonnenschein2024', 'tooGuessable'],
      ['passwort1234', 'tooGuessable'],
    ] as const) {
      const response = await activate(letter.pruefnummer, weak);
      expect(response.status, weak).toBe(422);
      const problem = (await response.json()) as {
        code: string;
        detail: string;
        errors: { message: string }[];
      };
      expect(problem.code).toBe(codes.passwordWeak);
      expect(problem.errors).toEqual([{ path: 'newPassword', message: reason }]);
      // German and English.
      expect(problem.detail).toMatch(/Passwort.* \/ .*password/);
    }
    expect((await client.fetch(providerActivationPath, { body: {} })).status).toBe(400);

    const activated = await activate(letter.pruefnummer.toLowerCase(), testProviderPassword);
    const { client: active, session } = await loginOf(server, activated);
    keepClient(active);
    expect(session.stage).toBe('active');
    // A new session id for the raised privilege: the activation-stage cookie opens nothing any more.
    expect(active.cookie).not.toBe(client.cookie);
    expect((await client.fetch(providerSessionPath)).status).toBe(401);
    expect((await active.fetch(providerApiKeysPath)).status).toBe(200);

    // The Prüfnummer is used: not again, not even by the session it activated, and the letter opens nothing.
    expect(
      await statusOf(await activate(letter.pruefnummer, 'Ganz anderes Passwort für später 9', active)),
    ).toEqual({
      status: 422,
      code: codes.pruefnummerInvalid,
    });
    expect((await logInProvider(server, ik, letter.initialPassword)).status).toBe(401);

    // The personal password opens the active stage directly.
    const again = await loginOf(server, await logInProvider(server, ik, testProviderPassword));
    keepClient(again.client);
    expect(again.session.stage).toBe('active');
    const audited = await server.db.query<{ action: string; detail: string | null; outcome: string }>(
      "SELECT action, detail, outcome FROM audit_log WHERE actor_id = $1 AND action IN ('provider.login', 'provider.activation') ORDER BY id",
      [ik],
    );
    expect(audited.rows).toEqual([
      { action: 'provider.login', detail: 'activation', outcome: 'ok' },
      { action: 'provider.activation', detail: 'pruefnummer', outcome: 'refused' },
      { action: 'provider.activation', detail: 'passwordWeak.tooShort', outcome: 'refused' },
      { action: 'provider.activation', detail: 'passwordWeak.containsIk', outcome: 'refused' },
      { action: 'provider.activation', detail: 'passwordWeak.tooGuessable', outcome: 'refused' },
      { action: 'provider.activation', detail: 'passwordWeak.tooGuessable', outcome: 'refused' },
      { action: 'provider.activation', detail: null, outcome: 'ok' },
      { action: 'provider.activation', detail: 'pruefnummer', outcome: 'refused' },
      { action: 'provider.login', detail: null, outcome: 'refused' },
      { action: 'provider.login', detail: 'active', outcome: 'ok' },
    ]);
  });

  it('keeps the personal password through a new letter until its Prüfnummer is used, and refuses an expired letter', async () => {
    const provider = await registerActiveProvider(server, ikOf('30140088'));
    keepClient(provider.client);
    const { ik } = provider.client;
    expect((await requestLetter(server, ik, { reason: 'newLetter', termsAccepted: false })).status).toBe(202);
    const letter = await latestLetterCodes(server, ik);
    keep(letter.initialPassword, letter.pruefnummer);
    expect((await loginOf(server, await logInProvider(server, ik, testProviderPassword))).session.stage).toBe(
      'active',
    );
    // The letter holds 30 days (provider_check_settings.letter_valid_days).
    server.clock!.advance(30 * day + 1000);
    expect((await logInProvider(server, ik, letter.initialPassword)).status).toBe(401);
    server.clock!.set(start);
    expect(
      (await loginOf(server, await logInProvider(server, ik, letter.initialPassword))).session.stage,
    ).toBe('activation');
  });

  it('refuses a dormant account with 403 provider.dormant; a new letter and its Prüfnummer set a new password', async () => {
    const provider = await registerActiveProvider(server, ikOf('30140099'));
    keepClient(provider.client);
    const { ik } = provider.client;
    const settings = await readProviderCheckSettings(server.db);
    server.clock!.advance((settings.dormantAfterDays + 1) * day);
    try {
      expect(await statusOf(await logInProvider(server, ik, testProviderPassword))).toEqual({
        status: 403,
        code: codes.dormant,
      });
      // A wrong password learns nothing about dormancy.
      expect((await logInProvider(server, ik, 'Falsches Passwort 123 Zitrone')).status).toBe(401);
      expect((await requestLetter(server, ik, { reason: 'newLetter', termsAccepted: false })).status).toBe(
        202,
      );
      const letter = await latestLetterCodes(server, ik);
      keep(letter.initialPassword, letter.pruefnummer);
      const first = await loginOf(server, await logInProvider(server, ik, letter.initialPassword));
      keepClient(first.client);
      const newPassword = 'Heidelbeere Seilbahn Kompass 42';
      const activated = await loginOf(
        server,
        await first.client.fetch(providerActivationPath, {
          body: { pruefnummer: letter.pruefnummer, newPassword },
        }),
      );
      keepClient(activated.client);
      expect(activated.session.stage).toBe('active');
      expect((await logInProvider(server, ik, testProviderPassword)).status).toBe(401);
      const again = await loginOf(server, await logInProvider(server, ik, newPassword));
      keepClient(again.client);
      expect(again.session.stage).toBe('active');
      keep(newPassword);
    } finally {
      server.clock!.set(start);
    }
  });

  it('makes, lists and revokes API keys: shown once, stored as SHA-256, a revoked key refused, a key no login elsewhere', async () => {
    const provider = await registerActiveProvider(server, ikOf('30140101'));
    const { client } = provider;
    keepClient(client);
    const made = await client.fetch(providerApiKeysPath, { body: { label: 'Kassensystem' } });
    expect(made.status).toBe(201);
    expect(made.headers.get('cache-control')).toBe('no-store');
    const { key, secret } = providerNewApiKeySchema.parse(await made.json());
    keep(secret);
    expect(secret).toMatch(/^zbk_[A-Za-z0-9_-]{43}$/);
    expect(key).toEqual({ id: key.id, label: 'Kassensystem', createdAt: start.toISOString() });
    const stored = await server.db.query<{ secret_sha256: string }>(
      'SELECT secret_sha256 FROM provider_api_keys WHERE id = $1',
      [key.id],
    );
    expect(stored.rows).toEqual([{ secret_sha256: createHash('sha256').update(secret).digest('hex') }]);

    const listed = await client.fetch(providerApiKeysPath);
    const listText = await listed.text();
    expect(listText).not.toContain(secret);
    expect(providerApiKeyListSchema.parse(JSON.parse(listText)).keys).toEqual([key]);
    // Without the CSRF token a session makes no key.
    const { [csrfHeader]: _csrf, ...withoutToken } = client.headers;
    const forged = await fetch(new URL(providerApiKeysPath, server.url), {
      method: 'POST',
      headers: { ...withoutToken, 'Content-Type': 'application/json' },
      body: JSON.stringify({ label: 'Fremd' }),
    });
    expect(await statusOf(forged)).toEqual({ status: 403, code: 'auth.csrfMissing' });

    const bearer = { Authorization: `Bearer ${secret}` };
    // The key is a login only for the status query (a bare body: admitted, then refused as invalid, 400).
    const query = await fetch(new URL(providerStatusQueryPath, server.url), {
      method: 'POST',
      headers: bearer,
    });
    expect(query.status).toBe(400);
    const used = providerApiKeyListSchema.parse(await (await client.fetch(providerApiKeysPath)).json());
    expect(used.keys[0]!.lastUsedAt).toBe(start.toISOString());
    for (const [method, path] of [
      ['GET', providerApiKeysPath],
      ['POST', providerApiKeysPath],
      ['GET', providerSessionPath],
      ['GET', providerStatusQueryPath],
      ['DELETE', providerApiKeyPath(key.id)],
    ] as const) {
      const response = await fetch(new URL(path, server.url), { method, headers: bearer });
      expect(response.status, `${method} ${path}`).toBe(401);
    }

    // Another provider cannot revoke it.
    const other = await providerClient(server, { ik: ikOf('30140112'), name: 'Andere Apotheke' });
    keepClient(other);
    expect(await statusOf(await other.fetch(providerApiKeyPath(key.id), { method: 'DELETE' }))).toEqual({
      status: 404,
      code: codes.apiKeyNotFound,
    });
    expect((await client.fetch(providerApiKeyPath(key.id), { method: 'DELETE' })).status).toBe(204);
    expect(await statusOf(await client.fetch(providerApiKeyPath(key.id), { method: 'DELETE' }))).toEqual({
      status: 404,
      code: codes.apiKeyNotFound,
    });
    expect(
      await statusOf(await client.fetch(providerApiKeyPath('not-a-uuid'), { method: 'DELETE' })),
    ).toEqual({
      status: 404,
      code: codes.apiKeyNotFound,
    });
    expect(
      providerApiKeyListSchema.parse(await (await client.fetch(providerApiKeysPath)).json()).keys,
    ).toEqual([]);
    const revoked = await fetch(new URL(providerStatusQueryPath, server.url), {
      method: 'POST',
      headers: bearer,
    });
    expect(revoked.status).toBe(401);
    const audited = await server.db.query<{ action: string; detail: string }>(
      "SELECT action, detail FROM audit_log WHERE actor_id = $1 AND action LIKE 'provider.apiKey.%' ORDER BY id",
      [client.ik],
    );
    expect(audited.rows).toEqual([
      { action: 'provider.apiKey.created', detail: key.id },
      { action: 'provider.apiKey.revoked', detail: key.id },
    ]);
  });

  it('slides the idle end with each request but not with GET session, ends the session when idle, and ends it at logout', async () => {
    const { client } = await registerActiveProvider(server, ikOf('30140123'));
    keepClient(client);
    try {
      server.clock!.advance(10 * 60 * 1000);
      const asked = providerSessionSchema.parse(await (await client.fetch(providerSessionPath)).json());
      expect(Date.parse(asked.idleExpiresAt)).toBe(start.getTime() + 15 * 60 * 1000);
      const kept = providerSessionSchema.parse(
        await (await client.fetch(providerKeepAlivePath, { method: 'POST' })).json(),
      );
      expect(Date.parse(kept.idleExpiresAt)).toBe(start.getTime() + 25 * 60 * 1000);
      server.clock!.advance(15 * 60 * 1000);
      expect((await client.fetch(providerSessionPath)).status).toBe(401);
    } finally {
      server.clock!.set(start);
    }
    const { client: next } = await loginOf(
      server,
      await logInProvider(server, client.ik, testProviderPassword),
    );
    keepClient(next);
    const out = await next.fetch(providerLogoutPath, { method: 'POST' });
    expect(out.status).toBe(204);
    expect(out.headers.getSetCookie()[0]).toMatch(new RegExp(`^${providerSessionCookie}=;.*Max-Age=0`));
    expect((await next.fetch(providerSessionPath)).status).toBe(401);
    expect((await next.fetch(providerLogoutPath, { method: 'POST' })).status).toBe(401);
  });

  it('locks an IK out after five failed logins (429 with Retry-After, even with the right password) until the window ends', async () => {
    const { client } = await registerActiveProvider(server, ikOf('30140134'));
    keepClient(client);
    server.clock!.set(new Date('2026-05-04T08:15:00Z'));
    try {
      for (let attempt = 0; attempt < 5; attempt++) {
        expect((await logInProvider(server, client.ik, 'Falsches Passwort 123 Zitrone')).status).toBe(401);
      }
      const locked = await logInProvider(server, client.ik, testProviderPassword);
      expect(await statusOf(locked.clone())).toEqual({ status: 429, code: codes.loginLocked });
      expect(Number(locked.headers.get('retry-after'))).toBe(15 * 60);
      server.clock!.advance(15 * 60 * 1000);
      keepClient(
        (await loginOf(server, await logInProvider(server, client.ik, testProviderPassword))).client,
      );
    } finally {
      server.clock!.set(start);
    }
  });

  it('writes no password, Prüfnummer, API key, session id or CSRF token to a log line or the audit trail', async () => {
    expect(secrets.length).toBeGreaterThan(30);
    secrets.push(testProviderPassword, 'Falsches Passwort 123 Zitrone', 'Sonnenschein2024', 'passwort1234');
    const log = server.logText();
    expect(log).toContain('"route":"/api/v1/provider/login"');
    const audit = JSON.stringify((await server.db.query('SELECT * FROM audit_log')).rows);
    const rateLimits = JSON.stringify((await server.db.query('SELECT * FROM rate_limits')).rows);
    for (const secret of secrets) {
      for (const form of new Set([secret, secret.replaceAll('-', '')])) {
        expect(log, `the log contains ${form}`).not.toContain(form);
        expect(audit, `the audit trail contains ${form}`).not.toContain(form);
        expect(rateLimits).not.toContain(form);
      }
    }
  });
});

describe('provider login lockout per client', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({
      database: 'pglite',
      env: { RATE_LIMIT_LOGIN_FAILURES_PER_ACCOUNT: '100', RATE_LIMIT_LOGIN_FAILURES_PER_CLIENT: '3' },
    });
    server.clock!.set(new Date('2026-05-04T08:00:00Z'));
  });
  afterAll(() => server.stop());

  it('locks a client out after failures across different IKs', async () => {
    for (const serial of ['30147001', '30147002', '30147003']) {
      expect((await logInProvider(server, ikOf(serial), 'Irgendein Passwort 1')).status).toBe(401);
    }
    expect(await statusOf(await logInProvider(server, ikOf('30147004'), 'Irgendein Passwort 1'))).toEqual({
      status: 429,
      code: codes.loginLocked,
    });
  });
});

describe('the demo register seed and the admin commands', () => {
  let server: TestServer;
  let workDir: string;
  beforeAll(async () => {
    server = await startTestServer({ database: 'pglite' });
    server.clock!.set(new Date('2026-05-04T08:00:00Z'));
    workDir = mkdtempSync(join(tmpdir(), 'zb-provider-admin-'));
  });
  afterAll(async () => {
    await server.stop();
    rmSync(workDir, { recursive: true, force: true });
  });

  const admin = async (args: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const io: AdminIo = {
      out: (line) => out.push(line),
      err: (line) => err.push(line),
      readPassword: async () => '',
      now: () => server.clock!.now(),
    };
    return { code: await runProviderCommand(server.db, args, io), out, err };
  };

  it('seeds pharmacies and a practice with valid IKs, once: a restart leaves the entries as they are', async () => {
    expect(demoProviderRegister.length).toBeGreaterThanOrEqual(4);
    for (const entry of demoProviderRegister) expect(validateIk(entry.ik).ok, entry.ik).toBe(true);
    await server.db.query("UPDATE provider_register SET name = 'Umbenannt' WHERE ik = $1", [
      demoProviderRegister[0]!.ik,
    ]);
    await seedDemoProviderRegister(server.db);
    const rows = await server.db.query<{ ik: string; name: string }>(
      'SELECT ik, name FROM provider_register ORDER BY ik',
    );
    expect(rows.rows.map((row) => row.ik)).toEqual(demoProviderRegister.map((entry) => entry.ik).sort());
    expect(rows.rows.find((row) => row.ik === demoProviderRegister[0]!.ik)?.name).toBe('Umbenannt');
  });

  it('changes the limits of the status check, and prints them', async () => {
    const changed = await admin(['provider', 'settings', '--daily-quota', '250', '--dormant-days', '365']);
    expect(changed.code).toBe(0);
    expect(changed.out).toEqual([
      'daily-quota\t250',
      'burst-limit\t30',
      'burst-window-seconds\t60',
      'dormant-days\t365',
      'letter-valid-days\t30',
    ]);
    expect(await readProviderCheckSettings(server.db)).toMatchObject({
      dailyQuota: 250,
      dormantAfterDays: 365,
    });
    expect((await admin(['provider', 'settings', '--burst-limit', '0'])).code).toBe(2);
    expect((await admin(['provider', 'settings', '--unknown', '3'])).code).toBe(2);
    expect((await admin(['provider', 'settings'])).out[0]).toBe('daily-quota\t250');
  });

  it("sets one provider's own daily limit and takes it away again", async () => {
    const client = await providerClient(server, { ik: ikOf('30148001'), name: 'Quota-Apotheke' });
    const quota = async () =>
      (
        await server.db.query<{ daily_quota: number | null }>(
          'SELECT daily_quota FROM provider_accounts WHERE ik = $1',
          [client.ik],
        )
      ).rows[0]?.daily_quota;
    expect((await admin(['provider', 'quota', client.ik, '500'])).code).toBe(0);
    expect(await quota()).toBe(500);
    expect((await admin(['provider', 'quota', client.ik, 'default'])).code).toBe(0);
    expect(await quota()).toBeNull();
    expect((await admin(['provider', 'quota', ikOf('30148002'), '500'])).code).toBe(1);
    expect((await admin(['provider', 'quota', client.ik, 'viele'])).code).toBe(2);
  });

  it('imports register entries from a JSON file, all or none', async () => {
    const good = join(workDir, 'register.json');
    const entries = [
      { ik: ikOf('30149101'), name: 'Marien-Apotheke', addressLines: ['Markt 5', '09111 Chemnitz'] },
      {
        ik: demoProviderRegister[1]!.ik,
        name: 'Sonnen-Apotheke Gohlis',
        addressLines: ['Neue Straße 2', '04155 Leipzig'],
      },
    ];
    writeFileSync(good, JSON.stringify(entries));
    const imported = await admin(['provider', 'import', good]);
    expect(imported).toMatchObject({ code: 0, out: ['IK register: 1 added, 1 updated.'] });
    const moved = await server.db.query<{ address_lines: unknown }>(
      'SELECT address_lines FROM provider_register WHERE ik = $1',
      [demoProviderRegister[1]!.ik],
    );
    expect(moved.rows[0]?.address_lines).toEqual(['Neue Straße 2', '04155 Leipzig']);

    const bad = join(workDir, 'bad.json');
    writeFileSync(
      bad,
      JSON.stringify([
        { ik: ikOf('30149102'), name: 'Gute Apotheke', addressLines: ['Weg 1', '01067 Dresden'] },
        {
          ik: wrongCheckDigit(ikOf('30149103')),
          name: 'Falsche Prüfziffer',
          addressLines: ['Weg 2', '01067 Dresden'],
        },
      ]),
    );
    const refused = await admin(['provider', 'import', bad]);
    expect(refused.code).toBe(1);
    expect(refused.err.join('\n')).toContain('1.ik');
    expect(
      (await server.db.query('SELECT 1 FROM provider_register WHERE ik = $1', [ikOf('30149102')])).rows,
    ).toEqual([]);
    expect((await admin(['provider', 'import', join(workDir, 'missing.json')])).code).toBe(1);
    const audited = await server.db.query<{ action: string }>(
      "SELECT action FROM audit_log WHERE actor_role = 'admin' ORDER BY id",
    );
    expect(audited.rows.map((row) => row.action)).toEqual([
      'provider.settings.changed',
      'provider.quota.set',
      'provider.quota.set',
      'provider.register.imported',
    ]);
  });
});
