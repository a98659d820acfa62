import { randomBytes } from 'node:crypto';
import { caseworkerSessionCookie, csrfHeader } from '../../src/api/contracts/caseworker-auth';
import { createCaseworker } from '../../src/server/caseworker/caseworker-repository';
import type { PasswordRecord } from '../../src/server/caseworker/password';
import { createSession } from '../../src/server/caseworker/sessions';
import type { TestServer } from './test-server';

/*
 * Tests only: a caseworker with a live session, made in the database directly. Login itself is tested in
 * caseworker-login.test.ts; the case tests need sessions, not 0.7 s of scrypt per account. The password record is
 * random bytes that no password matches.
 */

/** A password record no password matches (random bytes), instead of 0.7 s of scrypt per test account. */
export const unusablePassword = (): PasswordRecord => ({
  hash: randomBytes(32).toString('base64'),
  salt: randomBytes(16).toString('base64'),
  n: 1024,
  r: 8,
  p: 1,
});

export type CaseworkerClient = {
  id: string;
  displayName: string;
  fetch(path: string, init?: { method?: string; body?: unknown }): Promise<Response>;
};

export async function caseworkerClient(
  server: TestServer,
  username: string,
  displayName: string,
): Promise<CaseworkerClient> {
  const now = server.clock?.now() ?? new Date();
  const caseworker = await createCaseworker(server.db, {
    username,
    displayName,
    password: unusablePassword(),
    totpSecret: 'JBSWY3DPEHPK3PXP',
    now,
  });
  const { sessionId, session } = await createSession(server.db, caseworker, now, {
    idleMs: 60 * 60 * 1000,
    absoluteMs: 8 * 60 * 60 * 1000,
  });
  return {
    id: caseworker.id,
    displayName,
    fetch: (path, init = {}) => {
      const method = init.method ?? (init.body === undefined ? 'GET' : 'POST');
      return fetch(new URL(path, server.url), {
        method,
        headers: {
          Cookie: `${caseworkerSessionCookie}=${sessionId}`,
          ...(method === 'GET' ? {} : { [csrfHeader]: session.csrfToken }),
          ...(init.body === undefined ? {} : { 'Content-Type': 'application/json' }),
        },
        ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
      });
    },
  };
}
