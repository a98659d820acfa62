import { accessibilityFeedbackRoute } from './accessibility-feedback-handler';
import { serviceInfoRoute } from './service-info-handler';
import { submissionRoute, submissionStatusRoute } from './submission-handlers';

/** The kinds of request the failure switch can target ('*' = all). */
export const routeNames: readonly string[] = [
  '*',
  serviceInfoRoute,
  accessibilityFeedbackRoute,
  submissionRoute,
  submissionStatusRoute,
];
