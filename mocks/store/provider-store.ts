import type { ConsentForm, DemoProviderLetters } from '../../src/api/contracts/provider-check';
import { demoProviderRegister, type DemoRegisterEntry } from '../data/demo-providers';

/**
 * The twin of the server's migration 12 tables (provider_register, provider_accounts, provider_letters,
 * outgoing_letters for providers, provider_sessions, provider_api_keys, provider_check_settings, status_queries,
 * status_objections) and of the rate_limits rows the provider check counts in, in memory: a page reload of the
 * static demo starts afresh, and so does the node server's run. Like the server it keeps no secret in clear: the
 * letter's codes and the personal password as HMACs with the mock's key (mocks/handlers/provider-secret.ts), session
 * ids and API keys as SHA-256, the KVNR of a query as its HMAC. Times are milliseconds of Date.now().
 */
export type MockProviderAccount = {
  ik: string;
  /** HMAC of the personal password; absent until a Prüfnummer was used (activated). */
  passwordHmac?: string;
  createdAt: number;
  activatedAt?: number;
  lastLoginAt?: number;
  /** The account's own daily limit; absent: the settings' default. */
  dailyQuota?: number;
};

export type MockProviderLetter = {
  id: number;
  ik: string;
  reason: 'registration' | 'newLetter';
  initialPasswordHmac: string;
  pruefnummerHmac: string;
  createdAt: number;
  expiresAt: number;
  usedAt?: number;
};

/** A letter as the print service (the demo mailbox) gets it: outgoing_letters with recipient_ref = IK. */
export type MockOutgoingLetter = DemoProviderLetters['letters'][number] & { ik: string };

export type MockProviderSession = {
  ik: string;
  stage: 'activation' | 'active';
  /** The letter whose initial password opened an activation session. */
  letterId?: number;
  csrfToken: string;
  idleExpiresAt: number;
  absoluteExpiresAt: number;
};

export type MockProviderApiKey = {
  id: string;
  ik: string;
  label: string;
  secretSha256: string;
  createdAt: number;
  lastUsedAt?: number;
  revokedAt?: number;
};

export type MockStatusQuery = {
  ik: string;
  at: number;
  kvnrHmac: string;
  consent: ConsentForm;
  serviceDate: string;
  result: 'befreit' | 'nicht-befreit' | 'blocked';
  via: 'portal' | 'apiKey';
};

export type MockObjection = { kvnrHmac: string; ik: string; since: number; withdrawnAt?: number };

/** provider_check_settings: the defaults of migration 12. */
export const mockProviderCheckSettings = {
  dailyQuota: 100,
  burstLimit: 30,
  burstWindowSeconds: 60,
  dormantAfterDays: 180,
  letterValidDays: 30,
} as const;

/** Register entries a test added besides the demo's (the server's tests insert theirs into provider_register). */
const addedRegister = new Map<string, DemoRegisterEntry>();
export const mockProviderAccounts = new Map<string, MockProviderAccount>();
export const mockProviderLetters: MockProviderLetter[] = [];
export const mockOutgoingLetters: MockOutgoingLetter[] = [];
/** Keyed by the SHA-256 of the session id. */
export const mockProviderSessions = new Map<string, MockProviderSession>();
export const mockProviderApiKeys = new Map<string, MockProviderApiKey>();
export const mockStatusQueries: MockStatusQuery[] = [];
export const mockObjections: MockObjection[] = [];
/** Challenge ids (nonces) already accepted, with the time their challenge expires: each is accepted once. */
export const usedChallenges = new Map<string, number>();
/** rate_limits: hits per window (bucket, subject and start, as the caller names it). */
const counters = new Map<string, number>();

export const registerEntry = (ik: string): DemoRegisterEntry | undefined =>
  addedRegister.get(ik) ?? demoProviderRegister.find((entry) => entry.ik === ik);

/** Tests only: one more entry in the register. */
export function addMockRegisterEntry(entry: DemoRegisterEntry): void {
  addedRegister.set(entry.ik, entry);
}

let letterSequence = 0;
export const nextLetterId = (): number => (letterSequence += 1);

/**
 * The rate limiter's counters (src/server/rate-limit/rate-limiter.ts): one count per bucket, subject and window,
 * named by the caller. countHit counts one and answers the hits so far; hitsOf only looks.
 */
export function countHit(window: string): number {
  const hits = (counters.get(window) ?? 0) + 1;
  counters.set(window, hits);
  return hits;
}

export const hitsOf = (window: string): number => counters.get(window) ?? 0;

/** The open objection of this person to this provider, if any. */
export const openObjection = (kvnrHmac: string, ik: string): MockObjection | undefined =>
  mockObjections.find(
    (objection) =>
      objection.kvnrHmac === kvnrHmac && objection.ik === ik && objection.withdrawnAt === undefined,
  );

/** Tests: forget every account, letter, session, key, query, objection, used challenge and counter. */
export function resetProviderStore(): void {
  addedRegister.clear();
  mockProviderAccounts.clear();
  mockProviderLetters.splice(0);
  mockOutgoingLetters.splice(0);
  mockProviderSessions.clear();
  mockProviderApiKeys.clear();
  mockStatusQueries.splice(0);
  mockObjections.splice(0);
  usedChallenges.clear();
  counters.clear();
  letterSequence = 0;
}
