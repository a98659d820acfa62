import type { DraftDb } from './draft-db';
import type { PendingSubmissions } from './pending-submission';

/**
 * The device's pending bundles and receipts, with their code loaded on first use: a new user's first question
 * never sends anything, so the sending store stays out of the first page's JS (issue 11). Every method is async
 * already, so callers cannot tell the difference.
 */
export function lazyDevicePendingSubmissions(options: { db: DraftDb; key: CryptoKey }): PendingSubmissions {
  let loaded: Promise<PendingSubmissions> | undefined;
  const real = () =>
    (loaded ??= import('./device-pending-submissions').then((module) =>
      module.createDevicePendingSubmissions(options),
    ));
  return {
    savePending: async (pending) => (await real()).savePending(pending),
    loadPending: async (draftId) => (await real()).loadPending(draftId),
    completeSubmission: async (receipt) => (await real()).completeSubmission(receipt),
    discardPending: async (draftId) => (await real()).discardPending(draftId),
    loadReceipt: async (draftId) => (await real()).loadReceipt(draftId),
    loadSentBundle: async (draftId) => (await real()).loadSentBundle(draftId),
  };
}
