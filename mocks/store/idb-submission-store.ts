import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
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

/**
 * The insurer's server in the browser (dev, demo): its own database, clearly not the app's drafts. It stands for
 * the insurer's disks, so a reload or a second tab sees the same submissions and the sequence never repeats.
 * Every check-and-write happens inside one readwrite transaction, which IndexedDB runs one after another across
 * tabs: two tabs cannot both claim a key or draw the same sequence number.
 */
export const mockInsurerDatabaseName = 'zb-mock-insurer';

interface MockInsurerDb extends DBSchema {
  submissions: { key: string; value: StoredSubmission; indexes: { applicationId: string } };
  keys: { key: string; value: KeyRecord };
  sequences: { key: number; value: number };
}

type Db = IDBPDatabase<MockInsurerDb>;

function openMockInsurerDb(): Promise<Db> {
  return openDB<MockInsurerDb>(mockInsurerDatabaseName, 2, {
    upgrade(database, oldVersion, _newVersion, transaction) {
      if (oldVersion < 1) {
        database.createObjectStore('submissions', { keyPath: 'reference' });
        database.createObjectStore('keys', { keyPath: 'key' });
        database.createObjectStore('sequences');
      }
      // Version 2: one application per id. Records from version 1 have no id; an index skips them.
      if (oldVersion < 2) {
        transaction
          .objectStore('submissions')
          .createIndex('applicationId', 'applicationId', { unique: true });
      }
    },
    blocking(_current, _blocked, event) {
      (event.target as IDBDatabase).close();
    },
  });
}

export function createIdbSubmissionStore(): SubmissionStore {
  let opened: Promise<Db> | undefined;
  const db = () => (opened ??= openMockInsurerDb());

  return {
    async claimKey(key, fingerprint, nowMs) {
      const tx = (await db()).transaction('keys', 'readwrite');
      const decided = decideClaim(await tx.store.get(key), fingerprint, nowMs);
      if (!decided) await tx.store.put({ key, fingerprint, state: 'in-flight', claimedAtMs: nowMs });
      await tx.done;
      return decided ?? { kind: 'claimed' };
    },

    async releaseKey(key) {
      const tx = (await db()).transaction('keys', 'readwrite');
      if ((await tx.store.get(key))?.state === 'in-flight') await tx.store.delete(key);
      await tx.done;
    },

    async storeSubmission(
      key,
      { year, applicationId, receivedAt, manifestSha256, bundle, advancePayment, queue, memberParts },
    ) {
      const tx = (await db()).transaction(['submissions', 'keys', 'sequences'], 'readwrite');
      // The abort below rejects `done`; the throw reports it.
      tx.done.catch(() => undefined);
      const claim = await tx.objectStore('keys').get(key);
      if (claim?.state !== 'in-flight') {
        tx.abort();
        throw new Error(`Key ${key} is not claimed.`);
      }
      // Inside the same readwrite transaction, which IndexedDB runs one after another across tabs; the unique
      // index would refuse the put below anyway.
      if ((await tx.objectStore('submissions').index('applicationId').count(applicationId)) > 0) {
        tx.abort();
        throw new ApplicationAlreadySubmittedError();
      }
      const sequence = ((await tx.objectStore('sequences').get(year)) ?? 0) + 1;
      await tx.objectStore('sequences').put(sequence, year);
      const reference = referenceFor(year, sequence);
      const submission: StoredSubmission = {
        reference,
        year,
        applicationId,
        status: 'eingegangen',
        receivedAt,
        updatedAt: receivedAt,
        manifestSha256,
        bundle,
        bundleBytes: bundle.byteLength,
        ...(advancePayment ? { advance: expectedPayment(reference, advancePayment) } : {}),
        ...(queue ? { queue } : {}),
        ...(memberParts && memberParts.length > 0 ? { memberParts } : {}),
      };
      await tx.objectStore('submissions').put(submission);
      const answer = { status: 201, body: receiptOf(submission) };
      await tx.objectStore('keys').put({ key, fingerprint: claim.fingerprint, state: 'answered', answer });
      await tx.done;
      return answer;
    },

    async getSubmission(reference) {
      return (await db()).get('submissions', reference);
    },

    async updateSubmission(reference, change) {
      const tx = (await db()).transaction('submissions', 'readwrite');
      const found = await tx.store.get(reference);
      const updated = found && { ...found, ...change };
      if (updated) await tx.store.put(updated);
      await tx.done;
      return updated;
    },

    async listSubmissions() {
      const all = await (await db()).getAll('submissions');
      return all.sort((a, b) => a.receivedAt.localeCompare(b.receivedAt));
    },

    async keyState(key) {
      return (await (await db()).get('keys', key))?.state;
    },

    // The sequences stay: a reference issued once must never name another submission, even after a reset.
    async clear() {
      const tx = (await db()).transaction(['submissions', 'keys'], 'readwrite');
      await tx.objectStore('submissions').clear();
      await tx.objectStore('keys').clear();
      await tx.done;
    },
  };
}
