import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  insuredBasePath,
  insuredObjectionsPath,
  insuredObjectionWithdrawalPath,
  insuredStatusChecksPath,
  insuredStatusChecksSchema,
  providerStatusQueryPath,
} from '../../src/api/contracts/provider-check';
import { loadServerSecret } from '../../src/server/secrets/server-secret';
import { logStatusQuery } from '../../src/server/status-check/status-query-log';
import { kvnrHmac } from '../../src/server/submissions/advance-payment-repository';
import { erika as exempt, insurePeople, max as notExempt } from '../support/status-check-people';
import { startTestServer, type TestServer } from '../support/test-server';

/*
 * The insured person's view (issue 15 deliverable 3): with their KVNR and the number of their exemption card, in
 * a POST body, they see every check of their status and object per provider. The checks here are written into the
 * log directly; status-check.test.ts makes them over HTTP as providers.
 */

const identity = { kvnr: exempt.kvnr, cardNumber: exempt.cardNumber };
const pharmacy = { ik: '308812345', name: 'Apotheke am Markt' };
const physio = { ik: '308812356', name: 'Physiotherapie Saaleblick' };

const post = (server: TestServer, path: string, body: unknown) =>
  fetch(new URL(path, server.url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });

async function prepare(server: TestServer): Promise<Buffer> {
  server.clock!.set(new Date('2026-05-04T09:00:00Z'));
  const secret = loadServerSecret(server.config.serverSecretHex, server.config.dataDir);
  await insurePeople(server.db, secret);
  for (const provider of [pharmacy, physio]) {
    await server.db.query(
      `INSERT INTO provider_register (ik, name, address_lines) VALUES ($1, $2, '["Markt 1", "07743 Jena"]')`,
      [provider.ik, provider.name],
    );
  }
  return secret;
}

describe('the insured person’s view of the checks of their status', () => {
  let server: TestServer;
  let secret: Buffer;
  beforeAll(async () => {
    server = await startTestServer({ database: 'pglite' });
    secret = await prepare(server);
    const entry = { kvnrHmac: kvnrHmac(secret, exempt.kvnr), serviceDate: '2026-05-04' } as const;
    await logStatusQuery(server.db, {
      ...entry,
      ik: pharmacy.ik,
      at: new Date('2026-05-02T08:00:00Z'),
      consent: 'cardPresented',
      result: 'befreit',
      via: 'portal',
    });
    await logStatusQuery(server.db, {
      ...entry,
      ik: physio.ik,
      at: new Date('2026-05-03T08:00:00Z'),
      consent: 'writtenOnFile',
      result: 'nicht-befreit',
      via: 'apiKey',
    });
    // Someone else's check: never in this person's list.
    await logStatusQuery(server.db, {
      ...entry,
      kvnrHmac: kvnrHmac(secret, notExempt.kvnr),
      ik: pharmacy.ik,
      at: new Date('2026-05-03T09:00:00Z'),
      consent: 'givenOrally',
      result: 'nicht-befreit',
      via: 'portal',
    });
  });
  afterAll(() => server.stop());

  it('lists every check of their own status, newest first, with provider name, consent, date asked and result', async () => {
    const response = await post(server, insuredStatusChecksPath, identity);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(insuredStatusChecksSchema.parse(await response.json())).toEqual({
      checks: [
        {
          at: '2026-05-03T08:00:00.000Z',
          provider: physio,
          consent: 'writtenOnFile',
          serviceDate: '2026-05-04',
          result: 'nicht-befreit',
        },
        {
          at: '2026-05-02T08:00:00.000Z',
          provider: pharmacy,
          consent: 'cardPresented',
          serviceDate: '2026-05-04',
          result: 'befreit',
        },
      ],
      objections: [],
    });
  });

  it('a card number of someone else and a wrong KVNR get one 404, and a malformed body a 400', async () => {
    const wrongCard = await post(server, insuredStatusChecksPath, {
      ...identity,
      cardNumber: notExempt.cardNumber,
    });
    const wrongKvnr = await post(server, insuredStatusChecksPath, { ...identity, kvnr: 'A000000000' });
    expect([wrongCard.status, wrongKvnr.status]).toEqual([404, 404]);
    const [cardBody, kvnrBody] = [await wrongCard.text(), await wrongKvnr.text()];
    expect(cardBody).toBe(kvnrBody);
    expect(JSON.parse(cardBody)).toMatchObject({ code: 'insured.notFound' });
    const malformed = await post(server, insuredStatusChecksPath, { kvnr: exempt.kvnr });
    expect(malformed.status).toBe(400);
    expect((await malformed.json()).code).toBe('request.invalid');
  });

  it('an objection is recorded once per provider and listed; a withdrawal removes it from the list', async () => {
    const objection = { ...identity, ik: pharmacy.ik };
    const first = await post(server, insuredObjectionsPath, objection);
    expect(first.status).toBe(200);
    const listed = insuredStatusChecksSchema.parse(await first.json());
    expect(listed.objections).toEqual([{ provider: pharmacy, since: '2026-05-04T09:00:00.000Z' }]);
    expect(listed.checks).toHaveLength(2);
    server.clock!.advance(60_000);
    const again = insuredStatusChecksSchema.parse(
      await (await post(server, insuredObjectionsPath, objection)).json(),
    );
    expect(again.objections).toEqual(listed.objections);
    const open = await server.db.query('SELECT ik FROM status_objections WHERE withdrawn_at IS NULL');
    expect(open.rows).toEqual([{ ik: pharmacy.ik }]);

    const withdrawn = await post(server, insuredObjectionWithdrawalPath, objection);
    expect(withdrawn.status).toBe(200);
    expect(insuredStatusChecksSchema.parse(await withdrawn.json()).objections).toEqual([]);
    // Kept with the day it ended, so the record shows when it held.
    const kept = await server.db.query<{ withdrawn_at: Date | null }>(
      'SELECT withdrawn_at FROM status_objections WHERE ik = $1',
      [pharmacy.ik],
    );
    expect(kept.rows.map((row) => row.withdrawn_at !== null)).toEqual([true]);
    // Nothing open to withdraw: the same list, no error.
    expect((await post(server, insuredObjectionWithdrawalPath, objection)).status).toBe(200);
  });

  it('an objection to an IK that is not on file is refused on the field', async () => {
    const response = await post(server, insuredObjectionsPath, { ...identity, ik: '999999999' });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: 'request.invalid', errors: [{ path: 'ik' }] });
    const wrongCard = await post(server, insuredObjectionsPath, {
      ...identity,
      cardNumber: notExempt.cardNumber,
      ik: pharmacy.ik,
    });
    expect(wrongCard.status).toBe(404);
  });

  it('audits objections with the IK only: no audit entry or log line holds the KVNR or the card number', async () => {
    const audited = await server.db.query<{ action: string; object_ref: string | null; outcome: string }>(
      "SELECT action, object_ref, outcome FROM audit_log WHERE action LIKE 'insured.%' ORDER BY id",
    );
    expect(audited.rows).toContainEqual({
      action: 'insured.objection',
      object_ref: pharmacy.ik,
      outcome: 'ok',
    });
    expect(audited.rows).toContainEqual({
      action: 'insured.objection-withdrawal',
      object_ref: pharmacy.ik,
      outcome: 'ok',
    });
    expect(audited.rows).toContainEqual({
      action: 'insured.status-checks',
      object_ref: null,
      outcome: 'not-found',
    });
    const everything =
      JSON.stringify((await server.db.query('SELECT * FROM audit_log')).rows) + server.logText();
    for (const secretValue of [exempt.kvnr, notExempt.kvnr, exempt.cardNumber, exempt.birthDate]) {
      expect(everything).not.toContain(secretValue);
    }
  });

  it('puts the KVNR in no URL: the insured routes and the status query take POST bodies, with no path parameter', () => {
    const routes = server.endpoints.filter(
      (endpoint) => endpoint.url.startsWith(insuredBasePath) || endpoint.url === providerStatusQueryPath,
    );
    expect(routes.map((route) => `${route.method} ${route.url}`).sort()).toEqual([
      `GET ${providerStatusQueryPath}`,
      `POST ${insuredObjectionsPath}`,
      `POST ${insuredObjectionWithdrawalPath}`,
      `POST ${insuredStatusChecksPath}`,
      `POST ${providerStatusQueryPath}`,
    ]);
    expect(routes.some((route) => route.url.includes(':'))).toBe(false);
  });
});

describe('wrong pairs from one client', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({
      database: 'pglite',
      env: { RATE_LIMIT_FAILED_STATUS_PER_15_MINUTES: '3' },
    });
    await prepare(server);
  });
  afterAll(() => server.stop());

  it('lock the client out, even with the right pair, until the window ends', async () => {
    for (let attempt = 0; attempt < 3; attempt++) {
      const wrong = await post(server, insuredStatusChecksPath, {
        ...identity,
        cardNumber: `ZB-2026-00009${attempt}`,
      });
      expect(wrong.status).toBe(404);
    }
    const locked = await post(server, insuredStatusChecksPath, identity);
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await locked.json()).code).toBe('request.rateLimited');
    expect((await post(server, insuredObjectionsPath, { ...identity, ik: pharmacy.ik })).status).toBe(429);
    server.clock!.advance(15 * 60 * 1000);
    expect((await post(server, insuredStatusChecksPath, identity)).status).toBe(200);
  });
});
