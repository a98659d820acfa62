import { solveChallenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/web/pbkdf2';
import { afterEach, describe, expect, it } from 'vitest';
import { resetProviderStore } from '../store/provider-store';
import { acceptChallenge, newChallenge } from './provider-challenge';
import { initialsOf } from '../../src/domain/names/initials';
import { exemptionOn, type ExemptionRow } from './provider-exemptions';
import { berlinDayOf, hit, hitDay } from './provider-limits';

/*
 * The parts of the provider check's twin that decide on their own, below the HTTP contract that
 * tests/contract/provider-check.test.ts holds to the server: the exemption on a date, the initials, the Berlin day
 * and the counters, and the proof of work's expiry and single use.
 */
afterEach(() => resetProviderStore());

const row = (change: Partial<ExemptionRow> = {}): ExemptionRow => ({
  cardNumber: 'ZB-2026-000001',
  givenName: 'Erika Maria',
  familyName: 'Mustermann',
  kvnr: 'A123456780',
  birthDate: '1958-04-17',
  status: true,
  gueltigAb: '2026-03-10',
  gueltigBis: '2026-12-31',
  ...change,
});
const asked = (date: string, change: { kvnr?: string; birthDate?: string } = {}) => ({
  kvnr: 'A123456780',
  birthDate: '1958-04-17',
  date,
  ...change,
});

describe('exemptionOn', () => {
  it('finds a status that covers the date, with the same KVNR and birth date, from its first to its last day', () => {
    expect(exemptionOn([row()], asked('2026-03-10'))).toEqual({
      givenName: 'Erika Maria',
      familyName: 'Mustermann',
      validUntil: '2026-12-31',
    });
    expect(exemptionOn([row()], asked('2026-12-31'))?.validUntil).toBe('2026-12-31');
    for (const date of ['2026-03-09', '2027-01-01'])
      expect(exemptionOn([row()], asked(date))).toBeUndefined();
    expect(exemptionOn([row()], asked('2026-06-01', { birthDate: '1958-04-18' }))).toBeUndefined();
    expect(exemptionOn([row()], asked('2026-06-01', { kvnr: 'M876543211' }))).toBeUndefined();
    expect(exemptionOn([row({ status: false })], asked('2026-06-01'))).toBeUndefined();
  });

  it('ends the day before a returned debit ended it, and tells the status that holds longest', () => {
    const ended = row({ endedOn: '2026-07-01' });
    expect(exemptionOn([ended], asked('2026-06-30'))?.validUntil).toBe('2026-06-30');
    expect(exemptionOn([ended], asked('2026-07-01'))).toBeUndefined();
    const approval = row({ cardNumber: 'ZB-2026-000002', gueltigAb: '2026-05-01' });
    expect(exemptionOn([ended, approval], asked('2026-06-01'))?.validUntil).toBe('2026-12-31');
  });
});

describe('initialsOf', () => {
  it('takes the first letter of the first given name and of the family name, in capitals', () => {
    expect(initialsOf('Erika Maria', 'Mustermann')).toBe('E. M.');
    expect(initialsOf('Łukasz', 'Ğüneş Ørsted-Nguyễn')).toBe('Ł. Ğ.');
    expect(initialsOf(' ida ', "d'Alembert")).toBe('I. D.');
    // No capital form: left out rather than shown in lower case.
    expect(initialsOf('ß', 'Weiß')).toBe('S. W.');
    expect(initialsOf('李', '小龙')).toBe('');
  });
});

describe('the Berlin day and the counters', () => {
  it('runs from midnight to midnight in Berlin, 23 or 25 hours on the days the clocks change', () => {
    const summer = berlinDayOf(Date.parse('2026-06-15T21:59:59Z'));
    expect(summer).toEqual({
      date: '2026-06-15',
      start: Date.parse('2026-06-14T22:00:00Z'),
      end: Date.parse('2026-06-15T22:00:00Z'),
    });
    expect(berlinDayOf(Date.parse('2026-06-15T22:00:00Z')).date).toBe('2026-06-16');
    const spring = berlinDayOf(Date.parse('2026-03-29T12:00:00Z'));
    expect((spring.end - spring.start) / 3_600_000).toBe(23);
    const autumn = berlinDayOf(Date.parse('2026-10-25T12:00:00Z'));
    expect((autumn.end - autumn.start) / 3_600_000).toBe(25);
  });

  it('counts a day per subject and refuses beyond the limit until Berlin midnight', () => {
    const noon = Date.parse('2026-06-15T10:00:00Z');
    expect(hitDay('q', 'a', 2, noon)).toEqual({ allowed: true });
    expect(hitDay('q', 'b', 2, noon)).toEqual({ allowed: true });
    expect(hitDay('q', 'a', 2, noon + 1000)).toEqual({ allowed: true });
    expect(hitDay('q', 'a', 2, noon + 2000)).toEqual({ allowed: false, retryAfterSeconds: 12 * 3600 - 2 });
    expect(hitDay('q', 'a', 2, Date.parse('2026-06-15T22:00:00Z'))).toEqual({ allowed: true });
  });

  it('counts fixed windows: a new window starts afresh', () => {
    const rule = { bucket: 'burst', limit: 1, windowMs: 60_000 };
    const start = Date.parse('2026-06-15T10:00:00Z');
    expect(hit(rule, 'a', start + 10_000)).toEqual({ allowed: true });
    expect(hit(rule, 'a', start + 20_000)).toEqual({ allowed: false, retryAfterSeconds: 40 });
    expect(hit(rule, 'a', start + 60_000)).toEqual({ allowed: true });
  });
});

describe('the proof of work', () => {
  const solved = async (now: number) => {
    const challenge = await newChallenge(now);
    const solution = await solveChallenge({ challenge, deriveKey });
    if (!solution) throw new Error('not solved');
    return btoa(JSON.stringify({ challenge, solution }));
  };

  it('accepts a solved challenge once, within its ten minutes', async () => {
    const now = Date.now();
    const payload = await solved(now);
    expect(await acceptChallenge(payload, now + 9 * 60_000)).toBe(true);
    expect(await acceptChallenge(payload, now + 9 * 60_000)).toBe(false);
    const late = await solved(now);
    expect(await acceptChallenge(late, now + 10 * 60_000)).toBe(false);
  });

  it('refuses a payload whose parameters or solution were changed, and one that is no payload', async () => {
    const now = Date.now();
    const payload = JSON.parse(atob(await solved(now))) as {
      challenge: { parameters: { data: { expires: number } } };
      solution: { derivedKey: string };
    };
    const longer = structuredClone(payload);
    longer.challenge.parameters.data.expires += 3600;
    expect(await acceptChallenge(btoa(JSON.stringify(longer)), now)).toBe(false);
    const guessed = structuredClone(payload);
    const last = guessed.solution.derivedKey.at(-1);
    guessed.solution.derivedKey = `${guessed.solution.derivedKey.slice(0, -1)}${last === '0' ? '1' : '0'}`;
    expect(await acceptChallenge(btoa(JSON.stringify(guessed)), now)).toBe(false);
    expect(await acceptChallenge('not base64 JSON', now)).toBe(false);
    expect(await acceptChallenge(btoa(JSON.stringify(payload)), now)).toBe(true);
  });
});
