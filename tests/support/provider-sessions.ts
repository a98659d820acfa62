import { solveChallenge, type Challenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/pbkdf2';
import { expect } from 'vitest';
import { csrfHeader } from '../../src/api/contracts/caseworker-auth';
import {
  providerActivationPath,
  providerApiKeysPath,
  providerChallengePath,
  providerLetterRequestPath,
  providerLoginPath,
  providerSessionCookie,
  providerSessionSchema,
  type ProviderSession,
} from '../../src/api/contracts/provider-check';
import { ikCheckDigit } from '../../src/domain/identifiers/ik';
import {
  ensureProviderAccount,
  findProviderAccount,
  setProviderPassword,
} from '../../src/server/providers/provider-accounts';
import { makeProviderApiKey } from '../../src/server/providers/provider-api-keys';
import { createProviderSession } from '../../src/server/providers/provider-sessions';
import { findRegisterEntry, upsertRegisterEntry } from '../../src/server/providers/provider-register';
import { unusablePassword } from './caseworker-sessions';
import type { TestServer } from './test-server';

/*
 * Tests only: providers (issue 15) for the server's tests. Two ways in:
 *
 * - providerClient(server, { ik, name }) makes the register entry, an active account and a session (or an API key)
 *   in the database directly: cheap, for tests of what a provider does once logged in (status queries, the role
 *   matrix). No scrypt, no proof of work.
 * - registerActiveProvider(server, ik) goes the provider's whole way over HTTP: the challenge solved, the letter
 *   asked for, its codes read from outgoing_letters (the print service's table), the login with the initial
 *   password and the activation with the Prüfnummer and a strong personal password. About a second (scrypt and
 *   the proof of work): for tests of that way.
 */

/** A personal password zxcvbn scores 4, without an IK in it. */
export const testProviderPassword = 'Kiefernzapfen Leuchtturm Quittengelee 7';

/** A valid IK (check digit included) from eight digits: classification, region, serial. */
export const ikOf = (eightDigits: string): string => `${eightDigits}${ikCheckDigit(eightDigits)}`;

const nowOf = (server: TestServer) => server.clock?.now() ?? new Date();

export type ProviderClient = {
  ik: string;
  name: string;
  via: 'portal' | 'apiKey';
  /** The Cookie header (portal) or the Authorization header (API key), and the CSRF token for a session. */
  headers: Record<string, string>;
  /** The session cookie's value and CSRF token (portal only). */
  cookie?: string;
  csrfToken?: string;
  /** The API key (apiKey only). */
  apiKey?: string;
  /** A request as this provider; a body is sent as JSON, a method other than GET carries the CSRF token. */
  fetch(
    path: string,
    init?: { method?: string; body?: unknown; headers?: Record<string, string> },
  ): Promise<Response>;
};

function clientOf(
  server: TestServer,
  provider: { ik: string; name: string },
  credentials: { via: 'portal'; cookie: string; csrfToken: string } | { via: 'apiKey'; apiKey: string },
): ProviderClient {
  const headers: Record<string, string> =
    credentials.via === 'portal'
      ? { Cookie: `${providerSessionCookie}=${credentials.cookie}`, [csrfHeader]: credentials.csrfToken }
      : { Authorization: `Bearer ${credentials.apiKey}` };
  return {
    ...provider,
    ...credentials,
    headers,
    fetch: (path, init = {}) => {
      const method = init.method ?? (init.body === undefined ? 'GET' : 'POST');
      const { [csrfHeader]: csrf, ...always } = headers;
      return fetch(new URL(path, server.url), {
        method,
        headers: {
          ...always,
          ...(method === 'GET' || csrf === undefined ? {} : { [csrfHeader]: csrf }),
          ...(init.body === undefined ? {} : { 'Content-Type': 'application/json' }),
          ...init.headers,
        },
        ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
      });
    },
  };
}

/** Puts the IK into the register unless it is there (with an invented address), and answers the entry. */
export async function ensureRegisterEntry(
  server: TestServer,
  ik: string,
  name = `Testapotheke ${ik}`,
): Promise<{ ik: string; name: string; addressLines: string[] }> {
  const known = await findRegisterEntry(server.db, ik);
  if (known) return known;
  const entry = { ik, name, addressLines: ['Teststraße 1', '01067 Dresden'] };
  await upsertRegisterEntry(server.db, entry);
  return entry;
}

/**
 * A provider with an active account and a session made in the database (or, with via 'apiKey', an API key):
 * what a provider has after the activation, without the letter's way there.
 */
export async function providerClient(
  server: TestServer,
  provider: { ik: string; name: string },
  options: { via?: 'portal' | 'apiKey' } = {},
): Promise<ProviderClient> {
  const now = nowOf(server);
  const entry = await ensureRegisterEntry(server, provider.ik, provider.name);
  await ensureProviderAccount(server.db, provider.ik, now);
  if (!(await findProviderAccount(server.db, provider.ik))?.password) {
    // Never logged in with (the login has its own tests): random bytes no password matches.
    await setProviderPassword(server.db, provider.ik, unusablePassword(), now);
  }
  if (options.via === 'apiKey') {
    const { secret } = await makeProviderApiKey(server.db, provider.ik, 'Testsoftware', now);
    return clientOf(server, entry, { via: 'apiKey', apiKey: secret });
  }
  // Long ends: tests move the clock by hours (a day's quota) and the session should still hold.
  const { sessionId, session } = await createProviderSession(
    server.db,
    { ik: entry.ik, name: entry.name, stage: 'active' },
    now,
    { idleMs: 12 * 60 * 60 * 1000, absoluteMs: 48 * 60 * 60 * 1000 },
  );
  return clientOf(server, entry, { via: 'portal', cookie: sessionId, csrfToken: session.csrfToken });
}

/** GET the challenge and solve it as the browser would: the payload for a letter request. */
export async function solvedChallenge(server: TestServer): Promise<string> {
  const response = await fetch(new URL(providerChallengePath, server.url));
  expect(response.status).toBe(200);
  const challenge = (await response.json()) as Challenge;
  const solution = await solveChallenge({ challenge, deriveKey });
  if (!solution) throw new Error('the challenge was not solved in time');
  return Buffer.from(JSON.stringify({ challenge, solution })).toString('base64');
}

export const postJson = (
  server: TestServer,
  path: string,
  body: unknown,
  headers: Record<string, string> = {},
) =>
  fetch(new URL(path, server.url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });

/** A letter request with a freshly solved challenge (unless one is given). */
export async function requestLetter(
  server: TestServer,
  ik: string,
  options: { reason?: 'registration' | 'newLetter'; termsAccepted?: boolean; altcha?: string } = {},
): Promise<Response> {
  return postJson(server, providerLetterRequestPath, {
    ik,
    reason: options.reason ?? 'registration',
    termsAccepted: options.termsAccepted ?? true,
    altcha: options.altcha ?? (await solvedChallenge(server)),
  });
}

export type LetterCodes = { initialPassword: string; pruefnummer: string; subject: string; body: string };

/** The codes of the IK's newest letter, read from its text in outgoing_letters as the addressee would. */
export async function latestLetterCodes(server: TestServer, ik: string): Promise<LetterCodes> {
  const result = await server.db.query<{ subject: string; body: string }>(
    `SELECT subject, body FROM outgoing_letters WHERE recipient_kind = 'provider' AND recipient_ref = $1
     ORDER BY id DESC LIMIT 1`,
    [ik],
  );
  const letter = result.rows[0];
  if (!letter) throw new Error(`no letter for ${ik}`);
  const initialPassword = /Erstpasswort ein: ([A-Z0-9-]+)/.exec(letter.body)?.[1];
  const pruefnummer = /Prüfnummer ein: ([A-Z0-9-]+)/.exec(letter.body)?.[1];
  if (!initialPassword || !pruefnummer) throw new Error('the letter holds no codes');
  return { initialPassword, pruefnummer, subject: letter.subject, body: letter.body };
}

export type ProviderLogin = { client: ProviderClient; session: ProviderSession };

/** The session and a client from a 200 answer of login or activation. */
export async function loginOf(server: TestServer, response: Response): Promise<ProviderLogin> {
  expect(response.status, await response.clone().text()).toBe(200);
  const session = providerSessionSchema.parse(await response.json());
  const cookie = response.headers.getSetCookie().find((line) => line.startsWith(`${providerSessionCookie}=`));
  const value = cookie?.split(';')[0]?.split('=')[1];
  if (!value) throw new Error('no provider session cookie');
  return {
    session,
    client: clientOf(server, session.provider, {
      via: 'portal',
      cookie: value,
      csrfToken: session.csrfToken,
    }),
  };
}

export const logInProvider = (server: TestServer, ik: string, password: string): Promise<Response> =>
  postJson(server, providerLoginPath, { ik, password });

/**
 * The whole way over HTTP: register (a solved challenge, the terms accepted), read the letter, log in with its
 * initial password, activate with its Prüfnummer and `password`. The IK is put into the register first unless it
 * is there. Answers the active session's client, the personal password and the letter's codes.
 */
export async function registerActiveProvider(
  server: TestServer,
  ik: string,
  password = testProviderPassword,
): Promise<ProviderLogin & { password: string; letter: LetterCodes }> {
  await ensureRegisterEntry(server, ik);
  expect((await requestLetter(server, ik)).status).toBe(202);
  const letter = await latestLetterCodes(server, ik);
  const first = await loginOf(server, await logInProvider(server, ik, letter.initialPassword));
  expect(first.session.stage).toBe('activation');
  const activated = await loginOf(
    server,
    await first.client.fetch(providerActivationPath, {
      body: { pruefnummer: letter.pruefnummer, newPassword: password },
    }),
  );
  expect(activated.session.stage).toBe('active');
  return { ...activated, password, letter };
}

/** An API key of the provider, made in the database (an IK) or through the portal with the client's session. */
export async function providerApiKey(server: TestServer, provider: string | ProviderClient): Promise<string> {
  if (typeof provider === 'string') {
    return (
      await providerClient(server, { ik: provider, name: `Testapotheke ${provider}` }, { via: 'apiKey' })
    ).apiKey!;
  }
  const response = await provider.fetch(providerApiKeysPath, { body: { label: 'Testsoftware' } });
  expect(response.status).toBe(201);
  return ((await response.json()) as { secret: string }).secret;
}
