import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roles, type Role } from '../../src/server/auth/roles';
import { startTestServer, type TestServer } from '../support/test-server';

/**
 * Every endpoint × every role → the status a request of that role gets. Each issue that adds an endpoint or a
 * role adds its row or column here; an endpoint missing from the table fails the test, so nothing is added
 * without deciding who may call it. The request is the plainest one (no body, no codes): for public endpoints
 * it shows what anyone gets, for guarded ones that a missing login is refused before anything else.
 */
type Row = { method: string; url: string; demoOnly?: boolean; expected: Partial<Record<Role, number>> };

const matrix: Row[] = [
  { method: 'GET', url: '/healthz', expected: { none: 200 } },
  { method: 'GET', url: '/readyz', expected: { none: 200 } },
  { method: 'GET', url: '/api/v1/service-info', expected: { none: 200 } },
  // Public, but a bare request is not a report.
  { method: 'POST', url: '/api/v1/accessibility-feedback', expected: { none: 400 } },
  // Public, but a bare request has no Idempotency-Key.
  { method: 'POST', url: '/api/v1/submissions', expected: { none: 400 } },
  // Public, but without the Abrufcode nothing is told.
  { method: 'GET', url: '/api/v1/submissions/:reference', expected: { none: 400 } },
  { method: 'GET', url: '/api/__mock/control', demoOnly: true, expected: { none: 200 } },
  { method: 'POST', url: '/api/__mock/control', demoOnly: true, expected: { none: 400 } },
  { method: 'DELETE', url: '/api/__mock/control', demoOnly: true, expected: { none: 200 } },
  { method: 'GET', url: '/api/__mock/submissions', demoOnly: true, expected: { none: 200 } },
  {
    method: 'POST',
    url: '/api/__mock/submissions/:reference/status',
    demoOnly: true,
    expected: { none: 400 },
  },
  {
    method: 'POST',
    url: '/api/__mock/submissions/:reference/advance-payment',
    demoOnly: true,
    expected: { none: 400 },
  },
  { method: 'GET', url: '/api/__demo/clock', demoOnly: true, expected: { none: 200 } },
  { method: 'PUT', url: '/api/__demo/clock', demoOnly: true, expected: { none: 400 } },
  { method: 'GET', url: '/api/__demo/mailbox', demoOnly: true, expected: { none: 200 } },
  { method: 'POST', url: '/api/__demo/seed', demoOnly: true, expected: { none: 400 } },
];

const key = (endpoint: { method: string; url: string }) => `${endpoint.method} ${endpoint.url}`;

describe.each(['demo', 'production'] as const)('role × endpoint matrix (%s mode)', (mode) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ database: 'pglite', mode });
  });
  afterAll(() => server.stop());

  const rows = matrix.filter((row) => mode === 'demo' || !row.demoOnly);

  it('lists every endpoint the server has, and no endpoint it lacks', () => {
    expect(server.endpoints.map(key).sort()).toEqual(rows.map(key).sort());
  });

  it('has an expectation for every role on every endpoint that admits logged-in roles', () => {
    for (const endpoint of server.endpoints) {
      if (endpoint.access === 'public' || endpoint.access === 'demo') continue;
      const row = rows.find((candidate) => key(candidate) === key(endpoint));
      for (const role of roles) expect(row?.expected[role], `${key(endpoint)} as ${role}`).toBeDefined();
    }
  });

  it.each(rows.map((row) => [key(row), row] as const))('%s', async (_name, row) => {
    for (const [role, status] of Object.entries(row.expected)) {
      // Only 'none' can be played until the later roles can log in; their columns arrive with their issues.
      if (role !== 'none') continue;
      const url = new URL(row.url.replace(':reference', 'ZB-2026-000001'), server.url);
      const response = await fetch(url, { method: row.method });
      expect(response.status, `${key(row)} as ${role}`).toBe(status);
    }
  });
});
