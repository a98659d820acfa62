import { HttpResponse } from 'msw';
import { apiEndpoints } from './api-endpoints.test-support';
import type { ProviderSession } from './contracts/provider-check';
import type { ServiceInfo } from './contracts/service-info';

/** A request as the app itself made it (fetch's arguments), whatever msw did with it. */
export type SentRequest = {
  method: string;
  /** The whole URL: tests assert that no patient data is in it. */
  url: string;
  path: string;
  headers: Record<string, string>;
  /** JSON bodies parsed, none as undefined. */
  body: unknown;
};

function sentRequest([input, init]: Parameters<typeof fetch>): SentRequest {
  const url = new URL(input instanceof Request ? input.url : String(input));
  const body = init?.body;
  return {
    method: init?.method ?? 'GET',
    url: url.href,
    path: url.pathname,
    headers: { ...(init?.headers as Record<string, string> | undefined) },
    body: typeof body === 'string' ? (JSON.parse(body) as unknown) : undefined,
  };
}

/**
 * Tests only: the provider, insured and demo endpoints of issue 15 as each page test needs them (added per test
 * with server.use), and the requests the app itself sent. Call once at the top of a test file.
 */
export function providerEndpoints() {
  const { server, fetchCalls } = apiEndpoints();
  const sent = (): SentRequest[] => fetchCalls().map(sentRequest);
  return { server, sent };
}

/** A problem answer as the server gives it (RFC 9457 with a stable code). */
export const problem = (
  status: number,
  code: string,
  extra: Record<string, unknown> = {},
  headers: Record<string, string> = {},
) =>
  HttpResponse.json(
    { type: 'about:blank', title: 'Refused', status, code, ...extra },
    { status, headers: { 'Content-Type': 'application/problem+json', ...headers } },
  );

/** A provider's session as GET session answers it, ending 15 minutes from now unless told otherwise. */
export function providerSession(overrides: Partial<ProviderSession> = {}): ProviderSession {
  const now = Date.now();
  return {
    provider: { ik: '261400028', name: 'Löwen-Apotheke am Markt' },
    stage: 'active',
    idleTimeoutSeconds: 900,
    idleExpiresAt: new Date(now + 15 * 60_000).toISOString(),
    absoluteExpiresAt: new Date(now + 8 * 3600_000).toISOString(),
    csrfToken: 'c'.repeat(43),
    ...overrides,
  };
}

/** The service info with the demo flag as a test needs it. */
export const serviceInfo = (demo: boolean): ServiceInfo => ({
  insurerName: 'AOK PLUS (Demo)',
  demo,
  phone: '0800 000 00 00',
  phoneHours: { de: 'Mo–Fr', en: 'Mon–Fri' },
  email: 'zuzahlung@example.org',
  postalAddress: ['AOK PLUS', '01058 Dresden'],
  advancePayment: {
    accountHolder: 'AOK PLUS (Demo)',
    iban: 'DE89370400440532013000',
    bic: 'COBADEFFXXX',
    creditorId: 'DE98ZZZ09999999999',
    referenceStyle: 'text',
  },
});
