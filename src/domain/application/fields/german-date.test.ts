import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatGermanDate, germanDate } from './german-date';

const birthDate = { de: 'Ihr Geburtsdatum', en: 'your date of birth' };

const problemOf = (result: ReturnType<typeof germanDate>) => {
  if (result.ok) throw new Error(`expected a problem, got ${result.value}`);
  return result.problem;
};

describe('germanDate', () => {
  it.each([
    ['3.2.1956', '1956-02-03'],
    ['03.02.1956', '1956-02-03'],
    ['3. 2. 1956', '1956-02-03'],
    ['  27.3.1956  ', '1956-03-27'],
    ['31.12.1999', '1999-12-31'],
    ['29.2.2024', '2024-02-29'],
    ['29.2.2000', '2000-02-29'],
    ['1956-02-03', '1956-02-03'],
  ])('reads %j as %s', (input, iso) => {
    expect(germanDate(input, birthDate)).toEqual({ ok: true, value: iso });
  });

  it.each([undefined, '', '   '])('asks for the date when it is missing (%j)', (input) => {
    const problem = problemOf(germanDate(input, birthDate));
    expect(problem.code).toBe('date.required');
    expect(problem.message).toEqual({
      de: 'Geben Sie Ihr Geburtsdatum ein.',
      en: 'Enter your date of birth.',
    });
  });

  it.each([
    ['31.02.2026', 'Der Februar 2026 hat 28 Tage.', 'February 2026 has 28 days.'],
    ['29.2.2023', 'Der Februar 2023 hat 28 Tage.', 'February 2023 has 28 days.'],
    ['29.2.1900', 'Der Februar 1900 hat 28 Tage.', 'February 1900 has 28 days.'],
    ['30.2.2024', 'Der Februar 2024 hat 29 Tage.', 'February 2024 has 29 days.'],
    ['31.4.2020', 'Der April 2020 hat 30 Tage.', 'April 2020 has 30 days.'],
    ['31. 11. 2025', 'Der November 2025 hat 30 Tage.', 'November 2025 has 30 days.'],
    ['2023-02-29', 'Der Februar 2023 hat 28 Tage.', 'February 2023 has 28 days.'],
    ['2020-04-31', 'Der April 2020 hat 30 Tage.', 'April 2020 has 30 days.'],
  ])('says that the day %j does not exist, apart from a malformed date', (input, de, en) => {
    const problem = problemOf(germanDate(input, birthDate));
    expect(problem.code).toBe('date.noSuchDay');
    expect(problem.message).toEqual({
      de: `Diesen Tag gibt es nicht: ${de}`,
      en: `This day does not exist: ${en}`,
    });
  });

  it.each([
    ['0.1.2020', 'day 0'],
    ['32.1.2020', 'day 32'],
    ['1.13.2020', 'month 13'],
    ['1.1.56', 'two-digit year: 1956 or 2056?'],
    ['1.1.195', 'three-digit year'],
    ['abc', 'no date at all'],
    ['3/2/1956', 'slashes'],
    ['3.2.1956.', 'trailing dot'],
    ['1956-2-3', 'ISO without padding'],
    ['2020-13-01', 'ISO, month 13'],
  ])('refuses %j (%s) and names the field in both languages', (input) => {
    const problem = problemOf(germanDate(input, birthDate));
    expect(problem.code).toBe('date.format');
    expect(problem.message.de).toContain('Ihr Geburtsdatum');
    expect(problem.message.de).toContain('Tag, Monat und Jahr');
    expect(problem.message.en).toContain('your date of birth');
    expect(problem.message.en).toContain('day, month and year');
  });

  describe('bounds (inclusive)', () => {
    const bounds = { notAfter: '2025-06-15', notBefore: '1900-01-01' };

    it('accepts the bounds themselves', () => {
      expect(germanDate('15.6.2025', birthDate, bounds)).toEqual({ ok: true, value: '2025-06-15' });
      expect(germanDate('1.1.1900', birthDate, bounds)).toEqual({ ok: true, value: '1900-01-01' });
    });

    it('refuses a date after notAfter, giving the bound in German and ISO form', () => {
      const problem = problemOf(germanDate('16.6.2025', birthDate, bounds));
      expect(problem.code).toBe('date.tooLate');
      expect(problem.message).toEqual({
        de: 'Ihr Geburtsdatum darf nicht nach dem 15.06.2025 liegen.',
        en: 'Your date of birth must not be after 2025-06-15.',
      });
    });

    it('refuses a date before notBefore', () => {
      const problem = problemOf(germanDate('31.12.1899', birthDate, bounds));
      expect(problem.code).toBe('date.tooEarly');
      expect(problem.message).toEqual({
        de: 'Ihr Geburtsdatum darf nicht vor dem 01.01.1900 liegen.',
        en: 'Your date of birth must not be before 1900-01-01.',
      });
    });

    it('applies the bounds to an ISO input as well', () => {
      expect(problemOf(germanDate('2030-01-01', birthDate, bounds)).code).toBe('date.tooLate');
    });

    it('checks the format before the bounds', () => {
      expect(problemOf(germanDate('1.1.30', birthDate, bounds)).code).toBe('date.format');
      expect(problemOf(germanDate('31.2.2030', birthDate, bounds)).code).toBe('date.noSuchDay');
    });
  });

  const calendarDate = fc
    .date({
      min: new Date('1000-01-01T00:00:00Z'),
      max: new Date('9999-12-31T00:00:00Z'),
      noInvalidDate: true,
    })
    .map((date) => ({
      year: date.getUTCFullYear(),
      month: date.getUTCMonth() + 1,
      day: date.getUTCDate(),
      iso: date.toISOString().slice(0, 10),
    }));

  it('reads every calendar date typed as D.M.YYYY, DD.MM.YYYY or ISO as that date', () => {
    fc.assert(
      fc.property(calendarDate, ({ year, month, day, iso }) => {
        const pad = (n: number) => String(n).padStart(2, '0');
        expect(germanDate(`${day}.${month}.${year}`, birthDate)).toEqual({ ok: true, value: iso });
        expect(germanDate(`${pad(day)}.${pad(month)}.${year}`, birthDate)).toEqual({ ok: true, value: iso });
        expect(germanDate(iso, birthDate)).toEqual({ ok: true, value: iso });
        expect(formatGermanDate(iso)).toBe(`${pad(day)}.${pad(month)}.${year}`);
      }),
    );
  });

  it("accepts a day and month exactly when they form a calendar date, and names a day past the month's end", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1000, max: 9999 }),
        fc.integer({ min: 0, max: 12 }),
        fc.integer({ min: 0, max: 31 }),
        (year, month, day) => {
          const date = new Date(Date.UTC(2000, month - 1, day));
          date.setUTCFullYear(year);
          const real =
            month >= 1 &&
            day >= 1 &&
            date.getUTCFullYear() === year &&
            date.getUTCMonth() === month - 1 &&
            date.getUTCDate() === day;
          const result = germanDate(`${day}.${month}.${year}`, birthDate);
          expect(result.ok).toBe(real);
          // A real month with a day past its end is "no such day"; day 0 or month 0 stay a format problem.
          if (!result.ok) {
            expect(result.problem.code).toBe(month >= 1 && day >= 1 ? 'date.noSuchDay' : 'date.format');
          }
        },
      ),
    );
  });
});

describe('formatGermanDate', () => {
  it('writes an ISO date the German way', () => {
    expect(formatGermanDate('1956-03-27')).toBe('27.03.1956');
  });
});
