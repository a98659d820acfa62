import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readZipDirectory } from './zip-directory';

const zip = zipSync({ 'b/one.txt': new TextEncoder().encode('one'), 'b/two.txt': new Uint8Array(10) });

const codeAndReason = (bytes: Uint8Array) => {
  const result = readZipDirectory(bytes, 10);
  return result.ok ? 'ok' : `${result.problem.code}: ${result.problem.message.en}`;
};

describe('readZipDirectory', () => {
  it('lists names, declared sizes and where the data starts, without inflating', () => {
    const result = readZipDirectory(zip, 10);
    expect(result.ok && result.entries.map((e) => [e.name, e.uncompressedSize, e.dataOffset])).toEqual([
      ['b/one.txt', 3, 30 + 'b/one.txt'.length],
      ['b/two.txt', 10, expect.any(Number)],
    ]);
  });

  it('refuses more entries than allowed before reading them', () => {
    const result = readZipDirectory(zip, 1);
    expect(result.ok ? undefined : result.problem.code).toBe('zip.too-many-entries');
  });

  it.each([
    ['empty input', new Uint8Array()],
    ['data after the end record', Uint8Array.from([...zip, 0])],
    ['a cut-off file', zip.subarray(0, zip.length - 30)],
    ['a missing start', zip.subarray(20)],
  ])('refuses %s as damaged', (_, bytes) => {
    expect(codeAndReason(bytes)).toMatch(/^zip\.malformed: the zip file is damaged: /);
  });

  it('refuses an entry flagged as encrypted and a zip64 locator', () => {
    const encrypted = zip.slice();
    const view = new DataView(encrypted.buffer);
    const central = view.getUint32(encrypted.length - 6, true);
    view.setUint16(central + 8, view.getUint16(central + 8, true) | 1, true);
    expect(codeAndReason(encrypted)).toBe('zip.encrypted: the file is encrypted');

    const end = zip.length - 22;
    const zip64 = Uint8Array.from([...zip.subarray(0, end), ...new Uint8Array(20), ...zip.subarray(end)]);
    new DataView(zip64.buffer).setUint32(end, 0x07064b50, true);
    expect(codeAndReason(zip64)).toContain('zip64');
  });

  it('refuses two central entries pointing at the same data (overlap)', () => {
    const overlapping = zip.slice();
    const view = new DataView(overlapping.buffer);
    const central = view.getUint32(overlapping.length - 6, true);
    const secondCentral = central + 46 + view.getUint16(central + 28, true);
    // Point the second entry at the first one's local header, with the first one's name and sizes.
    overlapping.set(overlapping.subarray(central, secondCentral), secondCentral);
    expect(codeAndReason(overlapping)).toBe('zip.overlap: the file overlaps "b/one.txt"');
  });
});
