import { z } from 'zod';
import { declarationAnswersSchema } from '../draft-answers';
import { addProblem } from '../fields/localized-issue';

// Erklärungen before sending (check page): both boxes are required; the electronic notification is optional. The consent covers health data (chronic
// illness, receipts), which may only be processed with consent or for the insurer's task (Art. 9 Abs. 2 lit. a
// and lit. h DSGVO with § 284 SGB V); nothing is sent without it.
export const declarationStep = () =>
  declarationAnswersSchema.transform((raw, ctx) => {
    if (raw.correct !== true) {
      addProblem(ctx, ['correct'], {
        de: 'Bestätigen Sie, dass Ihre Angaben richtig und vollständig sind.',
        en: 'Confirm that your answers are correct and complete.',
      });
    }
    if (raw.consent !== true) {
      addProblem(ctx, ['consent'], {
        de: 'Willigen Sie ein, dass wir Ihre Gesundheitsdaten für diesen Antrag verarbeiten.',
        en: 'Consent to us processing your health data for this application.',
      });
    }
    if (raw.correct !== true || raw.consent !== true) return z.NEVER;
    // The choice how the Bescheid is made known is optional (§ 37 Abs. 2a SGB X needs consent, never a default):
    // true only for a given consent, false for "Nur per Post", absent when unanswered.
    const notification =
      raw.electronicNotification === undefined
        ? {}
        : { electronicNotification: raw.electronicNotification === 'yes' };
    return { correct: true as const, consent: true as const, ...notification };
  });
