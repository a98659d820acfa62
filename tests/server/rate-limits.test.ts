import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/postgres';
import { freshDataDir } from '../support/pglite-template';
import { applicationBundle } from '../support/application-bundle';
import { lookUpStatus, submitBundle } from '../support/submit';
import { startTestServer, type TestServer } from '../support/test-server';

const wrongCode = 'ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ';
const at = new Date('2026-03-02T10:01:00Z');

describe.each(['pglite', 'postgres'] as const)('rate limits and lockouts on %s', (kind) => {
  const cleanups: (() => Promise<void> | void)[] = [];
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  });

  it('locks a client out after too many wrong codes, across a restart, until the window ends', async () => {
    const dataDir = freshDataDir('zb-limits-');
    cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
    let database: TestDatabase | undefined;
    if (kind === 'postgres') {
      database = await createTestDatabase();
      cleanups.push(() => database?.drop());
    }
    const start = async (): Promise<TestServer> => {
      const server = await startTestServer({
        database: kind,
        dataDir,
        ...(database ? { databaseUrl: database.url } : {}),
        env: { RATE_LIMIT_FAILED_STATUS_PER_15_MINUTES: '3' },
      });
      server.clock?.set(at);
      return server;
    };
    const first = await start();
    const receipt = await submitBundle(first.url, applicationBundle());
    for (let attempt = 0; attempt < 3; attempt++) {
      expect((await lookUpStatus(first.url, receipt.reference, wrongCode)).status).toBe(404);
    }
    // Locked: even the right code is refused now, so guessing cannot go on.
    const locked = await lookUpStatus(first.url, receipt.reference, receipt.abrufcode);
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await locked.json()).code).toBe('request.rateLimited');
    await first.close();

    const second = await start();
    try {
      expect((await lookUpStatus(second.url, receipt.reference, receipt.abrufcode)).status).toBe(429);
      second.clock?.advance(15 * 60 * 1000);
      expect((await lookUpStatus(second.url, receipt.reference, receipt.abrufcode)).status).toBe(200);
    } finally {
      await second.close();
    }
  });

  it('limits status lookups per client and minute', async () => {
    const server = await startTestServer({
      database: kind,
      env: { RATE_LIMIT_STATUS_PER_MINUTE: '5' },
    });
    cleanups.push(() => server.stop());
    server.clock?.set(at);
    const receipt = await submitBundle(server.url, applicationBundle());
    for (let lookup = 0; lookup < 5; lookup++) {
      expect((await lookUpStatus(server.url, receipt.reference, receipt.abrufcode)).status).toBe(200);
    }
    expect((await lookUpStatus(server.url, receipt.reference, receipt.abrufcode)).status).toBe(429);
    server.clock?.advance(60 * 1000);
    expect((await lookUpStatus(server.url, receipt.reference, receipt.abrufcode)).status).toBe(200);
  });
});
