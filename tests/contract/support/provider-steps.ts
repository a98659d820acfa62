import { solveChallenge, type Challenge } from 'altcha-lib';
import { deriveKey as pbkdf2DeriveKey } from 'altcha-lib/algorithms/web/pbkdf2';
import { deriveKey as shaDeriveKey } from 'altcha-lib/algorithms/web/sha';
import { expect } from 'vitest';
import { csrfHeader } from '../../../src/api/contracts/caseworker-auth';
import {
  demoProviderLettersPath,
  demoProviderLettersSchema,
  providerActivationPath,
  providerChallengePath,
  providerLetterRequestPath,
  providerLoginPath,
  providerSessionCookie,
  providerSessionSchema,
  type DemoProviderLetters,
  type ProviderSession,
} from '../../../src/api/contracts/provider-check';
import { ikCheckDigit } from '../../../src/domain/identifiers/ik';
import type { ContractTarget } from './contract-target';

/*
 * The provider's way in (issue 15), the same against the mock and the servers: solve the proof-of-work challenge,
 * ask for a letter, read it in the demo mailbox (GET /api/v1/demo/provider-letters, which the servers in demo mode
 * and the mock both answer), log in with its initial password and activate with its Prüfnummer.
 *
 * Every provider request names its session cookie explicitly, or an empty one: msw keeps the cookies its handlers
 * set in one jar for the mock's origin and would otherwise send the last login's session along (a header's cookie
 * wins over the jar's; the servers ignore an empty one).
 */
export const json = { 'Content-Type': 'application/json' };
export const noSession = { Cookie: `${providerSessionCookie}=` };

/** A personal password the server's strength check (zxcvbn score ≥ 3, no IK) accepts. */
export const strongPassword = 'Kiefernzapfen-Leuchtturm-Morgentau-47';

let serial = 0;
/**
 * A valid IK (check digit per src/domain/identifiers/ik.ts) no other test of the file uses: pharmacies (30) in
 * Saxony (14), serials from 9000 up (the demo register's are below).
 */
export function freshIk(): string {
  serial += 1;
  const eight = `3014${String(9000 + serial).padStart(4, '0')}`;
  return `${eight}${ikCheckDigit(eight)}`;
}

/** A register entry for a fresh IK, added to the target's register. */
export async function registeredProvider(target: ContractTarget, name = 'Test-Apotheke') {
  const entry = { ik: freshIk(), name: `${name} ${serial}`, addressLines: ['Teststraße 1', '01067 Dresden'] };
  await target.addProviderToRegister(entry);
  return entry;
}

/** Solves a fresh challenge as the ALTCHA widget does and returns the payload (base64 of {challenge, solution}). */
export async function solvedChallenge(target: ContractTarget): Promise<string> {
  const response = await target.fetch(providerChallengePath);
  const text = await response.text();
  expect(response.status, text).toBe(200);
  expect(response.headers.get('cache-control')).toBe('no-store');
  const { parameters, signature } = JSON.parse(text) as Challenge;
  const challenge: Challenge = { parameters, ...(signature === undefined ? {} : { signature }) };
  const solution = await solveChallenge({
    challenge,
    deriveKey: (params, salt, password) =>
      params.algorithm.startsWith('PBKDF2/')
        ? pbkdf2DeriveKey(params, salt, password)
        : shaDeriveKey(params, salt, password),
  });
  if (!solution) throw new Error('the challenge was not solved in time');
  return btoa(JSON.stringify({ challenge, solution }));
}

export function postLetterRequest(
  target: ContractTarget,
  body: { ik: string; reason?: 'registration' | 'newLetter'; termsAccepted?: boolean; altcha: string },
) {
  return target.fetch(providerLetterRequestPath, {
    method: 'POST',
    headers: json,
    body: JSON.stringify({ reason: 'registration', termsAccepted: true, ...body }),
  });
}

export async function lettersOf(target: ContractTarget, ik: string): Promise<DemoProviderLetters['letters']> {
  const response = await target.fetch(`${demoProviderLettersPath}?${new URLSearchParams({ ik }).toString()}`);
  const text = await response.text();
  expect(response.status, text).toBe(200);
  return demoProviderLettersSchema.parse(JSON.parse(text)).letters;
}

export type LetterCodes = { initialPassword: string; pruefnummer: string };

/** The initial password and the Prüfnummer as the letter prints them (groups of letters and digits with dashes). */
export function codesOf(letter: { body: string }): LetterCodes {
  const code = (label: string) => {
    const match = new RegExp(`${label}[^:\\n]*:\\s*([A-Z0-9]+(?:-[A-Z0-9]+)+)`).exec(letter.body);
    if (!match?.[1]) throw new Error(`The letter names no ${label}:\n${letter.body}`);
    return match[1];
  };
  return { initialPassword: code('Erstpasswort'), pruefnummer: code('Prüfnummer') };
}

/** Asks for a letter for the IK and returns the codes of the one letter that arrived with it. */
export async function newLetter(
  target: ContractTarget,
  ik: string,
  reason: 'registration' | 'newLetter' = 'registration',
): Promise<LetterCodes> {
  const before = new Set((await lettersOf(target, ik)).map((letter) => letter.id));
  const response = await postLetterRequest(target, { ik, reason, altcha: await solvedChallenge(target) });
  expect(response.status, await response.clone().text()).toBe(202);
  const arrived = (await lettersOf(target, ik)).filter((letter) => !before.has(letter.id));
  expect(arrived).toHaveLength(1);
  return codesOf(arrived[0]!);
}

/** A provider's session as a client holds it: the cookie and CSRF headers to send, and the answer. */
export type ProviderLogin = { headers: Record<string, string>; session: ProviderSession };

export function login(target: ContractTarget, ik: string, password: string) {
  return target.fetch(providerLoginPath, {
    method: 'POST',
    headers: { ...json, ...noSession },
    body: JSON.stringify({ ik, password }),
  });
}

/** The session of a 200 login or activation answer, with the cookie it set. */
export async function sessionFrom(response: Response): Promise<ProviderLogin> {
  const text = await response.text();
  expect(response.status, text).toBe(200);
  const session = providerSessionSchema.parse(JSON.parse(text));
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  expect(cookie).toMatch(new RegExp(`^${providerSessionCookie}=[A-Za-z0-9_-]{43}$`));
  return { headers: { Cookie: cookie, [csrfHeader]: session.csrfToken }, session };
}

export function activate(
  target: ContractTarget,
  provider: ProviderLogin,
  body: { pruefnummer: string; newPassword: string },
) {
  return target.fetch(providerActivationPath, {
    method: 'POST',
    headers: { ...json, ...provider.headers },
    body: JSON.stringify(body),
  });
}

/** A fresh register entry, registered and activated: logged in with its personal password. */
export async function activeProvider(target: ContractTarget, name?: string) {
  const entry = await registeredProvider(target, name);
  const codes = await newLetter(target, entry.ik);
  const first = await sessionFrom(await login(target, entry.ik, codes.initialPassword));
  const active = await sessionFrom(
    await activate(target, first, { pruefnummer: codes.pruefnummer, newPassword: strongPassword }),
  );
  expect(active.session.stage).toBe('active');
  return { entry, login: active };
}
