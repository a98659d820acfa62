import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { incomeCatalogue, incomeTypes } from '../../income/income-catalogue';
import type { IncomeEntryAnswers } from '../draft-answers';
import { incomeEntryStep } from './income-steps';
import { pathsOf, textAt } from './issue-paths.test-support';

const context = { memberIds: ['applicant', 'spouse-1'] };
const step = incomeEntryStep(context);

const pension: IncomeEntryAnswers = {
  id: 'e1',
  memberId: 'applicant',
  type: 'pension',
  amount: '1.234,56',
  period: 'month',
  proof: 'post',
};

describe('incomeEntryStep', () => {
  it('gives the checked entry with the amount for the whole year', () => {
    expect(step.safeParse(pension)).toEqual({
      success: true,
      data: {
        id: 'e1',
        memberId: 'applicant',
        type: 'pension',
        description: '',
        amountCents: 123_456,
        period: 'month',
        months: 12,
        annualCents: 12 * 123_456,
        proof: 'post',
        proofFileIds: [],
      },
    });
  });

  it.each([
    // period, months, type, amount typed → amountCents, months, annualCents
    ['month', undefined, 'wages', '2.000', 200_000, 12, 2_400_000],
    ['month', '', 'wages', '2.000', 200_000, 12, 2_400_000],
    ['month', ' 6 ', 'wages', '2.000', 200_000, 6, 1_200_000],
    ['month', '1', 'miniJob', '538', 53_800, 1, 53_800],
    ['month', '12', 'wages', '1.234,56', 123_456, 12, 1_481_472],
    ['year', undefined, 'capitalIncome', '12,50 €', 1_250, undefined, 1_250],
    ['year', '3', 'rentalIncome', '4.800', 480_000, undefined, 480_000],
    ['once', undefined, 'wages', '1.500,00', 150_000, undefined, 150_000],
    ['year', '10', 'parentalAllowance', '9.000', 900_000, 10, 900_000],
    ['year', undefined, 'parentalAllowancePlus', '3.600', 360_000, 12, 360_000],
    ['month', '7', 'parentalAllowance', '1.800', 180_000, 7, 1_260_000],
  ] as const)(
    'period %s, months %j, type %s, amount %j → %i cents, months %j, %i cents a year',
    (period, months, type, amount, amountCents, expectedMonths, annualCents) => {
      const result = step.safeParse({ ...pension, period, months, type, amount });
      expect(result.data).toMatchObject({ amountCents, annualCents, months: expectedMonths });
    },
  );

  it.each(['1.234,56', '1234,56', '1 234,56', '€ 1.234,56', '1.234,56 €', '1234.56'])(
    'reads %j as 1.234,56 €',
    (amount) => {
      expect(step.safeParse({ ...pension, period: 'year', amount }).data?.amountCents).toBe(123_456);
    },
  );

  it.each([
    ['', 'Geben Sie den Betrag in Euro an'],
    [undefined, 'Geben Sie den Betrag in Euro an'],
    ['0', 'größer als 0'],
    ['0,00', 'größer als 0'],
    ['-5', 'negativ'],
    ['−12,50', 'negativ'],
    ['12,345', 'zwei Nachkommastellen'],
    ['zwölf', 'Ziffern'],
  ])('refuses the amount %j at amount only ("%s")', (amount, de) => {
    const result = step.safeParse({ ...pension, amount });
    expect(pathsOf(result)).toEqual(['amount']);
    expect(textAt(result, 'amount').de).toContain(de);
  });

  it.each(['0', '13', '1.5', 'zwölf', '-1', '100'])('refuses %j months for a monthly amount', (months) => {
    const result = step.safeParse({ ...pension, months });
    expect(pathsOf(result)).toEqual(['months']);
    expect(textAt(result, 'months')).toEqual({
      de: 'Geben Sie die Zahl der Monate an, 1 bis 12.',
      en: 'Enter the number of months, 1 to 12.',
    });
  });

  it('asks for the months of parental allowance even when the amount is for the year', () => {
    const result = step.safeParse({ ...pension, type: 'parentalAllowance', period: 'year', months: '13' });
    expect(pathsOf(result)).toEqual(['months']);
  });

  it('does not check months of other yearly or one-off amounts', () => {
    expect(step.safeParse({ ...pension, period: 'once', months: 'nonsense' }).success).toBe(true);
  });

  describe("type 'other'", () => {
    it('needs a description', () => {
      const result = step.safeParse({ ...pension, type: 'other', description: ' ' });
      expect(pathsOf(result)).toEqual(['description']);
      expect(textAt(result, 'description')).toEqual({
        de: 'Geben Sie eine Beschreibung der Einnahme ein.',
        en: 'Enter a description of the income.',
      });
    });

    it('keeps the trimmed description, up to 200 characters', () => {
      expect(
        step.safeParse({ ...pension, type: 'other', description: ' Tantiemen ' }).data?.description,
      ).toBe('Tantiemen');
      expect(step.safeParse({ ...pension, type: 'other', description: 'x'.repeat(200) }).success).toBe(true);
      expect(pathsOf(step.safeParse({ ...pension, type: 'other', description: 'x'.repeat(201) }))).toEqual([
        'description',
      ]);
    });

    it('does not ask other types for a description and drops one left over', () => {
      expect(step.safeParse({ ...pension, description: 'left over' }).data?.description).toBe('');
    });
  });

  describe('proof', () => {
    it('asks how the proof is provided', () => {
      const result = step.safeParse({ ...pension, proof: undefined });
      expect(pathsOf(result)).toEqual(['proof']);
      expect(textAt(result, 'proof').en).toBe('Select how you provide the proof.');
    });

    it('needs at least one file for an upload', () => {
      for (const proofFileIds of [undefined, []]) {
        const result = step.safeParse({ ...pension, proof: 'upload', proofFileIds });
        expect(pathsOf(result)).toEqual(['proofFileIds']);
        expect(textAt(result, 'proofFileIds').de).toContain('Per Post nachreichen');
      }
    });

    it('keeps the uploaded files', () => {
      const result = step.safeParse({ ...pension, proof: 'upload', proofFileIds: ['f1', 'f2'] });
      expect(result.data).toMatchObject({ proof: 'upload', proofFileIds: ['f1', 'f2'] });
    });

    it("needs no file when sent by post, and drops files left over from 'upload'", () => {
      const result = step.safeParse({ ...pension, proof: 'post', proofFileIds: ['f1'] });
      expect(result.data).toMatchObject({ proof: 'post', proofFileIds: [] });
    });

    const nonCounting = incomeTypes.filter((type) => incomeCatalogue[type].counts === 'no');

    it.each(nonCounting)('asks no proof for %s, an income that does not count', (type) => {
      const result = step.safeParse({ ...pension, type, proof: undefined });
      expect(result.success).toBe(true);
      expect(result.data).toMatchObject({ proof: 'none', proofFileIds: [] });
    });

    it('ignores a proof chosen before the type changed to one that does not count', () => {
      for (const proof of ['upload', 'post'] as const) {
        const result = step.safeParse({ ...pension, type: 'childBenefit', proof, proofFileIds: [] });
        expect(result.data).toMatchObject({ proof: 'none', proofFileIds: [] });
      }
    });

    it.each(incomeTypes.filter((type) => incomeCatalogue[type].counts !== 'no'))(
      'still asks the proof for %s, which counts at least in part',
      (type) => {
        const result = step.safeParse({ ...pension, type, description: 'Honorar', proof: undefined });
        expect(pathsOf(result)).toEqual(['proof']);
      },
    );

    it('knows at least Kindergeld as an income that does not count', () => {
      expect(nonCounting).toContain('childBenefit');
    });
  });

  describe('who receives it', () => {
    it.each(['applicant', 'spouse-1'])('accepts a counted person (%s)', (memberId) => {
      expect(step.safeParse({ ...pension, memberId }).data?.memberId).toBe(memberId);
    });

    it.each([undefined, 'child-9', ''])('refuses %j, which is not among the counted people', (memberId) => {
      const result = step.safeParse({ ...pension, memberId });
      expect(pathsOf(result)).toContain('memberId');
    });

    it('refuses a member who is not among the counted people, and reports only that', () => {
      const result = step.safeParse({ ...pension, memberId: 'child-9' });
      expect(pathsOf(result)).toEqual(['memberId']);
      expect(textAt(result, 'memberId').en).toBe('Select who receives this income.');
    });

    it('refuses everybody when nobody counts', () => {
      expect(pathsOf(incomeEntryStep({ memberIds: [] }).safeParse(pension))).toEqual(['memberId']);
    });
  });

  it('reports every unanswered question of an empty entry at once', () => {
    expect(pathsOf(step.safeParse({ id: 'e9' }))).toEqual(['memberId', 'type', 'period', 'amount', 'proof']);
  });

  it('gives a yearly total of exactly amount × months for monthly amounts', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 99_999_999 }),
        fc.integer({ min: 1, max: 12 }),
        (cents, months) => {
          const amount = `${Math.floor(cents / 100)},${String(cents % 100).padStart(2, '0')}`;
          const result = step.safeParse({ ...pension, amount, months: String(months) });
          expect(result.data).toMatchObject({ amountCents: cents, annualCents: cents * months, months });
        },
      ),
    );
  });
});
