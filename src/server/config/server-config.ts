import { isAbsolute, resolve } from 'node:path';
import { z } from 'zod';
import { validateCreditorIdentifier } from '../../domain/identifiers/creditor-identifier';
import { validateIban } from '../../domain/identifiers/iban';

/**
 * The server's whole configuration, from environment variables only (12-factor), checked once at start. A bad
 * value stops the start with one line per variable, so an operator never finds out at the first request.
 */
const demoInsurer = {
  INSURER_NAME: 'AOK PLUS (Demo)',
  INSURER_PHONE: '0800 000 00 00',
  INSURER_PHONE_HOURS_DE: 'Montag bis Freitag, 8 bis 18 Uhr',
  INSURER_PHONE_HOURS_EN: 'Monday to Friday, 8 am to 6 pm',
  INSURER_EMAIL: 'zuzahlung@example.org',
  INSURER_POSTAL_ADDRESS: 'AOK PLUS|Zuzahlungsbefreiung|01058 Dresden',
  // The IBAN of the standard's own example (ECBS EBS204): valid, and certainly nobody's account.
  INSURER_IBAN: 'DE89370400440532013000',
  INSURER_BIC: 'COBADEFFXXX',
  INSURER_ACCOUNT_HOLDER: 'AOK PLUS (Demo)',
  // The Bundesbank's published test creditor identifier: valid in form, and nobody's.
  INSURER_CREDITOR_ID: 'DE98ZZZ09999999999',
} as const;

const text = (name: string) =>
  z
    .string({ error: `${name} is required` })
    .trim()
    .min(1, `${name} must not be empty`);

const positiveInt = (name: string, fallback: number) =>
  z
    .string()
    .regex(/^\d+$/, `${name} must be a whole number`)
    .transform(Number)
    .refine((value) => value > 0, `${name} must be greater than 0`)
    .optional()
    .transform((value) => value ?? fallback);

const environmentSchema = z.object({
  APP_MODE: z
    .enum(['production', 'demo'], { error: 'APP_MODE must be "production" or "demo"' })
    .default('production'),
  PORT: z
    .string()
    .regex(/^\d+$/, 'PORT must be a number')
    .transform(Number)
    .refine((port) => port >= 0 && port <= 65535, 'PORT must be between 0 and 65535')
    .default(4173),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .refine(
      (url) => /^postgres(ql)?:\/\//.test(url),
      'DATABASE_URL must start with postgres:// or postgresql://',
    )
    .optional(),
  STATIC_DIR: z.string().min(1).default('./dist'),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
      error: 'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent',
    })
    .default('info'),
  SERVER_SECRET: z
    .string()
    .regex(/^[0-9a-f]{64,}$/i, 'SERVER_SECRET must be at least 64 hexadecimal characters (32 bytes)')
    .optional(),
  TRUST_PROXY: z
    .enum(['true', 'false'], { error: 'TRUST_PROXY must be "true" or "false"' })
    .default('false')
    .transform((value) => value === 'true'),
  RATE_LIMIT_STATUS_PER_MINUTE: positiveInt('RATE_LIMIT_STATUS_PER_MINUTE', 120),
  RATE_LIMIT_FAILED_STATUS_PER_15_MINUTES: positiveInt('RATE_LIMIT_FAILED_STATUS_PER_15_MINUTES', 20),
  RATE_LIMIT_SUBMISSIONS_PER_HOUR: positiveInt('RATE_LIMIT_SUBMISSIONS_PER_HOUR', 60),
  RATE_LIMIT_FEEDBACK_PER_HOUR: positiveInt('RATE_LIMIT_FEEDBACK_PER_HOUR', 20),
  SHUTDOWN_GRACE_SECONDS: positiveInt('SHUTDOWN_GRACE_SECONDS', 25),
  // Caseworker sessions (ADR 0020): idle timeout (slid by each request) and absolute lifetime.
  CASEWORKER_IDLE_MINUTES: positiveInt('CASEWORKER_IDLE_MINUTES', 15),
  CASEWORKER_SESSION_HOURS: positiveInt('CASEWORKER_SESSION_HOURS', 8),
  // Provider sessions (issue 15): like the caseworker's, a counter's shift with a warning before the idle end.
  PROVIDER_IDLE_MINUTES: positiveInt('PROVIDER_IDLE_MINUTES', 15),
  PROVIDER_SESSION_HOURS: positiveInt('PROVIDER_SESSION_HOURS', 8),
  // Four eyes (issue 13): a refund above this many euros needs a second, different caseworker's approval.
  FOUR_EYES_REFUND_EUROS: positiveInt('FOUR_EYES_REFUND_EUROS', 500),
  RATE_LIMIT_LOGIN_FAILURES_PER_ACCOUNT: positiveInt('RATE_LIMIT_LOGIN_FAILURES_PER_ACCOUNT', 5),
  RATE_LIMIT_LOGIN_FAILURES_PER_CLIENT: positiveInt('RATE_LIMIT_LOGIN_FAILURES_PER_CLIENT', 20),
  INSURER_NAME: text('INSURER_NAME').optional(),
  INSURER_PHONE: text('INSURER_PHONE').optional(),
  INSURER_PHONE_HOURS_DE: text('INSURER_PHONE_HOURS_DE').optional(),
  INSURER_PHONE_HOURS_EN: text('INSURER_PHONE_HOURS_EN').optional(),
  INSURER_EMAIL: z.email('INSURER_EMAIL must be an e-mail address').optional(),
  INSURER_POSTAL_ADDRESS: text('INSURER_POSTAL_ADDRESS')
    .refine((value) => value.split('|').filter((line) => line.trim()).length >= 2, {
      error: 'INSURER_POSTAL_ADDRESS must have at least two lines separated by |',
    })
    .optional(),
  INSURER_IBAN: text('INSURER_IBAN')
    .refine((value) => validateIban(value).ok, 'INSURER_IBAN is not a valid IBAN')
    .optional(),
  INSURER_BIC: z
    .string()
    .regex(/^[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?$/, 'INSURER_BIC must be a BIC of 8 or 11 characters')
    .optional(),
  INSURER_ACCOUNT_HOLDER: text('INSURER_ACCOUNT_HOLDER').optional(),
  INSURER_CREDITOR_ID: text('INSURER_CREDITOR_ID')
    .refine(
      (value) => validateCreditorIdentifier(value).ok,
      'INSURER_CREDITOR_ID is not a valid SEPA creditor identifier',
    )
    .optional(),
  // EPC069-12 lets a transfer carry an RF creditor reference or a remittance text, not both: the insurer's
  // matching decides. 'text' by default: every banking app shows it on the statement.
  PAYMENT_REFERENCE_STYLE: z.enum(['structured', 'text']).default('text'),
});

const insurerKeys = Object.keys(demoInsurer) as (keyof typeof demoInsurer)[];

export type ServerConfig = {
  mode: 'production' | 'demo';
  port: number;
  host: string;
  /** Absolute. PGlite's data and, unless SERVER_SECRET is set, the generated secret live here. */
  dataDir: string;
  databaseUrl: string | undefined;
  staticDir: string;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  serverSecretHex: string | undefined;
  trustProxy: boolean;
  /** How long a stop waits for requests in flight before it closes the connections still open. */
  shutdownGraceMs: number;
  rateLimits: {
    statusPerMinute: number;
    failedStatusPer15Minutes: number;
    submissionsPerHour: number;
    feedbackPerHour: number;
    /**
     * Failed logins per account (a caseworker's name, a provider's IK), and per client address, in 15 minutes
     * before a lockout; caseworkers and providers count in separate buckets.
     */
    loginFailuresPerAccount: number;
    loginFailuresPerClient: number;
  };
  caseworkerSessions: { idleMs: number; absoluteMs: number };
  /** Sessions of pharmacies, therapists and transport services (issue 15). */
  providerSessions: { idleMs: number; absoluteMs: number };
  /** Refunds above this need a second caseworker's approval. */
  fourEyesAboveCents: number;
  insurer: {
    name: string;
    phone: string;
    phoneHours: { de: string; en: string };
    email: string;
    postalAddress: string[];
    iban: string;
    bic: string;
    accountHolder: string;
    creditorId: string;
    paymentReferenceStyle: 'structured' | 'text';
  };
};

export type ConfigResult = { ok: true; config: ServerConfig } | { ok: false; errors: string[] };

/** Reads the configuration; `cwd` resolves relative directories. Never throws: errors come back one per line. */
export function readServerConfig(env: Record<string, string | undefined>, cwd: string): ConfigResult {
  // An empty variable counts as unset, as shells and compose files often leave them.
  const present = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value !== ''),
  );
  const parsed = environmentSchema.safeParse(present);
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`),
    };
  }
  const e = parsed.data;
  // In production the insurer's own details are required: a demo address or account must never reach a person.
  const missing = e.APP_MODE === 'production' ? insurerKeys.filter((key) => e[key] === undefined) : [];
  if (missing.length > 0) {
    return {
      ok: false,
      errors: missing.map(
        (key) => `${key}: required when APP_MODE is production (the insurer's own details)`,
      ),
    };
  }
  const insurer = (key: keyof typeof demoInsurer): string => e[key] ?? demoInsurer[key];
  const absolute = (path: string) => (isAbsolute(path) ? path : resolve(cwd, path));
  return {
    ok: true,
    config: {
      mode: e.APP_MODE,
      port: e.PORT,
      host: e.HOST,
      dataDir: absolute(e.DATA_DIR),
      databaseUrl: e.DATABASE_URL,
      staticDir: absolute(e.STATIC_DIR),
      logLevel: e.LOG_LEVEL,
      serverSecretHex: e.SERVER_SECRET,
      trustProxy: e.TRUST_PROXY,
      shutdownGraceMs: e.SHUTDOWN_GRACE_SECONDS * 1000,
      rateLimits: {
        statusPerMinute: e.RATE_LIMIT_STATUS_PER_MINUTE,
        failedStatusPer15Minutes: e.RATE_LIMIT_FAILED_STATUS_PER_15_MINUTES,
        submissionsPerHour: e.RATE_LIMIT_SUBMISSIONS_PER_HOUR,
        feedbackPerHour: e.RATE_LIMIT_FEEDBACK_PER_HOUR,
        loginFailuresPerAccount: e.RATE_LIMIT_LOGIN_FAILURES_PER_ACCOUNT,
        loginFailuresPerClient: e.RATE_LIMIT_LOGIN_FAILURES_PER_CLIENT,
      },
      caseworkerSessions: {
        idleMs: e.CASEWORKER_IDLE_MINUTES * 60 * 1000,
        absoluteMs: e.CASEWORKER_SESSION_HOURS * 60 * 60 * 1000,
      },
      providerSessions: {
        idleMs: e.PROVIDER_IDLE_MINUTES * 60 * 1000,
        absoluteMs: e.PROVIDER_SESSION_HOURS * 60 * 60 * 1000,
      },
      fourEyesAboveCents: e.FOUR_EYES_REFUND_EUROS * 100,
      insurer: {
        name: insurer('INSURER_NAME'),
        phone: insurer('INSURER_PHONE'),
        phoneHours: { de: insurer('INSURER_PHONE_HOURS_DE'), en: insurer('INSURER_PHONE_HOURS_EN') },
        email: insurer('INSURER_EMAIL'),
        postalAddress: insurer('INSURER_POSTAL_ADDRESS')
          .split('|')
          .map((line) => line.trim())
          .filter(Boolean),
        iban: insurer('INSURER_IBAN').replace(/\s+/g, '').toUpperCase(),
        bic: insurer('INSURER_BIC'),
        accountHolder: insurer('INSURER_ACCOUNT_HOLDER'),
        creditorId: insurer('INSURER_CREDITOR_ID').replace(/\s+/g, '').toUpperCase(),
        paymentReferenceStyle: e.PAYMENT_REFERENCE_STYLE,
      },
    },
  };
}
