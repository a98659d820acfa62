import { readFileSync, rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SubmissionReceipt } from '../../src/api/contracts/submission';
import { freshDataDir } from '../support/pglite-template';
import { applicationBundle } from '../support/application-bundle';
import { spawnServer, type ServerProcess } from '../support/server-process';
import { postBundle } from '../support/submit';

/** The kernel's record of the process's peak resident memory (VmHWM), in bytes. */
const peakMemory = (pid: number): number => {
  const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return Number(match?.[1] ?? 0) * 1024;
};

describe('50 concurrent uploads of distinct 2 MB bundles', () => {
  let server: ServerProcess;
  let dir: string;
  beforeAll(async () => {
    dir = freshDataDir('zb-load-');
    server = await spawnServer({ DATA_DIR: dir });
  });
  afterAll(async () => {
    server.child.kill('SIGTERM');
    await server.exited;
    rmSync(dir, { recursive: true, force: true });
  });

  it(
    'stores 50 applications under 50 distinct references, with the memory bounded',
    { timeout: 240_000 },
    async () => {
      const bundles = Array.from({ length: 50 }, (_, index) =>
        applicationBundle({
          applicationId: `ZBA-LOAD${String(index).padStart(8, '0')}`,
          minBytes: 2 * 1024 * 1024,
          seed: 1000 + index,
        }),
      );
      const responses = await Promise.all(bundles.map((bundle) => postBundle(server.url, bundle)));
      expect(responses.map((response) => response.status)).toEqual(Array(50).fill(201));
      const receipts = (await Promise.all(
        responses.map((response) => response.json()),
      )) as SubmissionReceipt[];
      expect(new Set(receipts.map((receipt) => receipt.reference)).size).toBe(50);
      expect(new Set(receipts.map((receipt) => receipt.abrufcode)).size).toBe(50);
      // 100 MB arrived at once. Bodies are capped and handed to two worker threads, never multiplied without
      // bound: the whole process (PGlite's WASM heap included) stays far below what 50 unbounded copies would take.
      expect(peakMemory(server.pid)).toBeLessThan(1024 * 1024 * 1024);
    },
  );
});
