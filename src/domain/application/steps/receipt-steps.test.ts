import { describe, expect, it } from 'vitest';
import { pathsOf } from './issue-paths.test-support';
import { receiptEntryStep } from './receipt-steps';

const context = { year: 2025, referenceDate: '2025-06-15', memberIds: ['applicant', 's1'] };
const step = receiptEntryStep(context);

describe('receiptEntryStep', () => {
  it('turns a typed receipt into a dated amount in cents for the person it belongs to', () => {
    const checked = step.parse({
      id: 'r1',
      kind: 'single',
      memberId: 's1',
      date: '4.3.2025',
      category: 'medicine',
      provider: ' Löwen-Apotheke ',
      amount: '5,12 €',
    });
    expect(checked).toMatchObject({
      kind: 'single',
      memberId: 's1',
      countsOn: '2025-03-04',
      category: 'medicine',
      provider: 'Löwen-Apotheke',
      amountCents: 512,
      fileIds: [],
    });
  });

  it('counts a pharmacy’s annual summary on the last day of its period', () => {
    const checked = step.parse({
      id: 'r2',
      kind: 'summary',
      memberId: 'applicant',
      periodFrom: '1.1.2025',
      periodTo: '31.5.2025',
      category: 'medicine',
      provider: 'Apotheke am Markt',
      amount: '187,40',
    });
    expect(checked.countsOn).toBe('2025-05-31');
    expect(checked.periodFrom).toBe('2025-01-01');
    expect(checked.amountCents).toBe(18_740);
  });

  it('names every wrong field at once and accepts nothing outside the year or in the future', () => {
    const result = step.safeParse({ id: 'r3', kind: 'single', date: '3.7.2025', amount: 'zwölf' });
    expect(result.success).toBe(false);
    expect(pathsOf(result)).toEqual(
      expect.arrayContaining(['memberId', 'category', 'date', 'provider', 'amount']),
    );
    const lastYear = step.safeParse({
      id: 'r4',
      kind: 'single',
      memberId: 'applicant',
      date: '31.12.2024',
      category: 'medicine',
      provider: 'A',
      amount: '5',
    });
    expect(pathsOf(lastYear)).toEqual(['date']);
  });

  it('refuses a period whose end lies before its start', () => {
    const result = step.safeParse({
      id: 'r5',
      kind: 'summary',
      memberId: 'applicant',
      periodFrom: '1.5.2025',
      periodTo: '1.4.2025',
      category: 'medicine',
      provider: 'A',
      amount: '50',
    });
    expect(pathsOf(result)).toEqual(['periodTo']);
  });

  it('accepts every date of a past year up to 31 December', () => {
    const past = receiptEntryStep({ ...context, year: 2023 });
    const result = past.safeParse({
      id: 'r6',
      kind: 'single',
      memberId: 'applicant',
      date: '31.12.2023',
      category: 'hospital',
      provider: 'Klinikum',
      amount: '70',
    });
    expect(result.success).toBe(true);
  });
});
