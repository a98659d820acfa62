import { z } from 'zod';
import { ikFieldSchema } from './ik-field';
import type { ProviderMessageKey } from './provider-messages';

/** The registration and new-letter forms as typed; the new letter has no terms to accept. */
export type LetterRequestForm = { ik: string; termsAccepted: boolean };
export type LetterRequestValues = { ik: string; termsAccepted: boolean };

export const letterRequestFieldOrder = ['ik', 'termsAccepted'] as const;

const key = (messageKey: ProviderMessageKey) => messageKey;

/** Registration: the IK and the terms of use, which must be accepted. */
export const registrationSchema = z.object({
  ik: ikFieldSchema,
  termsAccepted: z.boolean().refine((accepted) => accepted, { error: key('register.error.terms') }),
}) satisfies z.ZodType<LetterRequestValues, LetterRequestForm>;

/** A new letter after a lost password or dormancy: the IK only (the terms were accepted at registration). */
export const newLetterSchema = z.object({
  ik: ikFieldSchema,
  termsAccepted: z.boolean(),
}) satisfies z.ZodType<LetterRequestValues, LetterRequestForm>;
