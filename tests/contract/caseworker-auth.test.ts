import { expect, it } from 'vitest';
import {
  caseHistoryPath,
  caseHistorySchema,
  caseworkerKeepAlivePath,
  caseworkerLoginPath,
  caseworkerLogoutPath,
  caseworkerProblemCodes as codes,
  caseworkerSessionCookie,
  caseworkerSessionPath,
  caseworkerSessionSchema,
  csrfHeader,
} from '../../src/api/contracts/caseworker-auth';
import { abrufcodeHeader } from '../../src/api/contracts/submission';
import { totpCodeAt } from '../../src/server/caseworker/totp';
import { demoCaseworker } from '../../src/server/demo/demo-caseworker';
import { mockDemoCaseworker } from '../../mocks/data/demo-caseworker';
import { expectProblem, submit } from './support/contract-requests';
import type { ContractTarget } from './support/contract-target';
import { describeEachTarget } from './support/use-target';

/*
 * The caseworker's login contract (issue 13, ADR 0020) against the mock and the server on PGlite and PostgreSQL.
 * The TOTP code is computed here from the documented demo secret at the real time: each target accepts one
 * login per 30-second step, so the suite logs in once per target and walks that session to its logout.
 */
const login = (target: ContractTarget, body: object) =>
  target.fetch(caseworkerLoginPath, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });

const demoLogin = (overrides: object = {}) => ({
  username: demoCaseworker.username,
  password: demoCaseworker.password,
  totp: totpCodeAt(demoCaseworker.totpSecret, new Date()),
  ...overrides,
});

it('the mock and the server seed the same demo caseworker', () => {
  expect(mockDemoCaseworker).toMatchObject(demoCaseworker);
});

describeEachTarget('caseworker login', (target) => {
  it('refuses caseworker endpoints without a session, and with an Abrufcode instead, with 401', async () => {
    for (const [method, path] of [
      ['GET', caseworkerSessionPath],
      ['POST', caseworkerKeepAlivePath],
      ['POST', caseworkerLogoutPath],
      ['GET', caseHistoryPath('ZB-2026-000001')],
    ] as const) {
      await expectProblem(await target().fetch(path, { method }), 401, codes.unauthenticated);
      const withCode = await target().fetch(path, {
        method,
        headers: { [abrufcodeHeader]: 'ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345' },
      });
      await expectProblem(withCode, 401, codes.unauthenticated);
    }
  });

  it('answers a wrong password and an unknown user identically', async () => {
    const wrongPassword = await login(target(), demoLogin({ password: 'not the demo password' }));
    const unknownUser = await login(target(), demoLogin({ username: 'niemand.bekannt' }));
    expect(wrongPassword.headers.get('set-cookie')).toBeNull();
    expect(unknownUser.headers.get('set-cookie')).toBeNull();
    const [first, second] = [await wrongPassword.text(), await unknownUser.text()];
    expect(first).toBe(second);
    await expectProblem(
      new Response(first, { status: wrongPassword.status, headers: wrongPassword.headers }),
      401,
      codes.loginFailed,
    );
    expect(unknownUser.status).toBe(401);
  });

  it('logs in with the TOTP once, refuses its replay, asks for the CSRF token, and logs out', async () => {
    const body = demoLogin();
    const response = await login(target(), body);
    expect(response.status, await response.clone().text()).toBe(200);
    const setCookie = response.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(new RegExp(`^${caseworkerSessionCookie}=[A-Za-z0-9_-]{43}; `));
    for (const attribute of ['HttpOnly', 'Secure', 'SameSite=Strict', 'Path=/api'])
      expect(setCookie).toContain(attribute);
    const session = caseworkerSessionSchema.parse(await response.json());
    expect(session.caseworker.displayName).toBe(demoCaseworker.displayName);
    expect(session.idleTimeoutSeconds).toBe(900);
    const cookie = setCookie.split(';')[0]!;

    // The same code again: refused like any failed login.
    await expectProblem(await login(target(), body), 401, codes.loginFailed);

    const asked = await target().fetch(caseworkerSessionPath, { headers: { Cookie: cookie } });
    expect(caseworkerSessionSchema.parse(await asked.json()).csrfToken).toBe(session.csrfToken);

    const noToken = await target().fetch(caseworkerKeepAlivePath, {
      method: 'POST',
      headers: { Cookie: cookie },
    });
    await expectProblem(noToken, 403, codes.csrfMissing);
    const kept = await target().fetch(caseworkerKeepAlivePath, {
      method: 'POST',
      headers: { Cookie: cookie, [csrfHeader]: session.csrfToken },
    });
    expect(kept.status).toBe(200);
    caseworkerSessionSchema.parse(await kept.json());

    const receipt = await submit(target());
    const history = await target().fetch(caseHistoryPath(receipt.reference), { headers: { Cookie: cookie } });
    expect(history.status).toBe(200);
    const entries = caseHistorySchema.parse(await history.json()).entries;
    expect(entries.map((entry) => [entry.actorRole, entry.action, entry.outcome])).toEqual([
      ['none', 'submission.received', 'ok'],
      ['caseworker', 'case.history', 'ok'],
    ]);
    expect(entries[1]).toMatchObject({
      actorId: session.caseworker.id,
      actorName: demoCaseworker.displayName,
    });
    await expectProblem(
      await target().fetch(caseHistoryPath('ZB-2026-999999'), { headers: { Cookie: cookie } }),
      404,
      codes.caseNotFound,
    );

    const noTokenLogout = await target().fetch(caseworkerLogoutPath, {
      method: 'POST',
      headers: { Cookie: cookie },
    });
    await expectProblem(noTokenLogout, 403, codes.csrfMissing);
    const out = await target().fetch(caseworkerLogoutPath, {
      method: 'POST',
      headers: { Cookie: cookie, [csrfHeader]: session.csrfToken },
    });
    expect(out.status).toBe(204);
    expect(out.headers.get('set-cookie')).toMatch(new RegExp(`^${caseworkerSessionCookie}=;.*Max-Age=0`));
    await expectProblem(
      await target().fetch(caseworkerSessionPath, { headers: { Cookie: cookie } }),
      401,
      codes.unauthenticated,
    );
  });
});
