import {
  ApplicationAlreadySubmittedError,
  decideClaim,
  expectedPayment,
  receiptOf,
  referenceFor,
  type KeyRecord,
  type StoredSubmission,
  type SubmissionStore,
} from './submission-store';

function copy(submission: StoredSubmission): StoredSubmission {
  return {
    ...submission,
    bundle: submission.bundle.slice(),
    ...(submission.advance ? { advance: structuredClone(submission.advance) } : {}),
    ...(submission.caseReview ? { caseReview: structuredClone(submission.caseReview) } : {}),
    ...(submission.audit ? { audit: structuredClone(submission.audit) } : {}),
    ...(submission.memberParts ? { memberParts: structuredClone(submission.memberParts) } : {}),
  };
}

/** The insurer's server in Node tests: plain Maps, emptied by clear() between tests. */
export function createMemorySubmissionStore(): SubmissionStore {
  const submissions = new Map<string, StoredSubmission>();
  const keys = new Map<string, KeyRecord>();
  const sequences = new Map<number, number>();

  return {
    async claimKey(key, fingerprint, nowMs) {
      // No await between looking and marking: two requests cannot both see the key as new.
      const decided = decideClaim(keys.get(key), fingerprint, nowMs);
      if (decided) return decided;
      keys.set(key, { key, fingerprint, state: 'in-flight', claimedAtMs: nowMs });
      return { kind: 'claimed' };
    },

    async releaseKey(key) {
      if (keys.get(key)?.state === 'in-flight') keys.delete(key);
    },

    async storeSubmission(
      key,
      { year, applicationId, receivedAt, manifestSha256, bundle, advancePayment, queue, memberParts },
    ) {
      const claim = keys.get(key);
      if (claim?.state !== 'in-flight') throw new Error(`Key ${key} is not claimed.`);
      // No await between this look and the write below: two keys cannot both store one application.
      if ([...submissions.values()].some((stored) => stored.applicationId === applicationId))
        throw new ApplicationAlreadySubmittedError();
      const sequence = (sequences.get(year) ?? 0) + 1;
      sequences.set(year, sequence);
      const reference = referenceFor(year, sequence);
      const submission: StoredSubmission = {
        reference,
        year,
        applicationId,
        status: 'eingegangen',
        receivedAt,
        updatedAt: receivedAt,
        manifestSha256,
        bundle: bundle.slice(),
        bundleBytes: bundle.byteLength,
        ...(advancePayment ? { advance: expectedPayment(reference, advancePayment) } : {}),
        ...(queue ? { queue } : {}),
        ...(memberParts && memberParts.length > 0 ? { memberParts } : {}),
      };
      submissions.set(submission.reference, submission);
      const answer = { status: 201, body: receiptOf(submission) };
      keys.set(key, { key, fingerprint: claim.fingerprint, state: 'answered', answer });
      return answer;
    },

    async getSubmission(reference) {
      const found = submissions.get(reference);
      return found && copy(found);
    },

    async updateSubmission(reference, change) {
      const found = submissions.get(reference);
      if (!found) return undefined;
      const updated = { ...found, ...change };
      submissions.set(reference, updated);
      return copy(updated);
    },

    async listSubmissions() {
      return [...submissions.values()].map(copy);
    },

    async keyState(key) {
      return keys.get(key)?.state;
    },

    async clear() {
      submissions.clear();
      keys.clear();
      sequences.clear();
    },
  };
}
