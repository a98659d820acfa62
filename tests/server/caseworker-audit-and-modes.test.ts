import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseworkerLoginPath } from '../../src/api/contracts/caseworker-auth';
import { audit } from '../../src/server/audit/audit-log';
import { totpCodeAt } from '../../src/server/caseworker/totp';
import { demoCaseworker } from '../../src/server/demo/demo-caseworker';
import { startTestServer, type TestServer } from '../support/test-server';

describe.each(['pglite', 'postgres'] as const)('the audit log on %s', (database) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ database, mode: 'production' });
    await audit(server.db, { at: new Date(), actorRole: 'none', action: 'test.entry', outcome: 'ok' });
  });
  afterAll(() => server.stop());

  it('is append-only in the database itself: UPDATE, DELETE and TRUNCATE fail in SQL', async () => {
    for (const sql of [
      "UPDATE audit_log SET outcome = 'failed'",
      "UPDATE audit_log SET action = 'rewritten' WHERE action = 'test.entry'",
      'DELETE FROM audit_log',
      "DELETE FROM audit_log WHERE action = 'test.entry'",
      'TRUNCATE audit_log',
    ]) {
      await expect(server.db.query(sql), sql).rejects.toThrow(/append-only/);
    }
    const rows = await server.db.query<{ action: string; outcome: string }>(
      "SELECT action, outcome FROM audit_log WHERE action = 'test.entry'",
    );
    expect(rows.rows).toEqual([{ action: 'test.entry', outcome: 'ok' }]);
  });

  it('still takes new entries', async () => {
    await audit(server.db, { at: new Date(), actorRole: 'none', action: 'test.second', outcome: 'ok' });
    const count = await server.db.query<{ n: number }>('SELECT count(*)::int AS n FROM audit_log');
    expect(Number(count.rows[0]!.n)).toBeGreaterThanOrEqual(2);
  });

  it('a production start has no demo caseworker, and its login is refused', async () => {
    const found = await server.db.query('SELECT 1 FROM caseworkers WHERE username = $1', [
      demoCaseworker.username,
    ]);
    expect(found.rowCount).toBe(0);
    const response = await fetch(new URL(caseworkerLoginPath, server.url), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        username: demoCaseworker.username,
        password: demoCaseworker.password,
        totp: totpCodeAt(demoCaseworker.totpSecret, new Date()),
      }),
    });
    expect(response.status).toBe(401);
  });
});

describe('failed logins from one client', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({
      database: 'pglite',
      env: { RATE_LIMIT_LOGIN_FAILURES_PER_CLIENT: '3' },
    });
    server.clock!.set(new Date('2026-12-07T09:00:00Z'));
  });
  afterAll(() => server.stop());

  it('lock that client out, whatever accounts it tries, until the window ends', async () => {
    const attempt = (username: string, password: string) =>
      fetch(new URL(caseworkerLoginPath, server.url), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          username,
          password,
          totp: totpCodeAt(demoCaseworker.totpSecret, server.clock!.now()),
        }),
      });
    for (const name of ['a.one', 'b.two', 'c.three'])
      expect((await attempt(name, 'wrong wrong wrong')).status).toBe(401);
    const locked = await attempt(demoCaseworker.username, demoCaseworker.password);
    expect(locked.status).toBe(429);
    expect(locked.headers.get('retry-after')).toMatch(/^\d+$/);
    server.clock!.advance(15 * 60 * 1000);
    expect((await attempt(demoCaseworker.username, demoCaseworker.password)).status).toBe(200);
  });
});
