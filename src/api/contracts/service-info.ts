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
});

export type ServiceInfo = z.infer<typeof serviceInfoSchema>;

export const serviceInfoPath = '/api/v1/service-info';
