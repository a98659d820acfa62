import { z } from 'zod';
import { certificateDeliveries, chronicMemberAnswersSchema } from '../draft-answers';
import { addProblem } from '../fields/localized-issue';

// Chronische Erkrankung: per counted member. The certificate is Muster 55 ("Bescheinigung einer schwerwiegenden
// chronischen Erkrankung gemäß § 62 SGB V"); its part B comes from the doctor, who may send it directly.
export const chronicMemberStep = () =>
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
    const certificateFileIds = raw.certificateFileIds ?? [];
    if (raw.certificate === 'upload' && certificateFileIds.length === 0) {
      addProblem(ctx, ['certificateFileIds'], {
        de: 'Laden Sie die Bescheinigung hoch oder wählen Sie, dass die Arztpraxis sie schickt.',
        en: 'Upload the certificate or choose that the doctor’s practice sends it.',
      });
      return z.NEVER;
    }
    return {
      memberId: raw.memberId,
      chronicallyIll: true as const,
      certificate: raw.certificate,
      certificateFileIds: raw.certificate === 'upload' ? certificateFileIds : [],
    };
  });
