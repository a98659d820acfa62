import { mutationOptions } from '@tanstack/react-query';
import { apiFetch } from './api-fetch';
import {
  accessibilityFeedbackPath,
  accessibilityFeedbackResponseSchema,
  type AccessibilityFeedbackRequest,
} from './contracts/accessibility-feedback';

export function postAccessibilityFeedback(request: AccessibilityFeedbackRequest) {
  return apiFetch(accessibilityFeedbackPath, accessibilityFeedbackResponseSchema, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(request),
  });
}

// No automatic retry: a POST that timed out may have arrived, and a second report would be a duplicate.
// The person decides to send again; what they typed stays in the form.
export const accessibilityFeedbackMutation = () =>
  mutationOptions({
    mutationKey: ['accessibility-feedback'],
    mutationFn: postAccessibilityFeedback,
    retry: false,
  });
