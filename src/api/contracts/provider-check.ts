import { z } from 'zod';

/**
 * The provider status check (Online-Hintergrund-Abfrage, issue 15, ADR 0026): pharmacies, therapists and transport
 * services register by their Institutionskennzeichen, receive an initial password and a Prüfnummer by post, log
 * in and ask whether a patient is exempt from co-payments on a date of service. Insured people see the checks of
 * their own status and may object. Shared by the server, the msw twin and the client (tests/contract).
 *
 * Every request that names a patient carries the KVNR in a POST body, never in a URL (security checklist § 1i).
 */
export const providerBasePath = '/api/v1/provider';
/** GET: a proof-of-work challenge (ALTCHA) against automated sign-ups; no third party involved. */
export const providerChallengePath = `${providerBasePath}/challenge`;
/** POST: register, or ask for a new letter after a lost password or a dormant account; always 202. */
export const providerLetterRequestPath = `${providerBasePath}/letter-requests`;
export const providerLoginPath = `${providerBasePath}/login`;
/** POST: the Prüfnummer of the letter and a personal password; ends the activation stage. */
export const providerActivationPath = `${providerBasePath}/activation`;
export const providerSessionPath = `${providerBasePath}/session`;
export const providerKeepAlivePath = `${providerBasePath}/session/keep-alive`;
export const providerLogoutPath = `${providerBasePath}/logout`;
/** POST: one status query; GET: the provider's own query history. */
export const providerStatusQueryPath = `${providerBasePath}/status-queries`;
export const providerApiKeysPath = `${providerBasePath}/api-keys`;
export const providerApiKeyRoute = `${providerApiKeysPath}/:keyId`;
export const providerApiKeyPath = (keyId: string) => `${providerApiKeysPath}/${encodeURIComponent(keyId)}`;

/** The insured person's view of the checks of their own status, by KVNR and card number (POST bodies only). */
export const insuredBasePath = '/api/v1/insured';
export const insuredStatusChecksPath = `${insuredBasePath}/status-checks`;
export const insuredObjectionsPath = `${insuredBasePath}/objections`;
export const insuredObjectionWithdrawalPath = `${insuredBasePath}/objections/withdrawal`;

/** Demo only: the letters the insurer "posted" to an IK, which the demo mailbox page shows. */
export const demoProviderLettersPath = '/api/v1/demo/provider-letters';

/** The session cookie of a provider: HttpOnly, Secure, SameSite=Strict, Path=/api, like the caseworker's. */
export const providerSessionCookie = 'zb_provider_session';
/** Practice and pharmacy software: `Authorization: Bearer <key>`; the key is shown once when it is made. */
export const providerApiKeyPrefix = 'zbk_';
/** Ask for the FHIR shape of the answer with `Accept: application/fhir+json`. */
export const fhirJsonMediaType = 'application/fhir+json';
export const zuzahlungsstatusExtensionUrl = 'http://fhir.de/StructureDefinition/gkv/zuzahlungsstatus';

const ikSchema = z.string().regex(/^\d{9}$/, 'nine digits');
const kvnrSchema = z.string().regex(/^[A-Z]\d{9}$/, 'a capital letter and nine digits');

/**
 * How the patient agreed to the check (GDPR Art. 7 Abs. 1: the provider must be able to show it). Logged with
 * every query.
 */
export const consentForms = ['writtenOnFile', 'givenOrally', 'cardPresented', 'byRepresentative'] as const;
export const consentFormSchema = z.enum(consentForms);
export type ConsentForm = z.infer<typeof consentFormSchema>;

// --- Registration and letters ---------------------------------------------------------------------------------

/** Why a letter is asked for: the first registration, or a new Prüfnummer after a lost password or dormancy. */
export const letterReasonSchema = z.enum(['registration', 'newLetter']);

export const providerLetterRequestSchema = z.strictObject({
  ik: ikSchema,
  reason: letterReasonSchema,
  /** The terms of use: must be true for a registration (a new letter repeats nothing). */
  termsAccepted: z.boolean(),
  /** The solved proof-of-work challenge, as the ALTCHA library's payload (opaque to this contract). */
  altcha: z.string().min(1).max(8192),
});
export type ProviderLetterRequest = z.infer<typeof providerLetterRequestSchema>;

/**
 * The one answer to every well-formed letter request with a solved challenge (202): whether the IK is on file,
 * already registered or neither is never told; the letter goes to the address on file, never to one typed here.
 */
export const providerLetterAnswerSchema = z.strictObject({ accepted: z.literal(true) });

// --- Login, activation, session ---------------------------------------------------------------------------------

export const providerLoginRequestSchema = z.strictObject({
  // Any text up to a length: a malformed IK gets the same 401 as an unknown one.
  ik: z.string().min(1).max(32),
  password: z.string().min(1).max(1024),
});
export type ProviderLoginRequest = z.infer<typeof providerLoginRequestSchema>;

export const providerActivationRequestSchema = z.strictObject({
  pruefnummer: z.string().min(1).max(64),
  newPassword: z.string().min(1).max(1024),
});
export type ProviderActivationRequest = z.infer<typeof providerActivationRequestSchema>;

/** The answer of login, activation, GET session and keep-alive. */
export const providerSessionSchema = z.strictObject({
  provider: z.strictObject({ ik: ikSchema, name: z.string().min(1).max(200) }),
  /** 'activation': logged in with the letter's initial password; only the activation is open until it is done. */
  stage: z.enum(['activation', 'active']),
  idleTimeoutSeconds: z.number().int().positive(),
  /** When the session ends without activity: the UI warns before (WCAG 2.2.1). */
  idleExpiresAt: z.iso.datetime(),
  absoluteExpiresAt: z.iso.datetime(),
  csrfToken: z.string().min(32),
});
export type ProviderSession = z.infer<typeof providerSessionSchema>;

// --- The status query -------------------------------------------------------------------------------------------

export const statusQueryRequestSchema = z.strictObject({
  kvnr: kvnrSchema,
  /** As printed on the health card. */
  birthDate: z.iso.date(),
  consent: consentFormSchema,
  /** The date of service the status matters for: in the previous, current or next calendar year. */
  serviceDate: z.iso.date(),
});
export type StatusQueryRequest = z.infer<typeof statusQueryRequestSchema>;

/**
 * The answer (ADR 0026): exempt, with the initials of the name on file and the last day of the exemption; or not
 * exempt, with nothing else. "Not exempt" is byte for byte the same for a person insured here who is not exempt
 * on that date, for a KVNR and birth date that match nobody, and for a check the insured person objected to — so
 * the answer never tells whether someone is insured here.
 */
export const statusAnswerSchema = z.discriminatedUnion('status', [
  z.strictObject({
    status: z.literal('befreit'),
    initials: z.string().regex(/^(\p{Lu}\. ?)+$/u),
    validUntil: z.iso.date(),
  }),
  z.strictObject({ status: z.literal('nicht-befreit') }),
]);
export type StatusAnswer = z.infer<typeof statusAnswerSchema>;

/** The same answer as FHIR R4 Parameters carrying the health card's co-payment status extension. */
const zuzahlungsstatusExtensionSchema = z.strictObject({
  url: z.literal(zuzahlungsstatusExtensionUrl),
  extension: z.union([
    z.tuple([z.strictObject({ url: z.literal('status'), valueBoolean: z.literal(false) })]),
    z.tuple([
      z.strictObject({ url: z.literal('status'), valueBoolean: z.literal(true) }),
      z.strictObject({ url: z.literal('gueltigBis'), valueDate: z.iso.date() }),
    ]),
  ]),
});
export const fhirStatusAnswerSchema = z.strictObject({
  resourceType: z.literal('Parameters'),
  parameter: z.union([
    z.tuple([
      z.strictObject({
        name: z.literal('zuzahlungsstatus'),
        valueBoolean: z.boolean(),
        extension: z.tuple([zuzahlungsstatusExtensionSchema]),
      }),
    ]),
    z.tuple([
      z.strictObject({
        name: z.literal('zuzahlungsstatus'),
        valueBoolean: z.literal(true),
        extension: z.tuple([zuzahlungsstatusExtensionSchema]),
      }),
      z.strictObject({ name: z.literal('initialen'), valueString: z.string().min(1).max(20) }),
    ]),
  ]),
});
export type FhirStatusAnswer = z.infer<typeof fhirStatusAnswerSchema>;

/** What the log records as the result; 'blocked' answered as 'nicht-befreit' (an objection). */
export const queryResults = ['befreit', 'nicht-befreit', 'blocked'] as const;
export const queryResultSchema = z.enum(queryResults);

/** One entry of a provider's own history: never a KVNR, a name or initials. */
export const providerQueryHistorySchema = z.strictObject({
  entries: z.array(
    z.strictObject({
      at: z.iso.datetime(),
      consent: consentFormSchema,
      serviceDate: z.iso.date(),
      /** What the provider was told: a blocked check was told 'nicht-befreit'. */
      answered: z.enum(['befreit', 'nicht-befreit']),
      via: z.enum(['portal', 'apiKey']),
    }),
  ),
  /** Today's count and the daily limit, so the counter staff see how much is left. */
  usedToday: z.number().int().nonnegative(),
  dailyLimit: z.number().int().positive(),
});
export type ProviderQueryHistory = z.infer<typeof providerQueryHistorySchema>;

// --- API keys ---------------------------------------------------------------------------------------------------

export const providerApiKeySchema = z.strictObject({
  id: z.string().min(1).max(64),
  label: z.string().min(1).max(80),
  createdAt: z.iso.datetime(),
  lastUsedAt: z.iso.datetime().optional(),
});
export const providerApiKeyListSchema = z.strictObject({ keys: z.array(providerApiKeySchema) });
export const providerApiKeyRequestSchema = z.strictObject({ label: z.string().trim().min(1).max(80) });
/** The answer of making a key: the only time the key itself is shown. */
export const providerNewApiKeySchema = z.strictObject({
  key: providerApiKeySchema,
  secret: z.string().startsWith(providerApiKeyPrefix).min(40).max(80),
});
export type ProviderApiKey = z.infer<typeof providerApiKeySchema>;
export type ProviderNewApiKey = z.infer<typeof providerNewApiKeySchema>;

// --- The insured person's view ----------------------------------------------------------------------------------

/** The card number is the exemption card's number (Befreiungsausweis, `ZB-YYYY-NNNNNN`). */
export const insuredIdentitySchema = z.strictObject({
  kvnr: kvnrSchema,
  cardNumber: z.string().regex(/^ZB-\d{4}-\d{6}$/, 'ZB-, the year, a dash and six digits'),
});
export type InsuredIdentity = z.infer<typeof insuredIdentitySchema>;

export const insuredObjectionRequestSchema = insuredIdentitySchema.extend({ ik: ikSchema });
export type InsuredObjectionRequest = z.infer<typeof insuredObjectionRequestSchema>;

export const insuredStatusChecksSchema = z.strictObject({
  checks: z.array(
    z.strictObject({
      at: z.iso.datetime(),
      provider: z.strictObject({ ik: ikSchema, name: z.string().min(1).max(200) }),
      consent: consentFormSchema,
      serviceDate: z.iso.date(),
      result: queryResultSchema,
    }),
  ),
  /** Providers this person objected to, with the day of the objection; withdrawing removes the entry. */
  objections: z.array(
    z.strictObject({
      provider: z.strictObject({ ik: ikSchema, name: z.string().min(1).max(200) }),
      since: z.iso.datetime(),
    }),
  ),
});
export type InsuredStatusChecks = z.infer<typeof insuredStatusChecksSchema>;

// --- Demo mailbox -----------------------------------------------------------------------------------------------

export const demoProviderLettersSchema = z.strictObject({
  letters: z.array(
    z.strictObject({
      id: z.string(),
      createdAt: z.iso.datetime(),
      recipient: z.strictObject({ name: z.string(), addressLines: z.array(z.string()) }),
      subject: z.string(),
      /** The letter's text, with the initial password and the Prüfnummer. */
      body: z.string(),
    }),
  ),
});
export type DemoProviderLetters = z.infer<typeof demoProviderLettersSchema>;

export const providerProblemCodes = {
  /** 400: the challenge was not solved, had expired or was used before. */
  challengeFailed: 'provider.challengeFailed',
  /** 422: a registration without the terms accepted. */
  termsNotAccepted: 'provider.termsNotAccepted',
  /** 401: one answer for an unregistered IK, a wrong password and an expired initial password. */
  loginFailed: 'provider.loginFailed',
  /** 403 after a correct password: the account was not used for too long; a new letter is needed. */
  dormant: 'provider.dormant',
  /** 429 with Retry-After: too many failed logins for this IK or from this client. */
  loginLocked: 'provider.loginLocked',
  /** 422: the Prüfnummer is wrong or was used already. */
  pruefnummerInvalid: 'provider.pruefnummerInvalid',
  /** 422: the new password is too weak; `detail` says why in German and English. */
  passwordWeak: 'provider.passwordWeak',
  /** 403: logged in with the initial password; only the activation is open. */
  activationRequired: 'provider.activationRequired',
  /** 422: the date of service is outside the previous, current and next calendar year. */
  serviceDateOutOfRange: 'provider.serviceDateOutOfRange',
  /** 429: the daily limit of status queries is used up; Retry-After says when the next day starts. */
  quotaExceeded: 'provider.quotaExceeded',
  /** 404: no API key with this id belongs to the provider. */
  apiKeyNotFound: 'provider.apiKeyNotFound',
  /** 404: KVNR and card number do not belong together (one answer for both wrong). */
  insuredNotFound: 'insured.notFound',
} as const;
