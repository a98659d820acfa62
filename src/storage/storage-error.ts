/**
 * What went wrong with the device storage, in terms the UI can act on: `quota` (the device is full),
 * `unavailable` (IndexedDB is off, e.g. in some private modes, or the data was deleted in another tab),
 * `locked` (another tab holds the database open), `exists` (a keyring was already created, e.g. by another tab),
 * `unknown` (anything else). The caller shows a message per code and keeps its in-memory state.
 */
export type StorageErrorCode = 'quota' | 'unavailable' | 'locked' | 'exists' | 'unknown';

export class StorageError extends Error {
  readonly code: StorageErrorCode;

  constructor(code: StorageErrorCode, message: string, options: { cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = 'StorageError';
    this.code = code;
  }
}

// Names of DOMExceptions IndexedDB raises when the database cannot be used at all.
const unavailableNames = new Set(['InvalidStateError', 'SecurityError', 'VersionError', 'NotFoundError']);

/** Classifies any failure of an IndexedDB call; the records hold only ciphertext, so the cause leaks nothing. */
export function toStorageError(cause: unknown): StorageError {
  if (cause instanceof StorageError) return cause;
  const name = cause instanceof Error || cause instanceof DOMException ? cause.name : undefined;
  if (name === 'QuotaExceededError') {
    return new StorageError('quota', 'The device has no room left for the draft.', { cause });
  }
  if (name !== undefined && unavailableNames.has(name)) {
    return new StorageError('unavailable', 'The draft storage on this device cannot be used.', { cause });
  }
  return new StorageError('unknown', 'The draft storage on this device failed.', { cause });
}

/** Runs a storage operation and turns whatever it throws into a StorageError. */
export async function guardStorage<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (cause) {
    throw toStorageError(cause);
  }
}
