import { createHash, randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { request } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { submissionStateSchema, type SubmissionReceipt } from '../../src/api/contracts/submission';
import { freshDataDir } from '../support/pglite-template';
import { applicationBundle } from '../support/application-bundle';
import { createTestDatabase, type TestDatabase } from '../support/postgres';
import { readStoredBundles } from '../support/read-stored';
import { spawnServer, type ServerProcess } from '../support/server-process';
import { lookUpStatus, postBundle } from '../support/submit';

const secret = 'ab'.repeat(32);

type Place = {
  env: Record<string, string>;
  where: { dataDir: string } | { databaseUrl: string };
  cleanup(): Promise<void>;
};

async function freshPlace(kind: 'pglite' | 'postgres'): Promise<Place> {
  const dataDir = freshDataDir('zb-crash-');
  const removeDir = () => rmSync(dataDir, { recursive: true, force: true });
  if (kind === 'pglite') {
    return {
      env: { DATA_DIR: dataDir, SERVER_SECRET: secret },
      where: { dataDir },
      cleanup: async () => removeDir(),
    };
  }
  const database: TestDatabase = await createTestDatabase();
  return {
    env: { DATA_DIR: dataDir, DATABASE_URL: database.url, SERVER_SECRET: secret },
    where: { databaseUrl: database.url },
    async cleanup() {
      await database.drop();
      removeDir();
    },
  };
}

const running: ServerProcess[] = [];
const places: Place[] = [];
afterEach(async () => {
  for (const server of running.splice(0)) {
    server.child.kill('SIGKILL');
    await server.exited;
  }
  for (const place of places.splice(0)) await place.cleanup();
});

async function start(place: Place): Promise<ServerProcess> {
  const server = await spawnServer(place.env);
  running.push(server);
  return server;
}

async function kill9(server: ServerProcess): Promise<void> {
  server.child.kill('SIGKILL');
  expect(await server.exited).toBe('SIGKILL');
}

async function stopGracefully(server: ServerProcess): Promise<void> {
  server.child.kill('SIGTERM');
  expect(await server.exited).toBe(0);
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe.each(['pglite', 'postgres'] as const)('kill -9 on %s', (kind) => {
  it('after the 201: the acknowledged application and its bundle are there byte for byte after a restart', async () => {
    const place = await freshPlace(kind);
    places.push(place);
    const first = await start(place);
    const bundle = applicationBundle({ minBytes: 300_000, seed: 11 });
    const response = await postBundle(first.url, bundle);
    expect(response.status).toBe(201);
    const receipt = (await response.json()) as SubmissionReceipt;
    await kill9(first);

    const second = await start(place);
    const status = await lookUpStatus(second.url, receipt.reference, receipt.abrufcode);
    expect(status.status).toBe(200);
    expect(submissionStateSchema.parse(await status.json())).toMatchObject({
      reference: receipt.reference,
      status: 'eingegangen',
      manifestSha256: receipt.manifestSha256,
    });
    await stopGracefully(second);

    const stored = await readStoredBundles(place.where);
    expect(stored.map((row) => row.reference)).toEqual([receipt.reference]);
    expect(Buffer.from(stored[0]!.bytes).equals(Buffer.from(bundle))).toBe(true);
    expect(stored[0]!.sha256).toBe(sha256(bundle));
  });

  it('during the upload: nothing of it is there after a restart, and a retry with its key succeeds', async () => {
    const place = await freshPlace(kind);
    places.push(place);
    const first = await start(place);
    const bundle = applicationBundle({ minBytes: 2_000_000, seed: 12 });
    const key = randomUUID();
    // Send the headers and half the body, then kill the server while it waits for the rest.
    const upload = request(new URL('/api/v1/submissions', first.url), {
      method: 'POST',
      headers: {
        'Content-Type': 'application/zip',
        'Content-Length': String(bundle.byteLength),
        'Idempotency-Key': key,
        'X-Application-Year': '2026',
      },
    });
    const ended = new Promise<string>((resolve) => {
      upload.on('error', (error) => resolve(error.message));
      upload.on('response', (response) => resolve(`answered ${response.statusCode}`));
    });
    upload.write(bundle.subarray(0, bundle.byteLength / 2));
    await new Promise((resolve) => setTimeout(resolve, 300));
    await kill9(first);
    expect(await ended).not.toMatch(/^answered/);

    const second = await start(place);
    const listed = await (await fetch(new URL('/api/__mock/submissions', second.url))).json();
    expect(listed).toEqual({ submissions: [] });
    const retry = await postBundle(second.url, bundle, { key });
    expect(retry.status).toBe(201);
    expect(retry.headers.get('idempotent-replayed')).toBeNull();
    const receipt = (await retry.json()) as SubmissionReceipt;
    expect(receipt.reference).toBe('ZB-2026-000001');
    await stopGracefully(second);
    const stored = await readStoredBundles(place.where);
    expect(stored).toHaveLength(1);
    expect(stored[0]!.sha256).toBe(sha256(bundle));
  });

  it('a replay after a lost response returns the same reference and the same Abrufcode, also after a restart', async () => {
    const place = await freshPlace(kind);
    places.push(place);
    const first = await start(place);
    const bundle = applicationBundle({ seed: 13 });
    const key = randomUUID();
    const planned = await fetch(new URL('/api/__mock/control', first.url), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ failures: [{ route: 'submission', count: 1, error: 'lost-response' }] }),
    });
    expect(planned.status).toBe(200);
    await expect(postBundle(first.url, bundle, { key })).rejects.toThrow();
    const replay = await postBundle(first.url, bundle, { key });
    expect(replay.status).toBe(201);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    const receipt = (await replay.json()) as SubmissionReceipt;
    await kill9(first);
    const second = await start(place);
    const again = await postBundle(second.url, bundle, { key });
    expect(again.status).toBe(201);
    expect(await again.json()).toEqual(receipt);
  });
});
