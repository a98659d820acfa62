import { z } from 'zod';

/**
 * The insurer's public contact and payment details. They are configuration of the insurer's backend, never
 * code of the app: another insurer serves other values from the same contract.
 */
export const serviceInfoSchema = z.object({
  insurerName: z.string().min(1),
  demo: z.boolean(),
  phone: z.string().min(1),
  phoneHours: z.object({ de: z.string(), en: z.string() }),
  email: z.string().email(),
  postalAddress: z.array(z.string().min(1)).min(2),
  /**
   * Where advance payments go, and the creditor data of the one-off SEPA mandate: configuration (INSURER_IBAN …),
   * with clearly fake demo values by default, never a real account in code. The reference style decides whether
   * transfers carry an RF creditor reference or a remittance text (EPC069-12 allows one of the two).
   */
  advancePayment: z.object({
    accountHolder: z.string().min(1).max(70),
    iban: z.string().regex(/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/),
    bic: z.string().regex(/^[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?$/),
    creditorId: z.string().regex(/^[A-Z]{2}\d{2}[A-Z0-9]{3}[A-Z0-9]{1,28}$/),
    referenceStyle: z.enum(['structured', 'text']),
  }),
});

export type ServiceInfo = z.infer<typeof serviceInfoSchema>;

export const serviceInfoPath = '/api/v1/service-info';
