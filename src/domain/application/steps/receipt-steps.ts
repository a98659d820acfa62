import { z } from 'zod';
import { parseMoney } from '../../money/parse-money';
import { paymentCategoryList } from '../../zuzahlung/payment-category';
import { fail, ok, type Result } from '../../validation/result';
import { receiptEntryAnswersSchema } from '../draft-answers';
import { germanDate } from '../fields/german-date';
import { addProblem, collectFields } from '../fields/localized-issue';
import { optionalText, requiredText } from '../fields/text-fields';
import type { StepContext } from './step-context';

export type ReceiptContext = StepContext & { memberIds: readonly string[] };

// Zuzahlungen: one receipt (or one pharmacy's annual summary) per page. Only payments of the year applied for count
// (§ 62 Abs. 1 SGB V: "innerhalb eines Kalenderjahres"), and a payment belongs to the day it was paid (docs/rules/rules.md § 6),
// so dates are bounded by the year and by today.
export const receiptEntryStep = (context: ReceiptContext) =>
  receiptEntryAnswersSchema.transform((raw, ctx) => {
    let failed = false;
    const problem = (path: string, de: string, en: string) => {
      failed = true;
      addProblem(ctx, [path], { de, en });
    };
    if (raw.memberId === undefined || !context.memberIds.includes(raw.memberId)) {
      problem('memberId', 'Wählen Sie aus, für wen die Zuzahlung war.', 'Select who the co-payment was for.');
    }
    if (raw.category === undefined || !paymentCategoryList.includes(raw.category)) {
      problem('category', 'Wählen Sie die Art der Zahlung aus.', 'Select the kind of payment.');
    }
    const bounds = yearBounds(context);
    const summary = raw.kind === 'summary';
    const fields = collectFields(ctx, {
      date: summary
        ? ok('')
        : germanDate(raw.date, { de: 'das Datum der Zahlung', en: 'the date of payment' }, bounds),
      periodFrom: summary
        ? germanDate(
            raw.periodFrom,
            { de: 'den Beginn des Zeitraums', en: 'the start of the period' },
            bounds,
          )
        : ok(''),
      periodTo: summary
        ? germanDate(raw.periodTo, { de: 'das Ende des Zeitraums', en: 'the end of the period' }, bounds)
        : ok(''),
      provider: requiredText(raw.provider, {
        de: 'den Namen der Apotheke, Praxis oder Klinik',
        en: 'the name of the pharmacy, practice or hospital',
      }),
      amount: paidAmount(raw.amount),
      description: optionalText(raw.description, { de: 'die Beschreibung', en: 'the description' }, 200),
    });
    if (fields !== undefined && summary && fields.periodFrom > fields.periodTo) {
      problem(
        'periodTo',
        'Das Ende des Zeitraums darf nicht vor seinem Beginn liegen.',
        'The end of the period must not be before its start.',
      );
    }
    if (failed || fields === undefined || raw.memberId === undefined || raw.category === undefined) {
      return z.NEVER;
    }
    return {
      id: raw.id,
      kind: summary ? ('summary' as const) : ('single' as const),
      memberId: raw.memberId,
      // The date the payment counts on: an annual summary counts on the last day of its period ("spätestens am").
      countsOn: summary ? fields.periodTo : fields.date,
      periodFrom: summary ? fields.periodFrom : undefined,
      periodTo: summary ? fields.periodTo : undefined,
      category: raw.category,
      provider: fields.provider,
      amountCents: fields.amount,
      description: fields.description,
      fileIds: raw.fileIds ?? [],
    };
  });

export type CheckedReceipt = z.output<ReturnType<typeof receiptEntryStep>>;

function yearBounds(context: StepContext): { notBefore: string; notAfter: string } {
  const lastDay = `${context.year}-12-31`;
  return {
    notBefore: `${context.year}-01-01`,
    // A receipt cannot be dated in the future: for the current year, today is the bound.
    notAfter: context.referenceDate < lastDay ? context.referenceDate : lastDay,
  };
}

function paidAmount(input: string | undefined): Result<number> {
  if ((input ?? '').trim() === '') {
    return fail(
      'amount.required',
      'Geben Sie den gezahlten Betrag in Euro an, zum Beispiel 5,00.',
      'Enter the amount paid in euros, for example 5.00.',
    );
  }
  const parsed = parseMoney(input ?? '');
  if (!parsed.ok) return parsed;
  if (parsed.value <= 0) {
    return fail('amount.positive', 'Der Betrag muss größer als 0 sein.', 'The amount must be more than 0.');
  }
  return parsed;
}
