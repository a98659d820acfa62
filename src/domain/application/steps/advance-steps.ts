import { z } from 'zod';
import { validateCreditorIdentifier } from '../../identifiers/creditor-identifier';
import { validateIban } from '../../identifiers/iban';
import { advancePaymentAnswersSchema, type AdvancePaymentAnswers } from '../draft-answers';
import { addProblem, collectFields } from '../fields/localized-issue';
import { requiredText } from '../fields/text-fields';
import type { StepContext } from './step-context';

// Vorauszahlung: the offer (how much) and the way to pay (transfer or one-off SEPA mandate), one page each.

/**
 * A coming year has no co-payments yet, so its application is the advance payment of the whole limit; for the
 * current year the applicant may pay the whole limit, only the rest after co-payments already made, or nothing in
 * advance (the ordinary application with receipts).
 */
export const advanceOfferStep = (context: StepContext) =>
  advancePaymentAnswersSchema.pick({ option: true }).transform((raw, ctx) => {
    const coming = context.year > Number(context.referenceDate.slice(0, 4));
    const allowed: readonly NonNullable<AdvancePaymentAnswers['option']>[] = coming
      ? ['full']
      : ['full', 'rest', 'none'];
    if (raw.option === undefined || !allowed.includes(raw.option)) {
      addProblem(ctx, ['option'], {
        de: 'Wählen Sie aus, welchen Betrag Sie im Voraus zahlen möchten.',
        en: 'Select which amount you would like to pay in advance.',
      });
      return z.NEVER;
    }
    return { option: raw.option };
  });

export type CheckedAdvanceMethod =
  | { method: 'transfer' }
  | { method: 'directDebit'; accountHolder: string; iban: string; creditorName: string; creditorId: string };

export const advanceMethodStep = () =>
  advancePaymentAnswersSchema.transform((raw, ctx): CheckedAdvanceMethod => {
    if (raw.method === undefined) {
      addProblem(ctx, ['method'], {
        de: 'Wählen Sie aus, wie Sie bezahlen möchten.',
        en: 'Select how you would like to pay.',
      });
      return z.NEVER;
    }
    if (raw.method === 'transfer') return { method: 'transfer' };
    const fields = collectFields(ctx, {
      accountHolder: requiredText(raw.accountHolder, {
        de: 'den Namen der Kontoinhaberin oder des Kontoinhabers',
        en: 'the account holder’s name',
      }),
      iban: validateIban(raw.iban ?? ''),
    });
    if (raw.mandate !== true) {
      addProblem(ctx, ['mandate'], {
        de: 'Bestätigen Sie das Lastschriftmandat, oder wählen Sie Überweisung.',
        en: 'Confirm the direct debit mandate, or choose bank transfer.',
      });
    }
    // The creditor data come from the insurer's service information when the applicant agrees; without them the
    // mandate text was never complete.
    const creditorId = validateCreditorIdentifier(raw.creditorId ?? '');
    const creditorName = (raw.creditorName ?? '').trim();
    if (!creditorId.ok || creditorName === '') {
      addProblem(ctx, ['mandate'], {
        de: 'Die Angaben der Krankenkasse für das Mandat fehlen. Bitte laden Sie die Seite neu und bestätigen Sie das Mandat noch einmal.',
        en: 'The insurer’s details for the mandate are missing. Please reload the page and confirm the mandate again.',
      });
    }
    if (!fields || raw.mandate !== true || !creditorId.ok || creditorName === '') return z.NEVER;
    return { method: 'directDebit', ...fields, creditorName, creditorId: creditorId.value };
  });
