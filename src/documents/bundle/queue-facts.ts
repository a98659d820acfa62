import type { ApplicationDocument } from '../../domain/application/application-document';
import type { BundleFlag } from './bundle-problem';

/**
 * The flags a caseworker's queue shows (src/api/contracts/caseworker-queue.ts): none of them holds health data —
 * "documents missing" says a paper will follow, never which (a chronic certificate or an income proof).
 */
export type QueueFlag =
  'limitReached' | 'documentsMissing' | 'furtherApplication' | 'bundleFlags' | 'advancePayment';

/**
 * What the insurer's server (and its msw twin) stores with a submission at receipt so that its queue filters and
 * sorts without opening bundles. Plain data: it crosses the verification worker's thread boundary by structured
 * clone.
 */
export type QueueFacts = {
  householdSize: number;
  /** The advance payment's amount when the application asks for one, else the counted co-payments it states. */
  claimedCents: number;
  /** In the order of QueueFlag's declaration, each at most once. */
  flags: QueueFlag[];
};

/** Call only on an application the bundle reader accepted, with the reader's flags (warnings) for its files. */
export function queueFacts(document: ApplicationDocument, bundleFlags: readonly BundleFlag[]): QueueFacts {
  // Sent later by post: the doctor sends the chronic illness certificate, or an income proof comes by post
  // (application-document.ts: chronic[].certificate 'doctorSends', incomes[].proof 'post').
  const documentsMissing =
    document.chronic.some((entry) => entry.certificate === 'doctorSends') ||
    document.incomes.some((income) => income.proof === 'post');
  const flags: QueueFlag[] = [];
  if (document.calculation.limitReachedOn !== null) flags.push('limitReached');
  if (documentsMissing) flags.push('documentsMissing');
  if (document.furtherApplicationTo !== undefined) flags.push('furtherApplication');
  if (bundleFlags.length > 0) flags.push('bundleFlags');
  if (document.advancePayment !== undefined) flags.push('advancePayment');
  return {
    householdSize: document.members.length,
    claimedCents: document.advancePayment?.amountCents ?? document.calculation.paidCents,
    flags,
  };
}
