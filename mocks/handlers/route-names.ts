import { accessibilityFeedbackRoute } from './accessibility-feedback-handler';
import { serviceInfoRoute } from './service-info-handler';

/** The kinds of request the failure switch can target ('*' = all). */
export const routeNames: readonly string[] = ['*', serviceInfoRoute, accessibilityFeedbackRoute];
