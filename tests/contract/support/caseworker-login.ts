import { expect } from 'vitest';
import {
  caseworkerLoginPath,
  caseworkerSessionCookie,
  caseworkerSessionSchema,
  csrfHeader,
} from '../../../src/api/contracts/caseworker-auth';
import { totpCodeAt } from '../../../src/server/caseworker/totp';
import type { ContractTarget } from './contract-target';

/** A caseworker logged in on a target: the session cookie and CSRF token to send, and who it is. */
export type Caseworker = { headers: Record<string, string>; id: string; displayName: string };

export async function logIn(
  target: ContractTarget,
  account: { username: string; password: string; totpSecret: string },
): Promise<Caseworker> {
  const response = await target.fetch(caseworkerLoginPath, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      username: account.username,
      password: account.password,
      totp: totpCodeAt(account.totpSecret, new Date()),
    }),
  });
  expect(response.status, await response.clone().text()).toBe(200);
  const session = caseworkerSessionSchema.parse(await response.json());
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  expect(cookie.startsWith(`${caseworkerSessionCookie}=`)).toBe(true);
  return {
    headers: { Cookie: cookie, [csrfHeader]: session.csrfToken },
    id: session.caseworker.id,
    displayName: session.caseworker.displayName,
  };
}
