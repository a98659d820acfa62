import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { submissionStateSchema } from '../../src/api/contracts/submission';
import { readApplicationBundle } from '../../src/documents/bundle/application-document-check';
import { loadBundle } from '../../src/server/submissions/bundle-store';
import { lookUpStatus } from '../support/submit';
import { startTestServer, type TestServer } from '../support/test-server';

describe('demo seeding', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ database: 'pglite' });
    server.clock?.set(new Date('2026-05-04T09:00:00Z'));
  });
  afterAll(() => server.stop());

  it('stores applications the reader accepts, in the statuses asked for, each opened by its Abrufcode', async () => {
    const response = await fetch(new URL('/api/__demo/seed', server.url), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        submissions: [
          { status: 'eingegangen' },
          { status: 'in-bearbeitung' },
          { status: 'entschieden', outcome: 'befreit' },
          { status: 'entschieden', outcome: 'abgelehnt' },
        ],
      }),
    });
    expect(response.status).toBe(201);
    const { submissions } = (await response.json()) as {
      submissions: { reference: string; abrufcode: string; status: string }[];
    };
    expect(submissions.map((s) => s.status)).toEqual([
      'eingegangen',
      'in-bearbeitung',
      'entschieden',
      'entschieden',
    ]);
    const exempted = submissions[2]!;
    const state = submissionStateSchema.parse(
      await (await lookUpStatus(server.url, exempted.reference, exempted.abrufcode)).json(),
    );
    expect(state.decision).toMatchObject({
      outcome: 'befreit',
      validFrom: '2026-05-04',
      validUntil: '2026-12-31',
    });
    for (const seeded of submissions) {
      const bundle = await loadBundle(server.db, seeded.reference);
      const read = readApplicationBundle(bundle!.bytes);
      expect(read.ok ? 'valid' : JSON.stringify(read.problems)).toBe('valid');
    }
  });

  it('refuses a request that names no submissions, or unknown fields', async () => {
    for (const body of [{ submissions: [] }, { submissions: [{ status: 'eingegangen' }], extra: 1 }]) {
      const response = await fetch(new URL('/api/__demo/seed', server.url), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
      expect(response.status).toBe(400);
    }
  });
});
