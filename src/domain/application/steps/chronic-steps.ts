import { z } from 'zod';
import { ok, type Result } from '../../validation/result';
import { certificateDeliveries, chronicMemberAnswersSchema } from '../draft-answers';
import { germanDate } from '../fields/german-date';
import { addProblem } from '../fields/localized-issue';
import type { StepContext } from './step-context';

/**
 * "Ausgestellt am" of an uploaded Muster 55, optional: empty gives undefined; a date typed must be a real day, not
 * in the future and not before 1900. It only serves the renewal reminder (docs/rules/rules.md § 4).
 */
export function certificateIssueDate(
  input: string | undefined,
  context: StepContext,
): Result<string | undefined> {
  if ((input ?? '').trim() === '') return ok(undefined);
  return germanDate(
    input,
    { de: 'das Ausstellungsdatum der Bescheinigung', en: 'the date the certificate was issued' },
    { notAfter: context.referenceDate, notBefore: '1900-01-01' },
  );
}

// Chronische Erkrankung: per counted member. The certificate is Muster 55 ("Bescheinigung einer schwerwiegenden
// chronischen Erkrankung gemäß § 62 SGB V"); its part B comes from the doctor, who may send it directly.
export const chronicMemberStep = (context: StepContext) =>
  chronicMemberAnswersSchema.transform((raw, ctx) => {
    if (raw.chronicallyIll === undefined) {
      addProblem(ctx, ['chronicallyIll'], {
        de: 'Wählen Sie aus, ob die Person schwerwiegend chronisch krank ist.',
        en: 'Select whether the person is seriously chronically ill.',
      });
      return z.NEVER;
    }
    if (raw.chronicallyIll === 'no') return { memberId: raw.memberId, chronicallyIll: false as const };
    if (raw.certificate === undefined || !certificateDeliveries.includes(raw.certificate)) {
      addProblem(ctx, ['certificate'], {
        de: 'Wählen Sie aus, wie die Bescheinigung (Muster 55) zu uns kommt.',
        en: 'Select how the certificate (Muster 55) reaches us.',
      });
      return z.NEVER;
    }
    const upload = raw.certificate === 'upload';
    const certificateFileIds = raw.certificateFileIds ?? [];
    let failed = false;
    if (upload && certificateFileIds.length === 0) {
      failed = true;
      addProblem(ctx, ['certificateFileIds'], {
        de: 'Laden Sie die Bescheinigung hoch oder wählen Sie, dass die Arztpraxis sie schickt.',
        en: 'Upload the certificate or choose that the doctor’s practice sends it.',
      });
    }
    // Asked only with the upload: a certificate the practice sends is dated by the practice.
    const issued = upload ? certificateIssueDate(raw.certificateIssuedOn, context) : ok(undefined);
    if (!issued.ok) {
      failed = true;
      addProblem(ctx, ['certificateIssuedOn'], issued.problem.message);
    }
    if (failed || !issued.ok) return z.NEVER;
    return {
      memberId: raw.memberId,
      chronicallyIll: true as const,
      certificate: raw.certificate,
      certificateFileIds: upload ? certificateFileIds : [],
      ...(issued.value !== undefined && { certificateIssuedOn: issued.value }),
    };
  });

export type CheckedChronicMember = z.output<ReturnType<typeof chronicMemberStep>>;
