import { rmSync } from 'node:fs';
import { connect } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import type { SubmissionReceipt } from '../../src/api/contracts/submission';
import { freshDataDir } from '../support/pglite-template';
import { applicationBundle } from '../support/application-bundle';
import { spawnServer } from '../support/server-process';
import { startTestServer } from '../support/test-server';
import { lookUpStatus, postBundle } from '../support/submit';

describe('SIGTERM', () => {
  const dir = freshDataDir('zb-term-');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('finishes the request in flight, refuses new ones, and exits 0; the application is kept', async () => {
    const server = await spawnServer({ DATA_DIR: dir });
    // A slow submission (the demo's latency switch), so SIGTERM arrives while it is being processed.
    await fetch(new URL('/api/__mock/control', server.url), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ latencyMs: 1500 }),
    });
    const inFlight = postBundle(server.url, applicationBundle({ seed: 21 }));
    await new Promise((resolve) => setTimeout(resolve, 500));
    server.child.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 200));
    // A new request while stopping gets no service: the connection is refused or answered 503.
    const late = await fetch(new URL('/healthz', server.url)).then(
      (response) => response.status,
      () => 'refused',
    );
    expect([503, 'refused']).toContain(late);
    const response = await inFlight;
    expect(response.status).toBe(201);
    const receipt = (await response.json()) as SubmissionReceipt;
    expect(await server.exited).toBe(0);
    expect(server.output()).toContain('server stopped');

    const again = await spawnServer({ DATA_DIR: dir });
    try {
      expect((await lookUpStatus(again.url, receipt.reference, receipt.abrufcode)).status).toBe(200);
    } finally {
      again.child.kill('SIGTERM');
      await again.exited;
    }
  });

  it('closes a connection with half-sent headers once the grace period is over, instead of waiting for it', async () => {
    const server = await startTestServer({ database: 'pglite', env: { SHUTDOWN_GRACE_SECONDS: '1' } });
    const { port } = new URL(server.url);
    const client = connect(Number(port), '127.0.0.1');
    await new Promise((resolve) => client.once('connect', resolve));
    // Half the headers of an upload, then nothing: a phone that lost its network. Node counts the connection as
    // busy, so a stop would wait for the headers timeout.
    client.write(
      'POST /api/v1/submissions HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/zip\r\n' +
        `Idempotency-Key: ${crypto.randomUUID()}\r\nX-Applic`,
    );
    const closedByServer = new Promise((resolve) => client.once('close', resolve));
    // Without the grace period the stop waits a minute or more, beyond this test's time.
    await server.stop();
    await closedByServer;
    expect(server.logText()).toContain('grace period over');
  });
});
