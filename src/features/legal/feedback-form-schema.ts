import { z } from 'zod';
import {
  accessibilityFeedbackLimits as limits,
  feedbackEmailSchema,
  type AccessibilityFeedbackRequest,
} from '../../api/contracts/accessibility-feedback';
import type { FeedbackMessageKey } from './feedback-form-messages';

// Messages are keys of the feature's message file, translated where they are shown.
const key = (messageKey: FeedbackMessageKey) => messageKey;

/** What the fields hold while typing: strings, empty when left out. Only the description is required. */
export const feedbackFormSchema = z
  .object({
    name: z
      .string()
      .trim()
      .max(limits.name, { error: key('error.name.tooLong') }),
    email: z
      .string()
      .trim()
      .refine((value) => value === '' || feedbackEmailSchema.safeParse(value).success, {
        error: key('error.email.format'),
      }),
    page: z
      .string()
      .trim()
      .max(limits.page, { error: key('error.page.tooLong') }),
    description: z
      .string()
      .trim()
      .min(1, { error: key('error.description.required') })
      .max(limits.description, { error: key('error.description.tooLong') }),
  })
  // Empty optional fields are left out of the request rather than sent as "".
  .transform(({ name, email, page, description }): Omit<AccessibilityFeedbackRequest, 'language'> => ({
    ...(name ? { name } : {}),
    ...(email ? { email } : {}),
    ...(page ? { page } : {}),
    description,
  }));

export type FeedbackForm = z.input<typeof feedbackFormSchema>;
export type FeedbackFormValues = z.output<typeof feedbackFormSchema>;

export const feedbackFieldOrder = ['name', 'email', 'page', 'description'] as const;
export type FeedbackField = (typeof feedbackFieldOrder)[number];

/** The limit a length message names, so the message can say how long is too long. */
export const feedbackFieldLimits: Record<FeedbackField, number> = limits;
