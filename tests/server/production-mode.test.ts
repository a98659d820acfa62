import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serviceInfoSchema } from '../../src/api/contracts/service-info';
import { createSettableClock } from '../../src/server/clock/clock';
import { startServer } from '../../src/server/app/start-server';
import { freshDataDir } from '../support/pglite-template';
import { applicationBundle } from '../support/application-bundle';
import { submitBundle } from '../support/submit';
import { startTestServer, type TestServer } from '../support/test-server';
import { runServerToExit } from '../support/server-process';

describe('a production start', () => {
  let production: TestServer;
  let demo: TestServer;
  beforeAll(async () => {
    [production, demo] = await Promise.all([
      startTestServer({ database: 'pglite', mode: 'production' }),
      startTestServer({ database: 'pglite', mode: 'demo' }),
    ]);
  });
  afterAll(() => Promise.all([production.stop(), demo.stop()]));

  it('exposes none of the demo routes: each answers 404 as if it never existed', async () => {
    const demoOnly = demo.endpoints.filter((endpoint) => endpoint.access === 'demo');
    // The demo has them: fault switch, submissions list, status advance, clock, mailbox.
    expect(demoOnly.length).toBeGreaterThanOrEqual(7);
    expect(production.endpoints.filter((endpoint) => endpoint.access === 'demo')).toEqual([]);
    for (const endpoint of demoOnly) {
      const url = new URL(endpoint.url.replace(':reference', 'ZB-2026-000001'), production.url);
      const response = await fetch(url, {
        method: endpoint.method,
        ...(endpoint.method === 'GET' || endpoint.method === 'DELETE'
          ? {}
          : { headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ now: null }) }),
      });
      expect(response.status, `${endpoint.method} ${endpoint.url}`).toBe(404);
    }
  });

  it('says it is no demo and serves the configured insurer', async () => {
    const info = serviceInfoSchema.parse(
      await (await fetch(new URL('/api/v1/service-info', production.url))).json(),
    );
    expect(info.demo).toBe(false);
    expect(info.insurerName).toBe('Testkasse');
  });

  it('runs on the system clock even when a test hands it a settable one', async () => {
    const pinned = createSettableClock(new Date('2020-01-01T00:00:00Z'));
    const dataDir = freshDataDir();
    const server = await startServer(
      { ...production.config, dataDir, port: 0, logLevel: 'silent' },
      {
        clock: pinned,
      },
    );
    try {
      const before = Date.now();
      const receipt = await submitBundle(server.url, applicationBundle());
      expect(new Date(receipt.receivedAt).getTime()).toBeGreaterThanOrEqual(before - 1000);
    } finally {
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('refuses to start without the insurer details, naming each missing variable', async () => {
    const { code, output } = await runServerToExit({
      APP_MODE: 'production',
      DATA_DIR: '/tmp/zb-never-created',
    });
    expect(code).toBe(2);
    expect(output).toContain('INSURER_IBAN: required when APP_MODE is production');
    expect(output).toContain('INSURER_POSTAL_ADDRESS: required when APP_MODE is production');
  });
});
