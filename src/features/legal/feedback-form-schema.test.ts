import { describe, expect, it } from 'vitest';
import {
  accessibilityFeedbackLimits,
  accessibilityFeedbackRequestSchema,
} from '../../api/contracts/accessibility-feedback';
import { feedbackFormSchema } from './feedback-form-schema';

const empty = { name: '', email: '', page: '', description: '' };

function issues(values: typeof empty) {
  const parsed = feedbackFormSchema.safeParse(values);
  return parsed.success ? [] : parsed.error.issues.map((issue) => [issue.path.join('.'), issue.message]);
}

describe('feedback form schema', () => {
  it('needs only a description, and leaves empty optional fields out of the request', () => {
    const parsed = feedbackFormSchema.parse({ ...empty, description: '  Kein Fokus sichtbar. ' });
    expect(parsed).toEqual({ description: 'Kein Fokus sichtbar.' });
  });

  it('builds requests the backend contract accepts', () => {
    const parsed = feedbackFormSchema.parse({
      name: ' Erika ',
      email: 'erika@example.org',
      page: '/belastungsgrenze',
      description: 'Die Tabelle ist zu breit.',
    });
    expect(accessibilityFeedbackRequestSchema.safeParse({ ...parsed, language: 'de' }).success).toBe(true);
  });

  it.each([
    [{ ...empty }, 'description', 'error.description.required'],
    [{ ...empty, description: '   ' }, 'description', 'error.description.required'],
    [{ ...empty, description: 'x', email: 'erika@' }, 'email', 'error.email.format'],
    [
      { ...empty, description: 'x'.repeat(accessibilityFeedbackLimits.description + 1) },
      'description',
      'error.description.tooLong',
    ],
    [
      { ...empty, description: 'x', name: 'x'.repeat(accessibilityFeedbackLimits.name + 1) },
      'name',
      'error.name.tooLong',
    ],
  ])('reports %o at %s as a message key', (values, path, key) => {
    expect(issues(values)).toEqual([[path, key]]);
  });
});
