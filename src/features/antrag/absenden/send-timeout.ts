import { defaultSendTimeout, type SendTimeout } from '../../../api/submit-application';

/**
 * How long one sending attempt may take on the send page (src/api/submit-application.ts explains the numbers).
 * Its own module, so that a whole-app test can make a stalled upload end in milliseconds instead of minutes.
 */
export const sendTimeout: SendTimeout = defaultSendTimeout;
