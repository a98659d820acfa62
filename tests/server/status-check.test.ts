import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  consentForms,
  fhirJsonMediaType,
  fhirStatusAnswerSchema,
  insuredObjectionsPath,
  insuredObjectionWithdrawalPath,
  insuredStatusChecksPath,
  insuredStatusChecksSchema,
  providerQueryHistorySchema,
  providerStatusQueryPath,
  statusAnswerSchema,
  type StatusQueryRequest,
} from '../../src/api/contracts/provider-check';
import { loadServerSecret } from '../../src/server/secrets/server-secret';
import { kvnrHmac } from '../../src/server/submissions/advance-payment-repository';
import { ikOf, providerClient, type ProviderClient } from '../support/provider-sessions';
import { erika as exempt, insurePeople, kvnrOf, max as insured } from '../support/status-check-people';
import { startTestServer, type TestServer } from '../support/test-server';

/*
 * The provider status check over HTTP (issue 15 deliverables 2 to 4, ADR 0026): the answer, its one shape for
 * everything that is not "befreit", the log, objections, the API key, the limits, and a property that no KVNR is
 * ever kept, logged or answered in clear. Providers log in through tests/support/provider-sessions.ts.
 */

const today = '2026-05-04';

const pharmacy = { ik: ikOf('30881234'), name: 'Apotheke am Markt' };
const physio = { ik: ikOf('60881235'), name: 'Physiotherapie Saaleblick' };

const ask = (client: ProviderClient, body: unknown, accept?: string) =>
  client.fetch(providerStatusQueryPath, {
    method: 'POST',
    body,
    ...(accept ? { headers: { Accept: accept } } : {}),
  });

const post = (server: TestServer, path: string, body: unknown) =>
  fetch(new URL(path, server.url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });

const exemptQuery: StatusQueryRequest = {
  kvnr: exempt.kvnr,
  birthDate: exempt.birthDate,
  consent: 'cardPresented',
  serviceDate: today,
};

type LogRow = {
  ik: string;
  kvnr_hmac: string;
  consent: string;
  service_date: string;
  result: string;
  via: string;
};

async function logRows(server: TestServer): Promise<LogRow[]> {
  const rows = await server.db.query<LogRow>(
    `SELECT ik, kvnr_hmac, consent, to_char(service_date, 'YYYY-MM-DD') AS service_date, result, via
     FROM status_queries ORDER BY id`,
  );
  return rows.rows;
}

describe('the status query', () => {
  let server: TestServer;
  let secret: Buffer;
  let atPharmacy: ProviderClient;
  let pharmacySoftware: ProviderClient;
  let atPhysio: ProviderClient;

  beforeAll(async () => {
    // The most talkative log level: no KVNR may reach a log line even there.
    server = await startTestServer({ database: 'pglite', env: { LOG_LEVEL: 'trace' } });
    server.clock!.set(new Date(`${today}T09:00:00Z`));
    secret = loadServerSecret(server.config.serverSecretHex, server.config.dataDir);
    await insurePeople(server.db, secret);
    // The limits have their own server below; here they must never be what answers.
    await server.db.query('UPDATE provider_check_settings SET daily_quota = 100000, burst_limit = 100000');
    atPharmacy = await providerClient(server, pharmacy);
    pharmacySoftware = await providerClient(server, pharmacy, { via: 'apiKey' });
    atPhysio = await providerClient(server, physio);
  });
  afterAll(() => server.stop());

  it('answers "befreit" with the initials and the last day for a person exempted earlier, plain and FHIR', async () => {
    const plain = await ask(atPharmacy, exemptQuery);
    expect(plain.status).toBe(200);
    expect(plain.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(plain.headers.get('cache-control')).toBe('no-store');
    expect(statusAnswerSchema.parse(await plain.json())).toEqual({
      status: 'befreit',
      initials: 'E. M.',
      validUntil: '2026-12-31',
    });
    const fhir = await ask(atPharmacy, exemptQuery, fhirJsonMediaType);
    expect(fhir.status).toBe(200);
    expect(fhir.headers.get('content-type')).toBe('application/fhir+json; charset=utf-8');
    const parameters = fhirStatusAnswerSchema.parse(await fhir.json()).parameter;
    expect(parameters[0].extension[0].extension).toEqual([
      { url: 'status', valueBoolean: true },
      { url: 'gueltigBis', valueDate: '2026-12-31' },
    ]);
    expect(parameters[1]).toEqual({ name: 'initialen', valueString: 'E. M.' });
  });

  it('gives an unknown pair, a wrong birth date, a person not exempt that day and a blocked check the same bytes', async () => {
    const cases: StatusQueryRequest[] = [
      { ...exemptQuery, kvnr: kvnrOf('Z12345678'), birthDate: '1990-01-01' },
      { ...exemptQuery, birthDate: '1964-08-13' },
      // The day before the money arrived: not exempt yet.
      { ...exemptQuery, serviceDate: '2026-05-03' },
      { ...exemptQuery, kvnr: insured.kvnr, birthDate: insured.birthDate },
    ];
    const objection = { kvnr: exempt.kvnr, cardNumber: exempt.cardNumber, ik: pharmacy.ik };
    const answerTo = async (query: StatusQueryRequest, accept: string | undefined) => {
      const response = await ask(atPharmacy, query, accept);
      return {
        status: response.status,
        type: response.headers.get('content-type'),
        body: await response.text(),
      };
    };
    for (const accept of [undefined, fhirJsonMediaType]) {
      const answers = [];
      for (const query of cases) answers.push(await answerTo(query, accept));
      // The exempt person, blocked by their objection to this pharmacy.
      expect((await post(server, insuredObjectionsPath, objection)).status).toBe(200);
      answers.push(await answerTo(exemptQuery, accept));
      expect((await post(server, insuredObjectionWithdrawalPath, objection)).status).toBe(200);
      expect(new Set(answers.map((answer) => JSON.stringify(answer))).size).toBe(1);
      expect(answers[0]!.status).toBe(200);
      const body: unknown = JSON.parse(answers[0]!.body);
      if (accept) expect(fhirStatusAnswerSchema.parse(body).parameter[0].valueBoolean).toBe(false);
      else expect(statusAnswerSchema.parse(body)).toEqual({ status: 'nicht-befreit' });
      const results = (await logRows(server)).slice(-5).map((row) => row.result);
      expect(results).toEqual([
        'nicht-befreit',
        'nicht-befreit',
        'nicht-befreit',
        'nicht-befreit',
        'blocked',
      ]);
    }
  });

  it('an objection blocks that provider only, for the portal and its software alike; a withdrawal unblocks', async () => {
    const objection = { kvnr: exempt.kvnr, cardNumber: exempt.cardNumber, ik: pharmacy.ik };
    expect((await post(server, insuredObjectionsPath, objection)).status).toBe(200);
    const statusOf = async (client: ProviderClient) =>
      ((await (await ask(client, exemptQuery)).json()) as { status: string }).status;
    expect(await statusOf(atPharmacy)).toBe('nicht-befreit');
    expect(await statusOf(pharmacySoftware)).toBe('nicht-befreit');
    expect(await statusOf(atPhysio)).toBe('befreit');
    expect((await post(server, insuredObjectionWithdrawalPath, objection)).status).toBe(200);
    expect(await statusOf(atPharmacy)).toBe('befreit');
  });

  it('an API key query answers the same and is logged via apiKey', async () => {
    const before = (await logRows(server)).length;
    const portal = await ask(atPharmacy, exemptQuery);
    const software = await ask(pharmacySoftware, exemptQuery);
    expect(software.status).toBe(portal.status);
    expect(await software.text()).toBe(await portal.text());
    const rows = (await logRows(server)).slice(before);
    expect(rows.map((row) => [row.ik, row.via])).toEqual([
      [pharmacy.ik, 'portal'],
      [pharmacy.ik, 'apiKey'],
    ]);
  });

  it('refuses a date of service outside the previous, current and next year (422) and a missing consent (400), logging neither', async () => {
    const before = (await logRows(server)).length;
    for (const serviceDate of ['2024-12-31', '2028-01-01']) {
      const response = await ask(atPharmacy, { ...exemptQuery, serviceDate });
      expect(response.status).toBe(422);
      expect((await response.json()).code).toBe('provider.serviceDateOutOfRange');
    }
    for (const serviceDate of ['2025-01-01', '2027-12-31']) {
      expect((await ask(atPharmacy, { ...exemptQuery, serviceDate })).status).toBe(200);
    }
    const { consent: _consent, ...withoutConsent } = exemptQuery;
    for (const body of [
      withoutConsent,
      { ...exemptQuery, consent: 'assumed' },
      // A KVNR whose check digit is wrong is as malformed as one of the wrong shape.
      { ...exemptQuery, kvnr: `${exempt.kvnr.slice(0, 9)}${(Number(exempt.kvnr[9]) + 1) % 10}` },
      { ...exemptQuery, extra: 'field' },
    ]) {
      const response = await ask(atPharmacy, body);
      expect(response.status).toBe(400);
      expect((await response.json()).code).toBe('request.invalid');
    }
    expect((await logRows(server)).length).toBe(before + 2);
  });

  it('writes exactly one log entry with the consent form for every answered query', async () => {
    for (const consent of consentForms) {
      for (const [client, via] of [
        [atPhysio, 'portal'],
        [pharmacySoftware, 'apiKey'],
      ] as const) {
        const before = await logRows(server);
        const response = await ask(client, {
          ...exemptQuery,
          kvnr: insured.kvnr,
          consent,
          serviceDate: '2025-06-30',
        });
        expect(response.status).toBe(200);
        const after = await logRows(server);
        expect(after.slice(0, before.length)).toEqual(before);
        expect(after.slice(before.length)).toEqual([
          {
            ik: client === atPhysio ? physio.ik : pharmacy.ik,
            kvnr_hmac: kvnrHmac(secret, insured.kvnr),
            consent,
            service_date: '2025-06-30',
            result: 'nicht-befreit',
            via,
          },
        ]);
      }
    }
  });

  it('the provider’s history lists its own queries newest first, without patient data, with today’s use', async () => {
    const response = await atPhysio.fetch(providerStatusQueryPath);
    expect(response.status).toBe(200);
    const history = providerQueryHistorySchema.parse(await response.json());
    const own = (await logRows(server)).filter((row) => row.ik === physio.ik).reverse();
    expect(
      history.entries.map((entry) => [entry.consent, entry.serviceDate, entry.answered, entry.via]),
    ).toEqual(
      own.map((row) => [
        row.consent,
        row.service_date,
        row.result === 'befreit' ? 'befreit' : 'nicht-befreit',
        row.via,
      ]),
    );
    expect(history.usedToday).toBe(own.length);
    expect(history.dailyLimit).toBe(100000);
  });

  it('the insured person lists the checks of their status with provider name, consent, date and result', async () => {
    const response = await post(server, insuredStatusChecksPath, {
      kvnr: exempt.kvnr,
      cardNumber: exempt.cardNumber,
    });
    expect(response.status).toBe(200);
    const view = insuredStatusChecksSchema.parse(await response.json());
    const own = (await logRows(server))
      .filter((row) => row.kvnr_hmac === kvnrHmac(secret, exempt.kvnr))
      .reverse();
    expect(
      view.checks.map((check) => [check.provider.ik, check.consent, check.serviceDate, check.result]),
    ).toEqual(own.map((row) => [row.ik, row.consent, row.service_date, row.result]));
    expect(view.checks.find((check) => check.provider.ik === physio.ik)?.provider.name).toBe(physio.name);
    expect(view.checks.some((check) => check.result === 'blocked')).toBe(true);
    expect(view.objections).toEqual([]);
  });

  it('never keeps, logs, audits or answers a queried KVNR in clear; every answer holds nothing beyond status, initials and validity', async () => {
    const asked = new Set<string>();
    const validKvnr = fc
      .tuple(fc.integer({ min: 65, max: 90 }), fc.integer({ min: 0, max: 99_999_999 }))
      .map(([letter, digits]) => kvnrOf(`${String.fromCharCode(letter)}${String(digits).padStart(8, '0')}`));
    const birthDate = fc
      .date({
        min: new Date('1920-01-01T00:00:00Z'),
        max: new Date('2025-12-31T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((date) => date.toISOString().slice(0, 10));
    const serviceDate = fc
      .date({
        min: new Date('2025-01-01T00:00:00Z'),
        max: new Date('2027-12-31T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((date) => date.toISOString().slice(0, 10));
    const query = fc.oneof(
      fc.record({ kvnr: validKvnr, birthDate, consent: fc.constantFrom(...consentForms), serviceDate }),
      // The exempt person, with the right birth date: "befreit" answers must hold no KVNR either.
      fc.record({
        kvnr: fc.constant(exempt.kvnr),
        birthDate: fc.constant(exempt.birthDate),
        consent: fc.constantFrom(...consentForms),
        serviceDate,
      }),
    );
    await fc.assert(
      fc.asyncProperty(query, fc.boolean(), fc.boolean(), async (body, viaKey, fhir) => {
        asked.add(body.kvnr);
        const response = await ask(
          viaKey ? pharmacySoftware : atPharmacy,
          body,
          fhir ? fhirJsonMediaType : undefined,
        );
        expect(response.status).toBe(200);
        const text = await response.text();
        expect(text).not.toContain(body.kvnr);
        expect(text).not.toContain(body.birthDate);
        if (fhir) fhirStatusAnswerSchema.parse(JSON.parse(text));
        else statusAnswerSchema.parse(JSON.parse(text));
        const last = await server.db.query('SELECT * FROM status_queries ORDER BY id DESC LIMIT 1');
        expect(JSON.stringify(last.rows)).not.toContain(body.kvnr);
        expect(last.rows[0]).toMatchObject({
          kvnr_hmac: kvnrHmac(secret, body.kvnr),
          via: viaKey ? 'apiKey' : 'portal',
        });
      }),
      { numRuns: 200 },
    );
    const stored =
      JSON.stringify((await server.db.query('SELECT * FROM status_queries')).rows) +
      JSON.stringify((await server.db.query('SELECT * FROM audit_log')).rows) +
      JSON.stringify((await server.db.query('SELECT * FROM rate_limits')).rows);
    const logged = server.logText();
    expect(logged.length).toBeGreaterThan(0);
    for (const kvnr of asked) {
      expect(stored).not.toContain(kvnr);
      expect(logged).not.toContain(kvnr);
    }
  });
});

describe('the limits of status queries', () => {
  let server: TestServer;
  let atPharmacy: ProviderClient;
  let pharmacySoftware: ProviderClient;
  let physioSoftware: ProviderClient;
  const morning = new Date(`${today}T07:00:00Z`);
  const query = { ...exemptQuery, kvnr: kvnrOf('Q00000001'), birthDate: '1980-01-01' };

  const setting = (sql: string) => server.db.query(`UPDATE provider_check_settings SET ${sql}`);

  beforeAll(async () => {
    server = await startTestServer({ database: 'pglite' });
    server.clock!.set(morning);
    // Queries through API keys: the clock jumps hours here, which would end a portal session.
    atPharmacy = await providerClient(server, pharmacy);
    pharmacySoftware = await providerClient(server, pharmacy, { via: 'apiKey' });
    physioSoftware = await providerClient(server, physio, { via: 'apiKey' });
  });
  afterAll(() => server.stop());

  it('refuses the 101st query of the day with 429 provider.quotaExceeded until 00:00 in Berlin, unlogged', async () => {
    // The burst limit must not be what refuses: bursts of 30 with the clock moved on a minute between them.
    for (let i = 0; i < 100; i++) {
      if (i > 0 && i % 30 === 0) server.clock!.advance(60_000);
      expect((await ask(pharmacySoftware, query)).status).toBe(200);
    }
    server.clock!.advance(60_000);
    const refused = await ask(pharmacySoftware, query);
    expect(refused.status).toBe(429);
    expect((await refused.json()).code).toBe('provider.quotaExceeded');
    // 09:04 in Berlin (CEST): 14 h 56 min to midnight.
    expect(server.clock!.now().toISOString()).toBe('2026-05-04T07:04:00.000Z');
    expect(Number(refused.headers.get('retry-after'))).toBe((14 * 60 + 56) * 60);
    const logged = await server.db.query('SELECT count(*)::int AS n FROM status_queries WHERE ik = $1', [
      pharmacy.ik,
    ]);
    expect(logged.rows).toEqual([{ n: 100 }]);
    const audited = await server.db.query(
      "SELECT actor_id, detail, outcome FROM audit_log WHERE action = 'status-query'",
    );
    expect(audited.rows).toEqual([{ actor_id: pharmacy.ik, detail: 'quota', outcome: 'refused' }]);
    // Another provider has its own day.
    expect((await ask(physioSoftware, query)).status).toBe(200);
    const history = providerQueryHistorySchema.parse(
      await (await atPharmacy.fetch(providerStatusQueryPath)).json(),
    );
    expect([history.usedToday, history.dailyLimit]).toEqual([100, 100]);
  });

  it('takes a changed daily limit at once, the account’s own limit before the default', async () => {
    await setting('daily_quota = 110');
    expect((await ask(pharmacySoftware, query)).status).toBe(200);
    await setting('daily_quota = 50');
    expect((await ask(pharmacySoftware, query)).status).toBe(429);
    await server.db.query('UPDATE provider_accounts SET daily_quota = 200 WHERE ik = $1', [pharmacy.ik]);
    expect((await ask(pharmacySoftware, query)).status).toBe(200);
    await server.db.query('UPDATE provider_accounts SET daily_quota = NULL WHERE ik = $1', [pharmacy.ik]);
    await setting('daily_quota = 100');
  });

  it('opens the next Berlin day at 00:00 in Berlin', async () => {
    expect((await ask(pharmacySoftware, query)).status).toBe(429);
    server.clock!.set(new Date('2026-05-04T21:59:59Z'));
    expect((await ask(pharmacySoftware, query)).status).toBe(429);
    server.clock!.set(new Date('2026-05-04T22:00:00Z'));
    expect((await ask(pharmacySoftware, query)).status).toBe(200);
  });

  it('throttles a burst with 429 request.rateLimited and admits again after the window', async () => {
    await setting('burst_limit = 5, burst_window_seconds = 60');
    server.clock!.set(new Date('2026-05-06T08:00:00Z'));
    for (let i = 0; i < 5; i++) expect((await ask(physioSoftware, query)).status).toBe(200);
    const refused = await ask(physioSoftware, query);
    expect(refused.status).toBe(429);
    expect((await refused.json()).code).toBe('request.rateLimited');
    expect(Number(refused.headers.get('retry-after'))).toBe(60);
    server.clock!.advance(60_000);
    expect((await ask(physioSoftware, query)).status).toBe(200);
  });
});
