import { z } from 'zod';
import { altchaChallengeSchema, solveAltcha } from './altcha-proof';
import { apiFetch } from './api-fetch';
import {
  providerApiKeyListSchema,
  providerApiKeyPath,
  providerApiKeysPath,
  providerChallengePath,
  providerLetterAnswerSchema,
  providerLetterRequestPath,
  providerNewApiKeySchema,
  providerQueryHistorySchema,
  providerStatusQueryPath,
  statusAnswerSchema,
  type ProviderApiKey,
  type ProviderLetterRequest,
  type ProviderNewApiKey,
  type ProviderQueryHistory,
  type StatusAnswer,
  type StatusQueryRequest,
} from './contracts/provider-check';
import { providerJsonHeaders, providerPostHeaders } from './provider-session';

/**
 * The provider's requests besides the session (issue 15): the letter request with its proof of work, the status
 * query, the own history and the API keys. The patient's KVNR and birth date travel in a POST body only, never in a
 * URL (security checklist § 1i).
 */

/** A fresh proof-of-work challenge (never cached: each is accepted once). */
export async function fetchProviderChallenge() {
  return apiFetch(providerChallengePath, altchaChallengeSchema, { cache: 'no-store' });
}

/**
 * Registration or a new letter: fetches a challenge, solves it (altcha-proof.ts) and sends the request. The answer
 * is the same 202 whether or not the IK is on file.
 */
export async function requestProviderLetter(request: Omit<ProviderLetterRequest, 'altcha'>): Promise<void> {
  const challenge = await fetchProviderChallenge();
  const altcha = await solveAltcha(challenge);
  const body: ProviderLetterRequest = { ...request, altcha };
  await apiFetch(providerLetterRequestPath, providerLetterAnswerSchema, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
}

/** One status query: exempt with initials and validity, or not exempt with nothing else (ADR 0026). */
export async function postStatusQuery(request: StatusQueryRequest): Promise<StatusAnswer> {
  return apiFetch(providerStatusQueryPath, statusAnswerSchema, {
    method: 'POST',
    headers: providerJsonHeaders(),
    body: JSON.stringify(request),
  });
}

/** The provider's own query history and today's count against the daily limit. */
export async function fetchQueryHistory(): Promise<ProviderQueryHistory> {
  return apiFetch(providerStatusQueryPath, providerQueryHistorySchema);
}

export async function fetchApiKeys(): Promise<ProviderApiKey[]> {
  return (await apiFetch(providerApiKeysPath, providerApiKeyListSchema)).keys;
}

/** Makes a key: the answer is the only time its secret is shown. */
export async function createApiKey(label: string): Promise<ProviderNewApiKey> {
  return apiFetch(providerApiKeysPath, providerNewApiKeySchema, {
    method: 'POST',
    headers: providerJsonHeaders(),
    body: JSON.stringify({ label }),
  });
}

// 204 without a body, or the remaining list: either way the page asks for the list again.
const revokeAnswerSchema = z.union([z.undefined(), providerApiKeyListSchema]);

export async function revokeApiKey(keyId: string): Promise<void> {
  await apiFetch(providerApiKeyPath(keyId), revokeAnswerSchema, {
    method: 'DELETE',
    headers: providerPostHeaders(),
  });
}

/** Query keys below the session's ['provider', …]: logout drops them with it. */
export const providerHistoryKey = ['provider', 'history'] as const;
export const providerApiKeysKey = ['provider', 'api-keys'] as const;
