import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildBundle } from './build-bundle';
import { sampleInput } from './bundle-fixtures.test-support';
import { readBundle } from './read-bundle';

describe('readBundle with a given SHA-256 (the server passes Node’s native one)', () => {
  const zip = buildBundle(sampleInput());

  it('accepts the bundle with Node’s hash exactly as with the portable one', () => {
    const native = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
    expect(readBundle(zip).ok).toBe(true);
    expect(readBundle(zip, { sha256Hex: native }).ok).toBe(true);
  });

  it('uses the given function for every manifest line', () => {
    const seen: number[] = [];
    const wrong = (bytes: Uint8Array) => {
      seen.push(bytes.length);
      return '0'.repeat(64);
    };
    const result = readBundle(zip, { sha256Hex: wrong });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.some((problem) => problem.code === 'manifest.hash-mismatch')).toBe(true);
    // Three payload files, application.json, the Antrag, and the three tag files the tag manifest covers.
    expect(seen.length).toBeGreaterThanOrEqual(6);
  });
});
