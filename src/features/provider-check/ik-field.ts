import { z } from 'zod';
import { validateIk } from '../../domain/identifiers/ik';
import type { ProviderMessageKey } from './provider-messages';

const key = (messageKey: ProviderMessageKey) => messageKey;

/**
 * An IK as typed (spaces allowed), checked for its 9 digits and check digit (§ 293 SGB V, ik.ts); the message is a
 * key of provider-messages.ts that names the field.
 */
export const ikFieldSchema = z.string().transform((typed, context) => {
  const result = validateIk(typed);
  if (result.ok) return result.value;
  const code = result.problem.code;
  context.addIssue({
    code: 'custom',
    message: key(
      code === 'ik.empty'
        ? 'ik.error.required'
        : code === 'ik.checkDigit'
          ? 'ik.error.checkDigit'
          : 'ik.error.format',
    ),
  });
  return z.NEVER;
});
