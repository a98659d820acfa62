import { z } from 'zod';
import { submissionReferenceSchema } from '../../../api/contracts/submission';
import { normalizeAbrufcode } from '../../../domain/identifiers/abrufcode';
import type { StatusMessageKey } from './status-messages';

// Messages are keys of the message file, translated where they are shown.
const key = (messageKey: StatusMessageKey) => messageKey;

/** "zb 2026 000123", "ZB-2026-000123 ": case and spaces do not matter; dashes may be spaces. */
export function normalizeReference(typed: string): string {
  return typed.trim().toUpperCase().replace(/\s+/g, '-').replace(/-+/g, '-');
}

/**
 * What the lookup form holds while typing, and what it sends: the reference and the Abrufcode in their printed
 * forms, however they were typed (normalizeAbrufcode reads O as 0 and I or L as 1).
 */
export const statusLookupSchema = z.object({
  reference: z
    .string()
    .trim()
    .min(1, { error: key('lookup.error.reference.required') })
    .transform(normalizeReference)
    .refine((value) => submissionReferenceSchema.safeParse(value).success, {
      error: key('lookup.error.reference.format'),
    }),
  abrufcode: z
    .string()
    .trim()
    .min(1, { error: key('lookup.error.code.required') })
    .transform((value, context) => {
      const code = normalizeAbrufcode(value);
      if (code === undefined) {
        context.addIssue({ code: 'custom', message: key('lookup.error.code.format') });
        return z.NEVER;
      }
      return code;
    }),
});

export type StatusLookupForm = z.input<typeof statusLookupSchema>;
export type StatusLookup = z.output<typeof statusLookupSchema>;

export const statusLookupFieldOrder = ['reference', 'abrufcode'] as const;
export type StatusLookupField = (typeof statusLookupFieldOrder)[number];
