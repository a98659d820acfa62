import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mockAdvancePaymentPath } from '../../src/api/contracts/advance-payment';
import {
  caseHistoryPath,
  caseworkerLoginPath,
  caseworkerLogoutPath,
  caseworkerSessionSchema,
  csrfHeader,
} from '../../src/api/contracts/caseworker-auth';
import { applicationDocumentLimitCase } from '../../src/domain/application/application-document-limit-case';
import { computeLimitCase } from '../../src/domain/limit-case/compute-limit-case';
import { debitDate, mandateReference } from '../../src/domain/vorauszahlung/sepa-mandate';
import { totpCodeAt } from '../../src/server/caseworker/totp';
import { demoCaseworker } from '../../src/server/demo/demo-caseworker';
import { applicationBundle } from '../support/application-bundle';
import { lookUpStatus, postBundle } from '../support/submit';
import { startTestServer, type TestServer } from '../support/test-server';

// Values that must never reach a log line, whatever happens to them on the way.
const canary = {
  givenName: 'Kanarienvogel',
  familyName: 'Zaunkönigin',
  kvnr: 'L123456783',
  street: 'Amselweg 77',
  incomeDescription: 'Nebenjob Gimpelhof',
  feedbackName: 'Rotkehlchen Meise',
  feedbackEmail: 'stieglitz@example.org',
  feedbackText: 'Der Kontrast beim Grünfink-Knopf ist zu schwach',
};

describe('the server log of a full submission', () => {
  let server: TestServer;
  beforeAll(async () => {
    // The most talkative level: nothing sensitive may appear even there.
    server = await startTestServer({ database: 'pglite', env: { LOG_LEVEL: 'trace' } });
  });
  afterAll(() => server.stop());

  it('holds no name, KVNR, address, income, feedback text, Abrufcode or idempotency key', async () => {
    const bundle = applicationBundle({
      applicationId: 'ZBA-CANARY000001',
      edit: (document) => {
        document.applicant.givenName = canary.givenName;
        document.applicant.familyName = canary.familyName;
        document.applicant.address.street = canary.street;
        document.bank.accountHolder = `${canary.givenName} ${canary.familyName}`;
        const applicant = document.members.find((member) => member.id === 'applicant');
        if (applicant)
          Object.assign(applicant, { givenName: canary.givenName, familyName: canary.familyName });
        const income = document.incomes[0];
        if (income) income.description = canary.incomeDescription;
        return document;
      },
    });
    const key = randomUUID();
    const first = await postBundle(server.url, bundle, { key });
    expect(first.status).toBe(201);
    const receipt = (await first.json()) as { reference: string; abrufcode: string };
    expect((await postBundle(server.url, bundle, { key })).status).toBe(201);
    expect((await lookUpStatus(server.url, receipt.reference, receipt.abrufcode)).status).toBe(200);
    expect(
      (await lookUpStatus(server.url, receipt.reference, 'ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ')).status,
    ).toBe(404);
    // A refused bundle is logged too (its problems name files, never contents).
    const broken = bundle.slice();
    broken[broken.length - 40] = (broken[broken.length - 40]! + 1) & 0xff;
    expect([400, 422]).toContain((await postBundle(server.url, broken)).status);
    const feedback = await fetch(new URL('/api/v1/accessibility-feedback', server.url), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        name: canary.feedbackName,
        email: canary.feedbackEmail,
        description: canary.feedbackText,
      }),
    });
    expect(feedback.status).toBe(201);

    const log = server.logText();
    // The log is there and says what happened, by reference.
    expect(log).toContain(receipt.reference);
    expect(log).toContain('"route":"/api/v1/submissions"');
    for (const value of [...Object.values(canary), receipt.abrufcode, key]) {
      expect(log, `the log contains ${value}`).not.toContain(value);
    }
    // Client addresses are personal data: no request line carries one (the listening line names the server's own).
    expect(log).not.toMatch(/remoteAddress|"ip"|"hostname"/);
  });

  it('holds no name, KVNR, IBAN or amount of an advance payment, through receipt and return', async () => {
    const applicationId = 'ZBA-CANARY000002';
    const canaryKvnr = 'J112233441';
    let amountCents = 0;
    const bundle = applicationBundle({
      applicationId,
      edit: (document) => {
        const child = document.members.find((member) => member.id === 'c1');
        if (child) Object.assign(child, { givenName: canary.givenName, familyName: canary.familyName });
        const computed = computeLimitCase(applicationDocumentLimitCase(document));
        if (!computed.ok) throw new Error(computed.problem.message.en);
        amountCents = computed.value.limitCents;
        document.advancePayment = {
          option: 'full',
          amountCents,
          paidBeforeCents: 0,
          method: 'directDebit',
          mandate: {
            creditorName: 'AOK PLUS (Demo)',
            creditorId: 'DE98ZZZ09999999999',
            mandateReference: mandateReference(applicationId),
            accountHolder: `${canary.givenName} ${canary.familyName}`,
            iban: document.bank.iban,
            signedOn: '2026-11-20',
            debitOn: debitDate('2026-11-20'),
          },
        };
        return document;
      },
    });
    const sent = await postBundle(server.url, bundle);
    expect(sent.status).toBe(201);
    const receipt = (await sent.json()) as { reference: string; abrufcode: string };
    const step = (body: object) =>
      fetch(new URL(mockAdvancePaymentPath.replace(':reference', receipt.reference), server.url), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
    expect((await step({ outcome: 'received', on: '2026-12-04' })).status).toBe(200);
    expect((await step({ outcome: 'returned', on: '2026-12-10', reason: 'AM04' })).status).toBe(200);
    expect((await step({ outcome: 'received', on: '2026-12-11' })).status).toBe(409);
    const state = await lookUpStatus(server.url, receipt.reference, receipt.abrufcode);
    expect(state.status).toBe(200);
    expect(await state.text()).toContain(canaryKvnr);

    const log = server.logText();
    expect(log).toContain(receipt.reference);
    const euros = (amountCents / 100).toFixed(2);
    for (const value of [
      canary.givenName,
      canary.familyName,
      canaryKvnr,
      'DE89370400440532013000',
      mandateReference(applicationId),
      euros,
      euros.replace('.', ','),
      `${amountCents}`,
    ]) {
      expect(log, `the log contains ${value}`).not.toContain(value);
    }
    expect(log).not.toMatch(/amountCents|kvnr|gueltig/i);
  });

  it('holds no username, password, TOTP code, session id or CSRF token of a caseworker login', async () => {
    const login = (username: string, password: string, totp: string) =>
      fetch(new URL(caseworkerLoginPath, server.url), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ username, password, totp }),
      });
    server.clock!.set(new Date('2026-12-07T10:00:00Z'));
    const code = totpCodeAt(demoCaseworker.totpSecret, server.clock!.now());
    expect((await login('kanarien.zaunkoenig', 'Gimpel-Passwort-777', code)).status).toBe(401);
    expect((await login(demoCaseworker.username, 'Stieglitz-Passwort-888', code)).status).toBe(401);
    const ok = await login(demoCaseworker.username, demoCaseworker.password, code);
    expect(ok.status).toBe(200);
    const cookie = ok.headers.getSetCookie()[0]!.split(';')[0]!;
    const session = caseworkerSessionSchema.parse(await ok.json());
    expect(
      (await fetch(new URL(caseHistoryPath('ZB-2026-999999'), server.url), { headers: { Cookie: cookie } }))
        .status,
    ).toBe(404);
    const out = await fetch(new URL(caseworkerLogoutPath, server.url), {
      method: 'POST',
      headers: { Cookie: cookie, [csrfHeader]: session.csrfToken },
    });
    expect(out.status).toBe(204);
    server.clock!.set(undefined);

    const log = server.logText();
    expect(log).toContain('"route":"/api/v1/caseworker/login"');
    for (const value of [
      'kanarien.zaunkoenig',
      demoCaseworker.username,
      demoCaseworker.displayName,
      demoCaseworker.password,
      'Gimpel-Passwort-777',
      'Stieglitz-Passwort-888',
      code,
      cookie.split('=')[1]!,
      session.csrfToken,
      demoCaseworker.totpSecret,
    ]) {
      expect(log, `the log contains ${value}`).not.toContain(value);
    }
  });
});
