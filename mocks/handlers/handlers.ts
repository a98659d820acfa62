import { accessibilityFeedbackHandler } from './accessibility-feedback-handler';
import { applicantCaseHandlers } from './applicant-case-handlers';
import { caseQueueHandlers } from './case-queue-handlers';
import { caseReviewHandlers } from './case-review-handlers';
import { caseworkerHandlers } from './caseworker-handlers';
import { controlHandlers } from './control-handlers';
import { invitationHandlers } from './invitation-handlers';
import { providerHandlers } from './provider-handlers';
import { serviceInfoHandler } from './service-info-handler';
import { submissionHandlers } from './submission-handlers';

/** The one handler set behind the browser worker (dev, demo) and the node server (tests). */
export const handlers = [
  serviceInfoHandler,
  accessibilityFeedbackHandler,
  ...submissionHandlers,
  ...applicantCaseHandlers,
  // Before the caseworker's: a member's session on a caseworker endpoint is answered 403 first.
  ...invitationHandlers,
  // Before the caseworker's login handlers: its case history (with the audit of the case) answers first.
  ...caseReviewHandlers,
  ...caseworkerHandlers,
  ...caseQueueHandlers,
  ...providerHandlers,
  ...controlHandlers,
];
