import { toStorageError } from './storage-error';

interface Transaction {
  readonly done: Promise<void>;
  abort(): void;
}

/**
 * Runs `work` in one IndexedDB transaction and waits for the commit. On any failure the transaction is aborted,
 * so a draft and its files never end up half written, and the failure surfaces as a StorageError.
 * `work` must only await requests of `tx`: awaiting anything else (WebCrypto) would let the transaction commit.
 */
export async function runInTransaction<Tx extends Transaction, T>(
  open: () => Tx,
  work: (tx: Tx) => Promise<T>,
): Promise<T> {
  let tx: Tx;
  try {
    tx = open();
  } catch (cause) {
    throw toStorageError(cause);
  }
  // Rejections of `done` are reported through the await below or replaced by the first error.
  tx.done.catch(() => undefined);
  try {
    const result = await work(tx);
    await tx.done;
    return result;
  } catch (cause) {
    try {
      tx.abort();
    } catch {
      // Already committed or aborted: nothing left to undo.
    }
    throw toStorageError(cause);
  }
}
