import type { AdvancePaymentFacts } from '../../documents/bundle/advance-payment-facts';
import type { ApplicationDocument } from '../../domain/application/application-document';
import type { QueueFacts } from '../../documents/bundle/queue-facts';
import type { RefusedVerdict } from '../verification/refused-verdict';

/** What the verification worker sends back: plain data, so it crosses the thread boundary by structured clone. */
export type BundleVerdict =
  | {
      ok: true;
      applicationYear: number;
      applicationId: string;
      /** The checked application.json: what a decision is computed from (case-decision-routes.ts). */
      application: ApplicationDocument;
      /** What the caseworker's queue shows of it (household size, claimed amount, flags without health data). */
      queue: QueueFacts;
      /** What the server keeps of an application for the advance payment; absent for an ordinary one. */
      advancePayment?: AdvancePaymentFacts;
    }
  | RefusedVerdict;
