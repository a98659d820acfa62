import { describe, expect, it } from 'vitest';
import { StorageError, guardStorage, toStorageError } from './storage-error';

describe('toStorageError', () => {
  it.each([
    ['QuotaExceededError', 'quota'],
    ['InvalidStateError', 'unavailable'],
    ['SecurityError', 'unavailable'],
    ['VersionError', 'unavailable'],
    ['UnknownError', 'unknown'],
    ['DataError', 'unknown'],
  ] as const)('classifies a DOMException %s as %s and keeps it as the cause', (name, code) => {
    const cause = new DOMException('x', name);
    const error = toStorageError(cause);
    expect(error).toBeInstanceOf(StorageError);
    expect(error.code).toBe(code);
    expect(error.cause).toBe(cause);
  });

  it('passes a StorageError through and classifies anything else as unknown', () => {
    const locked = new StorageError('locked', 'x');
    expect(toStorageError(locked)).toBe(locked);
    expect(toStorageError('strange').code).toBe('unknown');
  });

  it('wraps what an operation throws', async () => {
    await expect(
      guardStorage(() => Promise.reject(new DOMException('full', 'QuotaExceededError'))),
    ).rejects.toMatchObject({ name: 'StorageError', code: 'quota' });
    await expect(guardStorage(async () => 7)).resolves.toBe(7);
  });
});
