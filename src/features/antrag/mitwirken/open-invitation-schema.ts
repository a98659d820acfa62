import { z } from 'zod';
import type { OpenInvitationRequest } from '../../../api/contracts/invitations';
import { germanDate } from '../../../domain/application/fields/german-date';
import { normalizeShortCode } from '../../../domain/invitations/invitation-short-code';
import type { MemberMessageKey } from './member-messages';

/** The member's confirmation as typed: the code the applicant told them and their own date of birth. */
export type OpenInvitationForm = { shortCode: string; birthDate: string };
/** What the form gives once checked: the code in its printed form, the date as ISO (the request without token). */
export type OpenInvitationValues = Omit<OpenInvitationRequest, 'token'>;

export const openFieldOrder = ['shortCode', 'birthDate'] as const;

const message = (key: MemberMessageKey) => key;

// Messages are keys of member-messages.ts. A code typed with spaces, dashes, small letters, O for 0 or I and L for
// 1 is the same code (normalizeShortCode); the server reads it the same way.
export const openInvitationSchema = z
  .object({ shortCode: z.string(), birthDate: z.string() })
  .transform((raw, ctx): OpenInvitationValues => {
    const code = raw.shortCode.trim();
    const shortCode = code === '' ? undefined : normalizeShortCode(code);
    if (shortCode === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['shortCode'],
        message: message(code === '' ? 'open.error.code.required' : 'open.error.code.format'),
      });
    const date = germanDate(raw.birthDate, { de: 'Ihr Geburtsdatum', en: 'your date of birth' });
    if (!date.ok)
      ctx.addIssue({
        code: 'custom',
        path: ['birthDate'],
        message: message(
          date.problem.code === 'date.required'
            ? 'open.error.birthDate.required'
            : 'open.error.birthDate.format',
        ),
      });
    if (shortCode === undefined || !date.ok) return z.NEVER;
    return { shortCode, birthDate: date.value };
  }) satisfies z.ZodType<OpenInvitationValues, OpenInvitationForm>;
