import { accessibilityFeedbackHandler } from './accessibility-feedback-handler';
import { caseQueueHandlers } from './case-queue-handlers';
import { caseworkerHandlers } from './caseworker-handlers';
import { controlHandlers } from './control-handlers';
import { serviceInfoHandler } from './service-info-handler';
import { submissionHandlers } from './submission-handlers';

/** The one handler set behind the browser worker (dev, demo) and the node server (tests). */
export const handlers = [
  serviceInfoHandler,
  accessibilityFeedbackHandler,
  ...submissionHandlers,
  ...caseworkerHandlers,
  ...caseQueueHandlers,
  ...controlHandlers,
];
