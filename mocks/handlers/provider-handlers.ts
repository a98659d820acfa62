import { http, HttpResponse } from 'msw';
import { commonProblemCodes } from '../../src/api/contracts/api-problem';
import {
  demoProviderLettersPath,
  providerActivationPath,
  providerActivationRequestSchema,
  providerApiKeyRequestSchema,
  providerApiKeyRoute,
  providerApiKeysPath,
  providerChallengePath,
  providerKeepAlivePath,
  providerLetterRequestPath,
  providerLetterRequestSchema,
  providerLoginPath,
  providerLoginRequestSchema,
  providerLogoutPath,
  providerProblemCodes as codes,
  providerSessionPath,
  providerApiKeyPrefix,
  type DemoProviderLetters,
  type ProviderApiKey,
} from '../../src/api/contracts/provider-check';
import { validateIk } from '../../src/domain/identifiers/ik';
import {
  mockOutgoingLetters,
  mockProviderAccounts,
  mockProviderApiKeys,
  mockProviderCheckSettings as settings,
  mockProviderLetters,
  mockProviderSessions,
  registerEntry,
  type MockProviderAccount,
  type MockProviderApiKey,
  type MockProviderSession,
} from '../store/provider-store';
import { sameCode } from './abrufcode';
import { problem } from './problem';
import {
  clearSessionCookie,
  jsonAnswer,
  noStore,
  parsed,
  providerAbsoluteMs,
  providerCaller,
  providerIdleMs,
  sessionAnswer,
  sessionKeyOf,
  setSessionCookie,
} from './provider-access';
import { acceptChallenge, newChallenge } from './provider-challenge';
import { hit, lockedOut } from './provider-limits';
import { insuredHandlers } from './provider-insured-handlers';
import { currentLetter, postProviderLetter, pruefnummerHmac, initialPasswordHmac } from './provider-letter';
import { labelledHmac, randomToken } from './provider-secret';
import { statusQueryHandlers } from './provider-status-handlers';
import { sha256Hex } from './web-sha256';

/**
 * The provider status check's twin (issue 15, ADR 0026; server: src/server/providers and status-check): the
 * challenge and letter requests, login with the letter's initial password or the personal one, activation with
 * the Prüfnummer, the session, API keys and the demo mailbox; the status query and the insured person's view in
 * their own files. Held to the server by tests/contract/provider-check.test.ts.
 *
 * Where the mock is simpler than the server: the personal password is an HMAC with the mock's key (no scrypt in
 * the browser), and its strength rule is the length (12 characters) and the IK only — the server's zxcvbn-ts
 * estimate (src/server/providers/password-strength.ts) is server-only code, so a password the mock takes may be
 * refused by the server. Failed logins are locked out per IK only (msw sees no client address).
 */
const dayMs = 24 * 60 * 60 * 1000;
// The server's defaults (RATE_LIMIT_LOGIN_FAILURES_PER_ACCOUNT): five wrong passwords, or Prüfnummern, per IK.
const loginFailures = { bucket: 'provider-login-account', limit: 5, windowMs: 15 * 60 * 1000 };
const pruefnummerFailures = { bucket: 'provider-pruefnummer', limit: 5, windowMs: 15 * 60 * 1000 };
const minimumPasswordLength = 12;

const personalPasswordHmac = (ik: string, password: string) =>
  labelledHmac('provider-personal-password', `${ik}:${password}`);

const loginLocked = (retryAfterSeconds: number) => {
  const refused = problem(429, codes.loginLocked, 'Too many failed attempts; try again later');
  refused.headers.set('Retry-After', String(retryAfterSeconds));
  return refused;
};

const loginFailed = () => problem(401, codes.loginFailed, 'IK or password is not right');

/** An account whose last login (or activation) lies longer back than the settings allow needs a new letter. */
const isDormant = (account: MockProviderAccount, now: number) => {
  const last = account.lastLoginAt ?? account.activatedAt;
  return last !== undefined && now - last > settings.dormantAfterDays * dayMs;
};

async function openSession(
  ik: string,
  stage: MockProviderSession['stage'],
  letterId: number | undefined,
  now: number,
): Promise<Response> {
  const sessionId = randomToken();
  const session: MockProviderSession = {
    ik,
    stage,
    ...(letterId === undefined ? {} : { letterId }),
    csrfToken: randomToken(),
    idleExpiresAt: now + providerIdleMs,
    absoluteExpiresAt: now + providerAbsoluteMs,
  };
  mockProviderSessions.set(await sessionKeyOf(sessionId), session);
  return HttpResponse.json(sessionAnswer(session), {
    headers: { ...noStore, ...setSessionCookie(sessionId) },
  });
}

function passwordWeakness(
  password: string,
  ik: string,
): { reason: 'tooShort' | 'containsIk'; de: string; en: string } | undefined {
  if ([...password].length < minimumPasswordLength) {
    return {
      reason: 'tooShort',
      de: `Das Passwort ist zu kurz. Es muss mindestens ${minimumPasswordLength} Zeichen haben.`,
      en: `The password is too short. It must have at least ${minimumPasswordLength} characters.`,
    };
  }
  if (password.replace(/\s+/g, '').includes(ik)) {
    return {
      reason: 'containsIk',
      de: 'Das Passwort darf Ihr Institutionskennzeichen (IK) nicht enthalten.',
      en: 'The password must not contain your institution code (IK).',
    };
  }
  return undefined;
}

const keyAnswer = (key: MockProviderApiKey): ProviderApiKey => ({
  id: key.id,
  label: key.label,
  createdAt: new Date(key.createdAt).toISOString(),
  ...(key.lastUsedAt === undefined ? {} : { lastUsedAt: new Date(key.lastUsedAt).toISOString() }),
});

const liveKeysOf = (ik: string) =>
  [...mockProviderApiKeys.values()]
    .filter((key) => key.ik === ik && key.revokedAt === undefined)
    .sort((a, b) => a.createdAt - b.createdAt)
    .map(keyAnswer);

const providerRoutes = [
  http.get(providerChallengePath, async () => jsonAnswer(await newChallenge(Date.now()))),

  http.post(providerLetterRequestPath, async ({ request }) => {
    const body = await parsed(request, providerLetterRequestSchema, 'Invalid letter request');
    if (body instanceof Response) return body;
    if (!validateIk(body.ik).ok) {
      return problem(400, commonProblemCodes.requestInvalid, 'Invalid letter request', [
        { path: 'ik', message: 'the check digit does not match' },
      ]);
    }
    if (body.reason === 'registration' && !body.termsAccepted) {
      return problem(422, codes.termsNotAccepted, 'Please accept the terms of use');
    }
    const now = Date.now();
    if (!(await acceptChallenge(body.altcha, now))) {
      return problem(400, codes.challengeFailed, 'The proof of work was not solved, has expired or was used');
    }
    // The same answer whether or not the IK is on file: the letter goes to the register's address only. A new
    // account only with the terms of use accepted; a "new letter" for an IK without an account is none.
    const entry = registerEntry(body.ik);
    if (entry && (mockProviderAccounts.has(entry.ik) || body.termsAccepted)) {
      if (!mockProviderAccounts.has(entry.ik))
        mockProviderAccounts.set(entry.ik, { ik: entry.ik, createdAt: now });
      await postProviderLetter(entry, body.reason, now);
    }
    return jsonAnswer({ accepted: true }, 202);
  }),

  http.post(providerLoginPath, async ({ request }) => {
    const body = await parsed(request, providerLoginRequestSchema, 'Invalid login');
    if (body instanceof Response) return body;
    const now = Date.now();
    const ik = body.ik.trim();
    const { password } = body;
    // Keyed by the typed IK, known or not: an unknown IK locks out like a known one.
    const locked = lockedOut(loginFailures, ik, now);
    if (!locked.allowed) return loginLocked(locked.retryAfterSeconds);
    const account = /^\d{9}$/.test(ik) ? mockProviderAccounts.get(ik) : undefined;
    if (account?.passwordHmac !== undefined) {
      if (sameCode(await personalPasswordHmac(ik, password), account.passwordHmac)) {
        if (isDormant(account, now)) {
          return problem(
            403,
            codes.dormant,
            'The account was not used for too long; please ask for a new letter',
          );
        }
        // Only a login with the personal password counts against dormancy.
        account.lastLoginAt = now;
        return openSession(ik, 'active', undefined, now);
      }
    }
    const letter = account ? currentLetter(ik, now) : undefined;
    if (letter && sameCode(await initialPasswordHmac(ik, password), letter.initialPasswordHmac)) {
      return openSession(ik, 'activation', letter.id, now);
    }
    hit(loginFailures, ik, now);
    return loginFailed();
  }),

  http.post(providerActivationPath, async ({ request, cookies }) => {
    const caller = await providerCaller(request, cookies, { activation: true });
    if (caller instanceof Response) return caller;
    const body = await parsed(request, providerActivationRequestSchema, 'Invalid activation');
    if (body instanceof Response) return body;
    const now = Date.now();
    const lockout = lockedOut(pruefnummerFailures, caller.ik, now);
    if (!lockout.allowed) return loginLocked(lockout.retryAfterSeconds);
    // An active session has no letter: its Prüfnummer was used (or it never had one).
    const letterId = caller.session?.value.letterId;
    const letter = mockProviderLetters.find((candidate) => candidate.id === letterId);
    if (
      !letter ||
      currentLetter(caller.ik, now)?.id !== letter.id ||
      !sameCode(await pruefnummerHmac(caller.ik, body.pruefnummer), letter.pruefnummerHmac)
    ) {
      hit(pruefnummerFailures, caller.ik, now);
      return problem(
        422,
        codes.pruefnummerInvalid,
        'The Prüfnummer is not right, has expired or was used before',
      );
    }
    const weakness = passwordWeakness(body.newPassword, caller.ik);
    if (weakness) {
      return HttpResponse.json(
        {
          title: weakness.en,
          status: 422,
          code: codes.passwordWeak,
          detail: `${weakness.de} / ${weakness.en}`,
          errors: [{ path: 'newPassword', message: weakness.reason }],
        },
        { status: 422, headers: { ...noStore, 'Content-Type': 'application/problem+json' } },
      );
    }
    const account = mockProviderAccounts.get(caller.ik);
    if (!account) throw new Error('An activation session without its account');
    account.passwordHmac = await personalPasswordHmac(caller.ik, body.newPassword);
    account.activatedAt = now;
    account.lastLoginAt = now;
    letter.usedAt = now;
    // Every session of the IK ends (an old password may be known to someone), and the raised privilege gets a
    // new session id.
    for (const [key, session] of mockProviderSessions)
      if (session.ik === caller.ik) mockProviderSessions.delete(key);
    return openSession(caller.ik, 'active', undefined, now);
  }),

  http.get(providerSessionPath, async ({ request, cookies }) => {
    const caller = await providerCaller(request, cookies, { slides: false, activation: true });
    if (caller instanceof Response) return caller;
    if (!caller.session) throw new Error('A session route without a session');
    return jsonAnswer(sessionAnswer(caller.session.value));
  }),

  http.post(providerKeepAlivePath, async ({ request, cookies }) => {
    const caller = await providerCaller(request, cookies, { activation: true });
    if (caller instanceof Response) return caller;
    if (!caller.session) throw new Error('A session route without a session');
    return jsonAnswer(sessionAnswer(caller.session.value));
  }),

  http.post(providerLogoutPath, async ({ request, cookies }) => {
    const caller = await providerCaller(request, cookies, { activation: true });
    if (caller instanceof Response) return caller;
    if (caller.session) mockProviderSessions.delete(caller.session.key);
    return new HttpResponse(null, { status: 204, headers: { ...noStore, ...clearSessionCookie() } });
  }),

  http.get(providerApiKeysPath, async ({ request, cookies }) => {
    const caller = await providerCaller(request, cookies);
    if (caller instanceof Response) return caller;
    return jsonAnswer({ keys: liveKeysOf(caller.ik) });
  }),

  http.post(providerApiKeysPath, async ({ request, cookies }) => {
    const caller = await providerCaller(request, cookies);
    if (caller instanceof Response) return caller;
    const body = await parsed(request, providerApiKeyRequestSchema, 'Invalid API key request');
    if (body instanceof Response) return body;
    const secret = `${providerApiKeyPrefix}${randomToken()}`;
    const key: MockProviderApiKey = {
      id: crypto.randomUUID(),
      ik: caller.ik,
      label: body.label,
      secretSha256: await sha256Hex(new TextEncoder().encode(secret)),
      createdAt: Date.now(),
    };
    mockProviderApiKeys.set(key.id, key);
    return jsonAnswer({ key: keyAnswer(key), secret }, 201);
  }),

  http.delete(providerApiKeyRoute, async ({ request, cookies, params }) => {
    const caller = await providerCaller(request, cookies);
    if (caller instanceof Response) return caller;
    const key = mockProviderApiKeys.get(String(params.keyId).toLowerCase());
    if (!key || key.ik !== caller.ik || key.revokedAt !== undefined) {
      return problem(404, codes.apiKeyNotFound, 'No such API key');
    }
    key.revokedAt = Date.now();
    return new HttpResponse(null, { status: 204, headers: noStore });
  }),

  // Demo only on the server; the mock is the demo. The IK is an institution's number: fine in a URL.
  http.get(demoProviderLettersPath, ({ request }) => {
    const ik = new URL(request.url).searchParams.get('ik') ?? '';
    if (!/^\d{9}$/.test(ik)) {
      return problem(400, commonProblemCodes.requestInvalid, 'Invalid IK', [
        { path: 'ik', message: 'nine digits' },
      ]);
    }
    const letters: DemoProviderLetters['letters'] = mockOutgoingLetters
      .filter((letter) => letter.ik === ik)
      .sort((a, b) => Number(b.id) - Number(a.id))
      .map(({ id, createdAt, recipient, subject, body }) => ({ id, createdAt, recipient, subject, body }));
    return jsonAnswer({ letters });
  }),
];

export const providerHandlers = [...providerRoutes, ...statusQueryHandlers, ...insuredHandlers];
