import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SubmissionReceipt } from '../../src/api/contracts/submission';
import { migrations } from '../../src/server/db/migrations';
import { applicationBundle } from '../support/application-bundle';
import { createTestDatabase, type TestDatabase } from '../support/postgres';
import { countRows } from '../support/read-stored';
import { spawnServer, type ServerProcess } from '../support/server-process';
import { postBundle } from '../support/submit';

/**
 * Several stateless instances on one PostgreSQL, as an insurer runs them behind a load balancer
 * (docs/deployment.md): they must agree on migrations and idempotency through the database alone.
 */
describe('two server processes on one PostgreSQL', () => {
  let database: TestDatabase;
  let servers: ServerProcess[];
  const dirs: string[] = [];
  beforeAll(async () => {
    database = await createTestDatabase();
    const env = () => {
      const dir = mkdtempSync(join(tmpdir(), 'zb-two-'));
      dirs.push(dir);
      // Instances share the secret through configuration, so each derives the same Abrufcodes.
      return { DATABASE_URL: database.url, DATA_DIR: dir, SERVER_SECRET: 'cd'.repeat(32) };
    };
    // Started together on an empty database: both run into the migrations at the same moment.
    servers = await Promise.all([spawnServer(env()), spawnServer(env())]);
  });
  afterAll(async () => {
    for (const server of servers ?? []) {
      server.child.kill('SIGTERM');
      await server.exited;
    }
    await database?.drop();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it('both start, and the migrations ran exactly once', async () => {
    for (const server of servers) {
      expect((await fetch(new URL('/readyz', server.url))).status).toBe(200);
    }
    expect(await countRows(database.url, 'SELECT version FROM schema_migrations')).toBe(migrations.length);
    const migratedLines = servers.filter((server) => server.output().includes('database migrated'));
    expect(migratedLines).toHaveLength(1);
  });

  it('the same idempotency key sent to both at once yields exactly one application', async () => {
    for (let round = 0; round < 5; round++) {
      const bundle = applicationBundle({
        applicationId: `ZBA-RACE${String(round).padStart(8, '0')}`,
        seed: 100 + round,
      });
      const key = randomUUID();
      const send = async (server: ServerProcess): Promise<SubmissionReceipt> => {
        // 409 means the other instance holds the key right now: the client retries with the same key.
        for (let attempt = 0; attempt < 50; attempt++) {
          const response = await postBundle(server.url, bundle, { key });
          if (response.status === 201) return (await response.json()) as SubmissionReceipt;
          expect(response.status).toBe(409);
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
        throw new Error('never answered 201');
      };
      const [a, b] = await Promise.all([send(servers[0]!), send(servers[1]!)]);
      expect(a).toEqual(b);
    }
    expect(await countRows(database.url, 'SELECT reference FROM submissions')).toBe(5);
    expect(await countRows(database.url, "SELECT key FROM idempotency_keys WHERE state = 'answered'")).toBe(
      5,
    );
  });

  it('one application sent to both at once under two keys is stored once; the other instance answers 409', async () => {
    const before = await countRows(database.url, 'SELECT reference FROM submissions');
    for (let round = 0; round < 5; round++) {
      const applicationId = `ZBA-TWOKEYS${String(round).padStart(5, '0')}`;
      // Two devices (or a device and an imported copy) with bundles of one draft: other bytes, the same id.
      const bundles = [
        applicationBundle({ applicationId, seed: 200 + round }),
        applicationBundle({
          applicationId,
          seed: 200 + round,
          edit: (document) => ({ ...document, createdAt: '2026-03-02T10:00:00Z' }),
        }),
      ];
      const [a, b] = await Promise.all([
        postBundle(servers[0]!.url, bundles[0]!),
        postBundle(servers[1]!.url, bundles[1]!),
      ]);
      const answers = await Promise.all(
        [a, b].map(async (response) => ({ status: response.status, body: await response.text() })),
      );
      expect(answers.map((answer) => answer.status).sort()).toEqual([201, 409]);
      const refused = answers.find((answer) => answer.status === 409)!;
      expect(JSON.parse(refused.body)).toMatchObject({ code: 'submission.alreadySubmitted' });
      const receipt = JSON.parse(answers.find((answer) => answer.status === 201)!.body) as SubmissionReceipt;
      expect(refused.body).not.toContain(receipt.reference);
      expect(refused.body).not.toContain(receipt.abrufcode);
    }
    expect(await countRows(database.url, 'SELECT reference FROM submissions')).toBe(before + 5);
  });
});
