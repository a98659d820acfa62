import { z } from 'zod';
import type { ProviderActivationRequest } from '../../api/contracts/provider-check';
import type { ProviderMessageKey } from './provider-messages';

/** The activation form as typed: the Prüfnummer from the letter and the new password twice. */
export type ActivationForm = { pruefnummer: string; newPassword: string; repeat: string };

export const activationFieldOrder = ['pruefnummer', 'newPassword', 'repeat'] as const;

/** The server's own rule (ADR 0026 brief): at least 12 characters; it also checks the strength with zxcvbn. */
export const minimumPasswordLength = 12;

const key = (messageKey: ProviderMessageKey) => messageKey;

/**
 * What the page can check before sending: the Prüfnummer is there, the password is long enough, does not contain
 * the IK and was typed the same twice. How easy it is to guess only the server says (passwordWeak). The password
 * is never trimmed: a space may be part of it. The Prüfnummer is sent as typed, without spaces.
 */
export function activationSchema(ik: string) {
  return z
    .object({
      pruefnummer: z
        .string()
        .transform((typed) => typed.replace(/\s+/g, ''))
        .pipe(z.string().min(1, key('activate.error.pruefnummer.required'))),
      newPassword: z.string(),
      repeat: z.string(),
    })
    .transform((form, context): ProviderActivationRequest => {
      const { newPassword, repeat } = form;
      const passwordProblem: ProviderMessageKey | undefined =
        newPassword === ''
          ? 'activate.error.password.required'
          : newPassword.length < minimumPasswordLength
            ? 'activate.error.password.short'
            : newPassword.includes(ik)
              ? 'activate.error.password.ik'
              : undefined;
      if (passwordProblem)
        context.addIssue({ code: 'custom', path: ['newPassword'], message: passwordProblem });
      const repeatProblem: ProviderMessageKey | undefined =
        repeat === ''
          ? 'activate.error.repeat.required'
          : repeat !== newPassword
            ? 'activate.error.repeat.different'
            : undefined;
      if (repeatProblem) context.addIssue({ code: 'custom', path: ['repeat'], message: repeatProblem });
      if (passwordProblem || repeatProblem) return z.NEVER;
      return { pruefnummer: form.pruefnummer, newPassword };
    }) satisfies z.ZodType<ProviderActivationRequest, ActivationForm>;
}
