import { z } from 'zod';

/**
 * A report of a barrier, sent from the accessibility statement (feedback mechanism, § 12b Abs. 2 Nr. 2 BGG).
 * Everything but the description is optional: nobody must give their name to report a barrier.
 * The form and the insurer's backend validate with the same limits, so one never accepts what the other refuses.
 */
export const accessibilityFeedbackPath = '/api/v1/accessibility-feedback';

export const accessibilityFeedbackLimits = {
  name: 200,
  // RFC 5321 caps a forward path at 256 octets including the angle brackets.
  email: 254,
  page: 500,
  description: 5000,
} as const;

export const feedbackEmailSchema = z.email().max(accessibilityFeedbackLimits.email);

const optionalText = (max: number) => z.string().trim().min(1).max(max).optional();

export const accessibilityFeedbackRequestSchema = z.strictObject({
  name: optionalText(accessibilityFeedbackLimits.name),
  email: feedbackEmailSchema.optional(),
  page: optionalText(accessibilityFeedbackLimits.page),
  description: z.string().trim().min(1).max(accessibilityFeedbackLimits.description),
  // The language the page was read in, so that the answer can come in it.
  language: z
    .string()
    .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/)
    .optional(),
});

export type AccessibilityFeedbackRequest = z.infer<typeof accessibilityFeedbackRequestSchema>;

export const accessibilityFeedbackResponseSchema = z.object({
  // Quoted when the person writes again, so it is short and readable aloud.
  reference: z.string().regex(/^BF-\d{6}$/),
});

export type AccessibilityFeedbackResponse = z.infer<typeof accessibilityFeedbackResponseSchema>;
