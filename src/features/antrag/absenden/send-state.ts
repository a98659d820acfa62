import type { ApplicationDocument } from '../../../domain/application/application-document';
import type { SubmissionProgress } from '../../../api/submit-application';

/** What the send page shows; `sent` and `notReady` lead elsewhere. */
export type SendPhase =
  | { kind: 'preparing' }
  | { kind: 'prepareFailed' }
  | { kind: 'notReady' }
  | { kind: 'ready' }
  | { kind: 'sending'; progress?: SubmissionProgress }
  /** Every attempt failed (network, 5xx): the pending record stays, "Erneut senden" reuses it. */
  | { kind: 'failed' }
  /**
   * One attempt outlasted its timeout (the upload stalled, or the insurer did not answer): nothing is retried
   * by itself; the pending record stays, and "Erneut senden" sends the same bytes with the same key.
   */
  | { kind: 'timedOut' }
  /**
   * 409 submission.alreadySubmitted: the insurer already has this application (sent from another tab, device
   * or an imported copy). Never sent again from here; the pending record is dropped.
   */
  | { kind: 'alreadySubmitted' }
  /** A final 4xx: the insurer will never take these bytes, so the pending record is dropped. */
  | { kind: 'refused'; code: string | undefined; title: string; paths: readonly string[] }
  | { kind: 'storageFailed' }
  | { kind: 'sent' };

/** What is about to be sent, for "Ihr Antrag mit 41 Anlagen: 6,3 MB" and the list below it. */
export type SendSummary = { bytes: number; document: ApplicationDocument };
