import { createHash } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { sha256 as nobleSha256 } from '@noble/hashes/sha2.js';

export type HashTiming = { name: string; medianMs: number; megabytesPerSecond: number };

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

/**
 * Issue 10: the bundle's SHA-256 comes from @noble/hashes (in the browser and the CLI) and from node:crypto (on
 * the server), both over 15 MB, the largest bundle the app sends; they must agree. Measured before our own
 * implementation went: own 141 ms, @noble/hashes 137 ms, node:crypto 10 ms.
 */
export function benchSha256(runs = 5, megabytes = 15): HashTiming[] {
  const bytes = new Uint8Array(megabytes * 1024 * 1024);
  let state = 0x9e3779b9;
  for (let i = 0; i < bytes.length; i++) {
    state = (state * 1103515245 + 12345) >>> 0;
    bytes[i] = state >>> 24;
  }
  const candidates: [string, (input: Uint8Array) => Uint8Array][] = [
    ['@noble/hashes', (input) => nobleSha256(input)],
    ['node:crypto (native)', (input) => createHash('sha256').update(input).digest()],
  ];
  const hex = (digest: Uint8Array) => Buffer.from(digest).toString('hex');
  const expected = hex(createHash('sha256').update(bytes).digest());
  return candidates.map(([name, hash]) => {
    const times: number[] = [];
    for (let run = 0; run < runs; run++) {
      const started = performance.now();
      const digest = hash(bytes);
      times.push(performance.now() - started);
      if (hex(digest) !== expected) throw new Error(`${name} computes a different SHA-256`);
    }
    const medianMs = median(times);
    return { name, medianMs, megabytesPerSecond: megabytes / (medianMs / 1000) };
  });
}
