import { createMemorySubmissionStore } from './memory-submission-store';
import type { SubmissionStore } from './submission-store';

// Memory unless the browser worker installs the IndexedDB store before it starts (mocks/browser/start-worker.ts).
let current: SubmissionStore = createMemorySubmissionStore();

export function submissionStore(): SubmissionStore {
  return current;
}

export function setSubmissionStore(store: SubmissionStore): void {
  current = store;
}

/** Tests: forget every submission, key and sequence, so each test starts with ZB-<year>-000001. */
export function resetSubmissionStore(): Promise<void> {
  return current.clear();
}
