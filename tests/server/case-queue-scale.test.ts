import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseworkerSessionCookie } from '../../src/api/contracts/caseworker-auth';
import {
  caseQueuePageSchema,
  caseQueuePath,
  type CaseQueuePage,
} from '../../src/api/contracts/caseworker-queue';
import { createCaseworker } from '../../src/server/caseworker/caseworker-repository';
import { hashPassword } from '../../src/server/caseworker/password';
import { createSession } from '../../src/server/caseworker/sessions';
import { seedQueueRows, type SeededQueueRow } from '../support/queue-rows';
import { startTestServer, type TestServer } from '../support/test-server';

/**
 * The queue with 10,000 applications on PGlite (issue 13, deliverable 3): rows written straight in SQL, then
 * the answers' totals, pages and order compared with the same rows sorted here. Correctness only: the time is
 * the bench's (`npm run bench`), never asserted.
 */
const count = 10_000;

describe('the caseworker queue with 10,000 applications (PGlite)', () => {
  let server: TestServer;
  let rows: SeededQueueRow[];
  let cookie: string;

  beforeAll(async () => {
    server = await startTestServer({ database: 'pglite', mode: 'production' });
    rows = await seedQueueRows(server.db, count);
    const caseworker = await createCaseworker(server.db, {
      username: 'queue-scale',
      displayName: 'Queue Scale',
      password: await hashPassword('queue scale password 1234'),
      totpSecret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP',
      now: new Date(),
    });
    const { sessionId } = await createSession(server.db, caseworker, new Date(), {
      idleMs: 60 * 60_000,
      absoluteMs: 2 * 60 * 60_000,
    });
    cookie = `${caseworkerSessionCookie}=${sessionId}`;
  }, 120_000);
  afterAll(() => server.stop());

  const queue = async (query: Record<string, string | number>): Promise<CaseQueuePage> => {
    const search = new URLSearchParams(Object.entries(query).map(([name, value]) => [name, String(value)]));
    const response = await fetch(`${server.url}${caseQueuePath}?${search}`, { headers: { Cookie: cookie } });
    const text = await response.text();
    expect(response.status, text).toBe(200);
    return caseQueuePageSchema.parse(JSON.parse(text));
  };

  const by =
    (key: 'receivedAt' | 'claimedCents' | 'householdSize' | 'year', direction: 1 | -1) =>
    (a: SeededQueueRow, b: SeededQueueRow) => {
      const [x, y] = [a[key], b[key]];
      const primary = x < y ? -1 : x > y ? 1 : 0;
      return direction * (primary || (a.reference < b.reference ? -1 : a.reference > b.reference ? 1 : 0));
    };

  it('answers the first page of all 10,000, newest first, with the total', async () => {
    const page = await queue({});
    expect(page.total).toBe(count);
    expect(page).toMatchObject({ page: 1, pageSize: 25 });
    const expected = [...rows].sort(by('receivedAt', -1)).slice(0, 25);
    expect(page.items.map((item) => item.reference)).toEqual(expected.map((row) => row.reference));
    expect(page.items[0]).toEqual({
      reference: expected[0]!.reference,
      applicationId: expected[0]!.applicationId,
      receivedAt: expected[0]!.receivedAt,
      year: expected[0]!.year,
      householdSize: expected[0]!.householdSize,
      claimedCents: expected[0]!.claimedCents,
      status: expected[0]!.status,
      flags: expected[0]!.flags,
      assignedTo: null,
    });
  });

  it('walks every page of one sort: each row once, in one total order', async () => {
    const seen: string[] = [];
    for (let page = 1; page <= count / 100; page++) {
      const answer = await queue({ sort: 'claimed', order: 'asc', pageSize: 100, page });
      expect(answer.total).toBe(count);
      seen.push(...answer.items.map((item) => item.reference));
    }
    expect(seen).toEqual([...rows].sort(by('claimedCents', 1)).map((row) => row.reference));
    expect((await queue({ sort: 'claimed', order: 'asc', pageSize: 100, page: 101 })).items).toEqual([]);
  });

  it.each([
    ['received', 'receivedAt'],
    ['claimed', 'claimedCents'],
    ['householdSize', 'householdSize'],
    ['year', 'year'],
  ] as const)('sorts by %s both ways, ties broken by the reference', async (sort, key) => {
    for (const [order, direction] of [
      ['asc', 1],
      ['desc', -1],
    ] as const) {
      const sorted = [...rows].sort(by(key, direction));
      for (const page of [1, 57, 100]) {
        const answer = await queue({ sort, order, pageSize: 100, page });
        expect(
          answer.items.map((item) => item.reference),
          `${sort} ${order} page ${page}`,
        ).toEqual(sorted.slice((page - 1) * 100, page * 100).map((row) => row.reference));
      }
    }
  });

  it('filters by year, status and flag together, with the right total and order', async () => {
    const matching = rows
      .filter(
        (row) => row.year === 2026 && row.status === 'entschieden' && row.flags.includes('limitReached'),
      )
      .sort(by('householdSize', -1));
    const first = await queue({
      year: 2026,
      status: 'entschieden',
      flag: 'limitReached',
      sort: 'householdSize',
      pageSize: 100,
    });
    expect(first.total).toBe(matching.length);
    expect(first.items.map((item) => item.reference)).toEqual(
      matching.slice(0, 100).map((row) => row.reference),
    );
    const documents = rows.filter((row) => row.flags.includes('documentsMissing')).length;
    expect((await queue({ flag: 'documentsMissing' })).total).toBe(documents);
    expect((await queue({ assigned: 'open' })).total).toBe(count);
    expect((await queue({ assigned: 'mine' })).total).toBe(0);
  });

  it('finds one application among 10,000 by reference or application number', async () => {
    const row = rows[4321]!;
    const byReference = await queue({ q: row.reference.toLowerCase() });
    expect(byReference.items.map((item) => item.reference)).toEqual([row.reference]);
    const byNumber = await queue({ q: ` ${row.applicationId} ` });
    expect(byNumber).toMatchObject({ total: 1, items: [{ reference: row.reference }] });
  });

  it('uses an index for the default order and for a filter (no full sort of the table)', async () => {
    const plan = async (sql: string) =>
      (await server.db.query<{ 'QUERY PLAN': string }>(`EXPLAIN ${sql}`)).rows
        .map((line) => line['QUERY PLAN'])
        .join('\n');
    expect(
      await plan('SELECT reference FROM submissions ORDER BY received_at DESC, reference DESC LIMIT 25'),
    ).toContain('submissions_received_at');
    expect(
      await plan("SELECT count(*) FROM submissions WHERE application_id = 'ZBA-000000000001'"),
    ).toContain('submissions_application_id');
  });
});
