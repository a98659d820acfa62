import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import type { SubmissionReceipt } from '../../src/api/contracts/submission';
import { freshDataDir } from '../support/pglite-template';
import { applicationBundle } from '../support/application-bundle';
import { spawnServer } from '../support/server-process';
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
});
