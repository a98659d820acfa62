import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fhirStatusAnswerSchema, statusAnswerSchema } from '../../src/api/contracts/provider-check';
import { validateKvnr } from '../../src/domain/identifiers/kvnr';
import type { AdminIo } from '../../src/server/admin/caseworker-admin';
import { runRetentionCommand } from '../../src/server/admin/retention-admin';
import { demoExemptionCardNumber, demoExemptionPersons } from '../../src/server/demo/demo-exemption-persons';
import { seedDemoExemptions } from '../../src/server/demo/exemption-demo-seed';
import { statusQueryCutoff } from '../../src/server/retention/status-query-retention';
import { loadServerSecret } from '../../src/server/secrets/server-secret';
import { berlinDayOf } from '../../src/documents/calendar/berlin-day';
import { initialsOf } from '../../src/domain/names/initials';
import { recordObjection, withdrawObjection } from '../../src/server/status-check/objection-repository';
import { countQuery, queryLimitsOf, type QueryLimits } from '../../src/server/status-check/query-limits';
import { serviceDateInRange } from '../../src/domain/status-check/service-date-range';
import {
  answerFormatOf,
  notExempt,
  serializeStatusAnswer,
} from '../../src/api/contracts/provider-status-answer';
import { findStatus } from '../../src/server/status-check/status-query';
import { logStatusQuery } from '../../src/server/status-check/status-query-log';
import { kvnrHmac } from '../../src/server/submissions/advance-payment-repository';
import { startTestServer, type TestServer } from '../support/test-server';

/*
 * The status check's parts on their own (issue 15, ADR 0026): initials, the allowed service dates, the answer's
 * serialization, the Berlin day, the exemption lookup with the demo seed, the limits and the retention of the
 * query log. The routes that put them together are tested over HTTP in status-check.test.ts.
 */

describe('initials', () => {
  it('take the first letter of the first given name and of the family name, upper-cased', () => {
    expect(initialsOf('Erika Maria', 'Mustermann')).toBe('E. M.');
    expect(initialsOf('Łukasz', 'Ğüneş Ørsted-Nguyễn')).toBe('Ł. Ğ.');
    expect(initialsOf('émile', 'de la Tour')).toBe('É. D.');
    expect(initialsOf('  Anna-Lena ', "'t Hooft")).toBe('A. T.');
    // A decomposed accent (NFD) is one initial, as printed.
    expect(initialsOf('E\u0301mile', 'Zola')).toBe('É. Z.');
    expect(initialsOf('ßabine', 'Özdemir')).toBe('S. Ö.');
  });

  it('hold only capital letters: a letter without a capital form is left out', () => {
    expect(initialsOf('李', 'Wang')).toBe('W.');
    expect(initialsOf('李', '王')).toBe('');
    for (const [given, family] of [
      ['Erika', 'Mustermann'],
      ['Łukasz', 'Ğüneş'],
      ['李', 'Wang'],
    ] as const) {
      const answer = { status: 'befreit', initials: initialsOf(given, family), validUntil: '2026-12-31' };
      expect(statusAnswerSchema.safeParse(answer).success).toBe(true);
    }
  });
});

it('a date of service lies in the previous, the current or the next calendar year', () => {
  expect(serviceDateInRange('2025-01-01', '2026-12-31')).toBe(true);
  expect(serviceDateInRange('2027-12-31', '2026-01-01')).toBe(true);
  expect(serviceDateInRange('2024-12-31', '2026-01-01')).toBe(false);
  expect(serviceDateInRange('2028-01-01', '2026-12-31')).toBe(false);
});

describe('the answer', () => {
  it('is FHIR only when Accept names application/fhir+json', () => {
    expect(answerFormatOf('application/fhir+json')).toBe('fhir');
    expect(answerFormatOf('application/json;q=0.5, Application/FHIR+JSON; fhirVersion=4.0')).toBe('fhir');
    expect(answerFormatOf('application/json')).toBe('json');
    expect(answerFormatOf('*/*')).toBe('json');
    expect(answerFormatOf(undefined)).toBe('json');
  });

  it('"nicht befreit" is one value with one serialization per format, nothing beyond the status', () => {
    expect(Object.isFrozen(notExempt)).toBe(true);
    expect(serializeStatusAnswer(notExempt, 'json')).toEqual({
      contentType: 'application/json; charset=utf-8',
      body: '{"status":"nicht-befreit"}',
    });
    const fhir = serializeStatusAnswer(notExempt, 'fhir');
    expect(fhir.contentType).toBe('application/fhir+json; charset=utf-8');
    expect(fhirStatusAnswerSchema.parse(JSON.parse(fhir.body))).toEqual({
      resourceType: 'Parameters',
      parameter: [
        {
          name: 'zuzahlungsstatus',
          valueBoolean: false,
          extension: [
            {
              url: 'http://fhir.de/StructureDefinition/gkv/zuzahlungsstatus',
              extension: [{ url: 'status', valueBoolean: false }],
            },
          ],
        },
      ],
    });
  });

  it('"befreit" carries the initials and the last day, in FHIR as gueltigBis and initialen', () => {
    const answer = { status: 'befreit', initials: 'E. M.', validUntil: '2026-12-31' } as const;
    expect(JSON.parse(serializeStatusAnswer(answer, 'json').body)).toEqual(answer);
    const fhir = fhirStatusAnswerSchema.parse(JSON.parse(serializeStatusAnswer(answer, 'fhir').body));
    expect(fhir.parameter).toEqual([
      {
        name: 'zuzahlungsstatus',
        valueBoolean: true,
        extension: [
          {
            url: 'http://fhir.de/StructureDefinition/gkv/zuzahlungsstatus',
            extension: [
              { url: 'status', valueBoolean: true },
              { url: 'gueltigBis', valueDate: '2026-12-31' },
            ],
          },
        ],
      },
      { name: 'initialen', valueString: 'E. M.' },
    ]);
  });
});

it('a Berlin day runs from 00:00 to 00:00 in Berlin, 23 or 25 hours on the switch days', () => {
  const hours = (at: string) => {
    const day = berlinDayOf(new Date(at));
    return [day.date, (day.end.getTime() - day.start.getTime()) / 3_600_000];
  };
  expect(hours('2026-03-28T23:30:00Z')).toEqual(['2026-03-29', 23]);
  expect(hours('2026-10-25T12:00:00Z')).toEqual(['2026-10-25', 25]);
  expect(hours('2026-12-31T23:00:00Z')).toEqual(['2027-01-01', 24]);
  expect(berlinDayOf(new Date('2026-12-31T22:59:59Z')).date).toBe('2026-12-31');
});

describe.each(['pglite', 'postgres'] as const)('the status check on %s', (database) => {
  let server: TestServer;
  let secret: Buffer;
  const now = new Date('2026-05-04T09:00:00Z');
  const pharmacy = '308812345';
  const other = '308812356';

  beforeAll(async () => {
    // Production mode: a demo start may seed exemption statuses of its own; the seed is tested here on a database
    // that has none, with its own date.
    server = await startTestServer({ database, mode: 'production' });
    secret = loadServerSecret(server.config.serverSecretHex, server.config.dataDir);
    for (const [ik, name] of [
      [pharmacy, 'Apotheke am Markt'],
      [other, 'Löwen-Apotheke'],
    ]) {
      await server.db.query(
        `INSERT INTO provider_register (ik, name, address_lines) VALUES ($1, $2, '["Markt 1", "01067 Dresden"]')`,
        [ik, name],
      );
    }
  });
  afterAll(() => server.stop());

  it('the demo seed stores the documented people once, with valid KVNRs, under the documented card number', async () => {
    const seeded = await seedDemoExemptions(server.db, secret, now);
    expect(seeded).toEqual({ cardNumber: demoExemptionCardNumber });
    expect(await seedDemoExemptions(server.db, secret, now)).toBeUndefined();
    const example = JSON.parse(
      readFileSync(new URL('../../docs/examples/application.json', import.meta.url), 'utf8'),
    ) as {
      members: { id: string; givenName: string; familyName: string; kvnr: string; birthDate: string }[];
    };
    for (const person of Object.values(demoExemptionPersons)) {
      expect(validateKvnr(person.kvnr).ok).toBe(true);
      const { id, ...member } = example.members.find((m) => m.id === person.memberId)!;
      const { memberId, ...named } = person;
      expect({ id, ...member }).toMatchObject({ id: memberId, ...named });
    }
    const rows = await server.db.query<{
      member_id: string;
      status: boolean;
      kvnr_hmac: string;
      until: string;
    }>(
      `SELECT member_id, status, kvnr_hmac, to_char(gueltig_bis, 'YYYY-MM-DD') AS until
       FROM checkable_exemption_statuses WHERE card_number = $1 ORDER BY member_id`,
      [demoExemptionCardNumber],
    );
    expect(rows.rows).toEqual([
      {
        member_id: 'applicant',
        status: true,
        kvnr_hmac: kvnrHmac(secret, demoExemptionPersons.exempt.kvnr),
        until: '2026-12-31',
      },
      {
        member_id: 'c2',
        status: false,
        kvnr_hmac: kvnrHmac(secret, demoExemptionPersons.notExempt.kvnr),
        until: '2026-12-31',
      },
    ]);
  });

  it('finds "befreit" only for KVNR, birth date and a date inside the exemption; everything else is notExempt', async () => {
    const { exempt, notExempt: insured } = demoExemptionPersons;
    const ask = (kvnr: string, birthDate: string, serviceDate = '2026-05-04', ik = pharmacy) =>
      findStatus(server.db, secret, ik, { kvnr, birthDate, serviceDate });
    const found = await ask(exempt.kvnr, exempt.birthDate);
    expect(found).toEqual({
      kvnrHmac: kvnrHmac(secret, exempt.kvnr),
      result: 'befreit',
      answer: { status: 'befreit', initials: 'Ł. Ğ.', validUntil: '2026-12-31' },
    });
    expect((await ask(exempt.kvnr, exempt.birthDate, '2026-01-01')).result).toBe('befreit');
    expect((await ask(exempt.kvnr, exempt.birthDate, '2026-12-31')).result).toBe('befreit');
    const others = [
      await ask(exempt.kvnr, '1978-04-13'),
      await ask(exempt.kvnr, exempt.birthDate, '2027-01-01'),
      await ask(exempt.kvnr, exempt.birthDate, '2025-12-31'),
      await ask(insured.kvnr, insured.birthDate),
      await ask('A000000000', '1970-01-01'),
    ];
    for (const other of others) expect(other).toMatchObject({ result: 'nicht-befreit', answer: notExempt });
    for (const other of others) expect(other.answer).toBe(notExempt);
  });

  it('an open objection blocks that provider only, as "nicht befreit"; its withdrawal ends the block', async () => {
    const { exempt } = demoExemptionPersons;
    const hmac = kvnrHmac(secret, exempt.kvnr);
    const ask = (ik: string) =>
      findStatus(server.db, secret, ik, { ...exempt, serviceDate: '2026-05-04' }).then((f) => f.result);
    await recordObjection(server.db, hmac, pharmacy, now);
    await recordObjection(server.db, hmac, pharmacy, now);
    expect(await ask(pharmacy)).toBe('blocked');
    expect(
      (await findStatus(server.db, secret, pharmacy, { ...exempt, serviceDate: '2026-05-04' })).answer,
    ).toBe(notExempt);
    expect(await ask(other)).toBe('befreit');
    expect(await withdrawObjection(server.db, hmac, pharmacy, now)).toBe(true);
    expect(await withdrawObjection(server.db, hmac, pharmacy, now)).toBe(false);
    expect(await ask(pharmacy)).toBe('befreit');
    const kept = await server.db.query('SELECT withdrawn_at FROM status_objections WHERE ik = $1', [
      pharmacy,
    ]);
    expect(kept.rows).toHaveLength(1);
  });

  it('the limits come from the settings, an account may have its own daily limit', async () => {
    expect(await queryLimitsOf(server.db, pharmacy)).toEqual({
      dailyQuota: 100,
      burstLimit: 30,
      burstWindowSeconds: 60,
    });
    await server.db.query(`INSERT INTO provider_accounts (ik, created_at, daily_quota) VALUES ($1, $2, 7)`, [
      other,
      now.toISOString(),
    ]);
    await server.db.query('UPDATE provider_check_settings SET daily_quota = 250, burst_limit = 5');
    try {
      expect(await queryLimitsOf(server.db, pharmacy)).toMatchObject({ dailyQuota: 250, burstLimit: 5 });
      expect(await queryLimitsOf(server.db, other)).toMatchObject({ dailyQuota: 7, burstLimit: 5 });
    } finally {
      await server.db.query('UPDATE provider_check_settings SET daily_quota = 100, burst_limit = 30');
      await server.db.query('DELETE FROM provider_accounts WHERE ik = $1', [other]);
    }
  });

  it('the daily limit counts per Berlin day and refuses until 00:00 in Berlin', async () => {
    const limits: QueryLimits = { dailyQuota: 3, burstLimit: 1000, burstWindowSeconds: 60 };
    // 23:30 in Berlin on 25 October 2026, the 25-hour day: the last half hour of it.
    const late = new Date('2026-10-25T22:30:00Z');
    const day = berlinDayOf(late);
    const verdicts = [];
    for (let i = 0; i < 4; i++) verdicts.push(await countQuery(server.db, '300000001', limits, day, late));
    expect(verdicts.slice(0, 3)).toEqual([{ allowed: true }, { allowed: true }, { allowed: true }]);
    expect(verdicts[3]).toEqual({ allowed: false, refusedBy: 'quota', retryAfterSeconds: 30 * 60 });
    // Another provider has its own count.
    expect(await countQuery(server.db, '300000002', limits, day, late)).toEqual({ allowed: true });
    const next = new Date('2026-10-25T23:00:00Z');
    expect(await countQuery(server.db, '300000001', limits, berlinDayOf(next), next)).toEqual({
      allowed: true,
    });
  });

  it('the burst limit refuses within its window and admits again after it', async () => {
    const limits: QueryLimits = { dailyQuota: 1000, burstLimit: 2, burstWindowSeconds: 60 };
    const at = new Date('2026-05-04T10:00:10Z');
    const ask = (when: Date) => countQuery(server.db, '300000003', limits, berlinDayOf(when), when);
    expect(await ask(at)).toEqual({ allowed: true });
    expect(await ask(at)).toEqual({ allowed: true });
    expect(await ask(at)).toEqual({ allowed: false, refusedBy: 'burst', retryAfterSeconds: 50 });
    expect(await ask(new Date(at.getTime() + 50_000))).toEqual({ allowed: true });
    // The refused query did not use up the day: 3 of the day's 1000 are counted, not 4.
    const counted = await server.db.query<{ hits: number }>(
      "SELECT hits FROM rate_limits WHERE bucket = 'provider-quota' AND subject = '300000003'",
    );
    expect(counted.rows.map((row) => Number(row.hits))).toEqual([3]);
  });

  it('the retention command deletes log entries older than two full calendar years, counted and audited', async () => {
    const entry = {
      ik: pharmacy,
      kvnrHmac: 'a'.repeat(64),
      consent: 'cardPresented',
      via: 'portal',
    } as const;
    const times = ['2026-12-31T22:59:59Z', '2026-12-31T23:00:00Z', '2027-06-01T10:00:00Z'];
    for (const at of times) {
      await logStatusQuery(server.db, {
        ...entry,
        at: new Date(at),
        serviceDate: '2026-12-31',
        result: 'befreit',
      });
    }
    expect(statusQueryCutoff('2029-01-01').toISOString()).toBe('2026-12-31T23:00:00.000Z');
    const io = (out: string[]): AdminIo => ({
      out: (line) => out.push(line),
      err: (line) => out.push(`err ${line}`),
      readPassword: () => Promise.reject(new Error('no password')),
      now: () => new Date('2029-01-01T09:00:00Z'),
    });
    const listed: string[] = [];
    expect(await runRetentionCommand(server.db, ['retention', 'list'], io(listed))).toBe(0);
    expect(listed).toContain('Status query log entries to delete (counts only): 1');
    const ran: string[] = [];
    expect(await runRetentionCommand(server.db, ['retention', 'run'], io(ran))).toBe(0);
    expect(ran).toContain('Status query log entries deleted (counts only): 1');
    const left = await server.db.query<{ at: Date }>(
      'SELECT at FROM status_queries WHERE kvnr_hmac = $1 ORDER BY at',
      [entry.kvnrHmac],
    );
    expect(left.rows.map((row) => new Date(row.at).toISOString())).toEqual([
      '2026-12-31T23:00:00.000Z',
      '2027-06-01T10:00:00.000Z',
    ]);
    const audited = await server.db.query(
      "SELECT detail, outcome FROM audit_log WHERE action = 'status-queries.deleted'",
    );
    expect(audited.rows).toEqual([{ detail: 'count 1', outcome: 'ok' }]);
    const again: string[] = [];
    expect(await runRetentionCommand(server.db, ['retention', 'run'], io(again))).toBe(0);
    expect(again.some((line) => line.startsWith('Status query'))).toBe(false);
  });
});
