import { z } from 'zod';
import { incomeCatalogue } from '../../income/income-catalogue';
import { parseMoney } from '../../money/parse-money';
import { fail, ok, type Result } from '../../validation/result';
import { incomeEntryAnswersSchema, incomeEntryTypes, incomePeriods } from '../draft-answers';
import { addProblem, collectFields } from '../fields/localized-issue';
import { requiredText } from '../fields/text-fields';

export type IncomeContext = { memberIds: readonly string[] };

// Einnahmen: one entry per page. Gross amounts for the calendar year (BSG 22.04.2008, B 1 KR 10/07 R); the
// user may type a monthly amount (× months paid), a yearly amount or a one-off payment such as Weihnachtsgeld.
export const incomeEntryStep = (context: IncomeContext) =>
  incomeEntryAnswersSchema.transform((raw, ctx) => {
    let failed = false;
    const problem = (path: string, de: string, en: string) => {
      failed = true;
      addProblem(ctx, [path], { de, en });
    };
    if (raw.memberId === undefined || !context.memberIds.includes(raw.memberId)) {
      problem('memberId', 'Wählen Sie aus, wer diese Einnahme hat.', 'Select who receives this income.');
    }
    if (raw.type === undefined || !incomeEntryTypes.includes(raw.type)) {
      problem('type', 'Wählen Sie die Art der Einnahme aus.', 'Select the type of income.');
    }
    if (raw.period === undefined || !incomePeriods.includes(raw.period)) {
      problem(
        'period',
        'Wählen Sie aus, wofür der Betrag gilt: Monat, Jahr oder einmalig.',
        'Select what the amount is for: month, year or one-off.',
      );
    }
    const asksMonths =
      raw.period === 'month' || raw.type === 'parentalAllowance' || raw.type === 'parentalAllowancePlus';
    const fields = collectFields(ctx, {
      description:
        raw.type === 'other'
          ? requiredText(
              raw.description,
              { de: 'eine Beschreibung der Einnahme', en: 'a description of the income' },
              200,
            )
          : ok(''),
      amount: positiveAmount(raw.amount),
      months: asksMonths ? monthCount(raw.months) : ok(undefined),
    });
    const proofFileIds = raw.proofFileIds ?? [];
    // An income that does not count (Kindergeld, Wohngeld …) changes nothing in the limit: nobody needs its proof,
    // so the page does not ask for one and any choice made before the type changed is ignored.
    const needsProof = raw.type === undefined || incomeCatalogue[raw.type].counts !== 'no';
    if (needsProof && raw.proof === undefined) {
      problem(
        'proof',
        'Wählen Sie aus, wie Sie den Nachweis einreichen.',
        'Select how you provide the proof.',
      );
    } else if (needsProof && raw.proof === 'upload' && proofFileIds.length === 0) {
      problem(
        'proofFileIds',
        'Laden Sie den Nachweis hoch oder wählen Sie „Per Post nachreichen“.',
        'Upload the proof or choose “Send by post later”.',
      );
    }
    if (
      failed ||
      fields === undefined ||
      raw.memberId === undefined ||
      raw.type === undefined ||
      raw.period === undefined
    ) {
      return z.NEVER;
    }
    const months = fields.months;
    const annualCents = raw.period === 'month' ? fields.amount * (months ?? 12) : fields.amount;
    return {
      id: raw.id,
      memberId: raw.memberId,
      type: raw.type,
      description: fields.description,
      amountCents: fields.amount,
      period: raw.period,
      months,
      annualCents,
      proof: needsProof ? (raw.proof ?? 'post') : ('none' as const),
      proofFileIds: needsProof && raw.proof === 'upload' ? proofFileIds : [],
    };
  });

export type CheckedIncomeEntry = z.output<ReturnType<typeof incomeEntryStep>>;

function positiveAmount(input: string | undefined): Result<number> {
  if ((input ?? '').trim() === '') {
    return fail(
      'amount.required',
      'Geben Sie den Betrag in Euro an, zum Beispiel 1.234,56.',
      'Enter the amount in euros, for example 1,234.56.',
    );
  }
  const parsed = parseMoney(input ?? '');
  if (!parsed.ok) return parsed;
  if (parsed.value <= 0) {
    return fail('amount.positive', 'Der Betrag muss größer als 0 sein.', 'The amount must be more than 0.');
  }
  return parsed;
}

function monthCount(input: string | undefined): Result<number | undefined> {
  const value = (input ?? '').trim();
  if (value === '') return ok(12);
  if (!/^\d{1,2}$/.test(value) || Number(value) < 1 || Number(value) > 12) {
    return fail(
      'months.range',
      'Geben Sie die Zahl der Monate an, 1 bis 12.',
      'Enter the number of months, 1 to 12.',
    );
  }
  return ok(Number(value));
}
