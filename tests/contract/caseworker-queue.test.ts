import { expect, it } from 'vitest';
import { caseworkerProblemCodes as authCodes, csrfHeader } from '../../src/api/contracts/caseworker-auth';
import {
  caseAssignPath,
  caseQueueItemSchema,
  caseQueuePageSchema,
  caseQueuePath,
  caseQueueProblemCodes,
  caseTakenProblemSchema,
  type CaseQueuePage,
  type CaseQueueQuery,
} from '../../src/api/contracts/caseworker-queue';
import { abrufcodeHeader, type SubmissionReceipt } from '../../src/api/contracts/submission';
import type { ApplicationDocument } from '../../src/domain/application/application-document';
import { applicationDocumentLimitCase } from '../../src/domain/application/application-document-limit-case';
import { computeLimitCase } from '../../src/domain/limit-case/compute-limit-case';
import { createTotpSecret } from '../../src/server/caseworker/totp';
import { demoCaseworker } from '../../src/server/demo/demo-caseworker';
import { applicationBundle, exampleApplication } from '../support/application-bundle';
import { expectProblem, postBundle, receiptOf } from './support/contract-requests';
import { logIn, type Caseworker } from './support/caseworker-login';
import { describeEachTarget } from './support/use-target';

/*
 * The caseworker's queue and assignment (issue 13, deliverable 3) against the mock and the server on PGlite and
 * PostgreSQL. Three applications with different facts: the documented example (four people, limit reached, the
 * spouse's certificate and two income proofs follow by post), a further application for 2025 of three people
 * with nothing following, and an advance payment. The demo caseworker logs in once per target (a TOTP code is
 * accepted once per 30-second step) and a second caseworker, made for this run, meets the taken case.
 */

const limitCents = (() => {
  const computed = computeLimitCase(applicationDocumentLimitCase(exampleApplication()));
  if (!computed.ok) throw new Error(computed.problem.message.en);
  return computed.value.limitCents;
})();

const ids = { example: 'ZBA-0000000A0001', further: 'ZBA-0000000A0002', advance: 'ZBA-0000000A0003' };

const exampleBundle = applicationBundle({ applicationId: ids.example });
const furtherBundle = applicationBundle({
  applicationId: ids.further,
  edit: (document): ApplicationDocument => {
    const dropped = new Set(document.receipts.filter((r) => r.memberId === 'c2').map((r) => r.id));
    return {
      ...document,
      year: 2025,
      furtherApplicationTo: { reference: 'ZB-2025-000001' },
      members: document.members.filter((member) => member.id !== 'c2'),
      chronic: document.chronic
        .filter((entry) => entry.memberId !== 'c2')
        .map((entry) => ({ ...entry, chronicallyIll: false, certificate: null })),
      incomes: document.incomes.map((income) => ({
        ...income,
        proof: income.proof === 'post' ? 'none' : income.proof,
      })),
      receipts: document.receipts.filter((receipt) => !dropped.has(receipt.id)),
      attachments: document.attachments.filter((attachment) => !dropped.has(attachment.refId ?? '')),
      calculation: { ...document.calculation, paidCents: 1234, limitReachedOn: null },
    };
  },
});
const advanceBundle = applicationBundle({
  applicationId: ids.advance,
  edit: (document): ApplicationDocument => ({
    ...document,
    advancePayment: {
      option: 'full',
      amountCents: limitCents,
      paidBeforeCents: 0,
      method: 'transfer',
      mandate: null,
    },
  }),
});

const queryString = (query: CaseQueueQuery | Record<string, string>) => {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) if (value !== undefined) params.set(name, String(value));
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
};

describeEachTarget('the caseworker queue', (target) => {
  let demo: Caseworker | undefined;
  const demoSession = async () => (demo ??= await logIn(target(), demoCaseworker));

  const queue = async (query: CaseQueueQuery = {}): Promise<CaseQueuePage> => {
    const response = await target().fetch(`${caseQueuePath}${queryString(query)}`, {
      headers: { Cookie: (await demoSession()).headers.Cookie ?? '' },
    });
    const text = await response.text();
    expect(response.status, text).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    return caseQueuePageSchema.parse(JSON.parse(text));
  };

  const sendAll = async (): Promise<Record<keyof typeof ids, SubmissionReceipt>> => ({
    example: await receiptOf(await postBundle(target(), exampleBundle)),
    further: await receiptOf(await postBundle(target(), furtherBundle, { year: '2025' })),
    advance: await receiptOf(await postBundle(target(), advanceBundle)),
  });

  it('refuses the queue and assignment without a session and with an Abrufcode (401)', async () => {
    for (const [method, path] of [
      ['GET', caseQueuePath],
      ['POST', caseAssignPath('ZB-2026-000001')],
    ] as const) {
      await expectProblem(await target().fetch(path, { method }), 401, authCodes.unauthenticated);
      const withCode = await target().fetch(path, {
        method,
        headers: { [abrufcodeHeader]: 'ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345' },
      });
      await expectProblem(withCode, 401, authCodes.unauthenticated);
    }
  });

  it('lists the applications with their facts; finds, filters, sorts and pages', async () => {
    const sent = await sendAll();
    const all = await queue();
    // The server keeps its applications across this file's tests; the three sent here are all there is.
    expect(all.total).toBe(3);
    expect(all).toMatchObject({ page: 1, pageSize: 25 });
    const byReference = new Map(all.items.map((item) => [item.reference, item]));
    expect(byReference.get(sent.example.reference)).toEqual({
      reference: sent.example.reference,
      applicationId: ids.example,
      receivedAt: sent.example.receivedAt,
      year: 2026,
      householdSize: 4,
      claimedCents: 50350,
      status: 'eingegangen',
      flags: ['limitReached', 'documentsMissing'],
      assignedTo: null,
    });
    expect(byReference.get(sent.further.reference)).toMatchObject({
      applicationId: ids.further,
      year: 2025,
      householdSize: 3,
      claimedCents: 1234,
      flags: ['furtherApplication'],
    });
    expect(byReference.get(sent.advance.reference)).toMatchObject({
      applicationId: ids.advance,
      householdSize: 4,
      claimedCents: limitCents,
      flags: ['limitReached', 'documentsMissing', 'advancePayment'],
    });
    // No names, KVNRs, diagnoses or receipts anywhere in the answer.
    const text = JSON.stringify(all);
    const example = exampleApplication();
    for (const secret of [example.applicant.familyName, example.applicant.kvnr, example.bank.iban, 'chronic'])
      expect(text).not.toContain(secret);

    // Search: the reference or the application number exactly, case and spaces ignored; nothing else.
    const spaced = ` ${sent.further.reference.toLowerCase().replace('-', ' - ')} `;
    expect((await queue({ q: spaced })).items.map((item) => item.reference)).toEqual([
      sent.further.reference,
    ]);
    expect((await queue({ q: ids.advance.toLowerCase() })).items.map((item) => item.reference)).toEqual([
      sent.advance.reference,
    ]);
    expect(await queue({ q: sent.example.reference.slice(0, 8) })).toMatchObject({ total: 0, items: [] });
    expect(await queue({ q: 'ZB-2026-999999' })).toMatchObject({ total: 0, items: [] });

    // Filters.
    const references = (page: CaseQueuePage) => page.items.map((item) => item.reference).sort();
    expect(references(await queue({ year: 2025 }))).toEqual([sent.further.reference]);
    expect(references(await queue({ flag: 'advancePayment' }))).toEqual([sent.advance.reference]);
    expect(references(await queue({ flag: 'documentsMissing' }))).toEqual(
      [sent.example.reference, sent.advance.reference].sort(),
    );
    expect((await queue({ status: 'eingegangen' })).total).toBe(3);
    expect(await queue({ status: 'entschieden' })).toMatchObject({ total: 0, items: [] });
    expect((await queue({ year: 2026, flag: 'furtherApplication' })).total).toBe(0);
    expect((await queue({ assigned: 'open' })).total).toBe(3);
    expect((await queue({ assigned: 'mine' })).total).toBe(0);

    // Sort both ways; the reference breaks ties in the same direction.
    const claimedAsc = (await queue({ sort: 'claimed', order: 'asc' })).items.map(
      (item) => item.claimedCents,
    );
    expect(claimedAsc).toEqual([1234, limitCents, 50350]);
    const claimedDesc = (await queue({ sort: 'claimed', order: 'desc' })).items.map(
      (item) => item.claimedCents,
    );
    expect(claimedDesc).toEqual([50350, limitCents, 1234]);
    expect((await queue({ sort: 'received', order: 'asc' })).items.map((item) => item.reference)).toEqual(
      [...all.items]
        .sort((a, b) => a.receivedAt.localeCompare(b.receivedAt) || a.reference.localeCompare(b.reference))
        .map((item) => item.reference),
    );
    const householdDesc = (await queue({ sort: 'householdSize', order: 'desc' })).items;
    expect(householdDesc.map((item) => item.householdSize)).toEqual([4, 4, 3]);
    expect(householdDesc.slice(0, 2).map((item) => item.reference)).toEqual(
      [sent.example.reference, sent.advance.reference].sort().reverse(),
    );
    expect((await queue({ sort: 'year', order: 'asc' })).items[0]?.year).toBe(2025);

    // Pages: the total stays, the slices follow one order.
    const first = await queue({ sort: 'claimed', order: 'asc', pageSize: 2 });
    const second = await queue({ sort: 'claimed', order: 'asc', pageSize: 2, page: 2 });
    const beyond = await queue({ sort: 'claimed', order: 'asc', pageSize: 2, page: 3 });
    expect([first.total, second.total]).toEqual([3, 3]);
    expect([...first.items, ...second.items].map((item) => item.claimedCents)).toEqual(claimedAsc);
    expect(second).toMatchObject({ page: 2, pageSize: 2 });
    expect(beyond.items).toEqual([]);
  });

  it('refuses a query outside the contract with 400', async () => {
    const cookie = { Cookie: (await demoSession()).headers.Cookie ?? '' };
    for (const query of [
      { pageSize: '500' } as Record<string, string>,
      { page: '0' },
      { sort: 'name' },
      { flag: 'diagnosis' },
      { status: 'offen' },
      { unknown: '1' },
    ]) {
      const response = await target().fetch(`${caseQueuePath}${queryString(query)}`, { headers: cookie });
      await expectProblem(response, 400, 'request.invalid');
    }
  });

  it('assigns a case to the first caseworker who opens it; a second one gets 409 with the name', async () => {
    const sent = await receiptOf(
      await postBundle(target(), applicationBundle({ applicationId: 'ZBA-0000000A0004' })),
    );
    const first = await demoSession();
    const assign = (caseworker: Caseworker, reference = sent.reference, headers = caseworker.headers) =>
      target().fetch(caseAssignPath(reference), { method: 'POST', headers });

    const { [csrfHeader]: _token, ...withoutToken } = first.headers;
    await expectProblem(await assign(first, sent.reference, withoutToken), 403, authCodes.csrfMissing);

    const assigned = await assign(first);
    expect(assigned.status, await assigned.clone().text()).toBe(200);
    const item = caseQueueItemSchema.parse(await assigned.json());
    expect(item).toMatchObject({
      reference: sent.reference,
      assignedTo: { id: first.id, displayName: demoCaseworker.displayName },
    });
    // The same caseworker again: the same answer.
    const again = await assign(first);
    expect(again.status).toBe(200);
    expect(caseQueueItemSchema.parse(await again.json())).toEqual(item);

    const account = {
      username: 'zweite.sachbearbeitung',
      displayName: 'Zweite Sachbearbeitung',
      password: 'Zweites-Passwort-2026!',
      totpSecret: createTotpSecret(),
    };
    await target().addCaseworker(account);
    const second = await logIn(target(), account);
    const taken = await assign(second);
    const problem = await expectProblem(taken.clone(), 409, caseQueueProblemCodes.taken);
    expect(problem.code).toBe(caseQueueProblemCodes.taken);
    expect(caseTakenProblemSchema.parse(await taken.json()).assignedTo).toEqual({
      displayName: demoCaseworker.displayName,
    });

    await expectProblem(await assign(second, 'ZB-2026-999999'), 404, authCodes.caseNotFound);
    await expectProblem(await assign(second, 'nonsense'), 404, authCodes.caseNotFound);

    const mine = await queue({ assigned: 'mine', q: sent.reference });
    expect(mine.items).toEqual([item]);
    expect((await queue({ assigned: 'open', q: sent.reference })).total).toBe(0);
  });
});
