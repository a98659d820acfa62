import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildBundle } from './build-bundle';
import { sampleInput } from './bundle-fixtures.test-support';
import { readZipDirectory } from './zip-directory';
import { splitZip } from './zip-surgery.test-support';

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

  it('accepts what our writer writes, which is the strict shape it checks (if fflate changes, this fails first)', () => {
    const bundle = buildBundle(sampleInput());
    const parts = splitZip(bundle);
    const u16 = (bytes: Uint8Array, at: number) => bytes[at]! | (bytes[at + 1]! << 8);
    for (const record of parts.records) {
      expect([u16(record.local, 6), u16(record.central, 8)]).toEqual([0, 0]); // no flags, no data descriptor
      expect([record.localExtra.length, record.centralExtra.length, record.centralComment.length]).toEqual([
        0, 0, 0,
      ]);
      expect(record.central.subarray(34, 42)).toEqual(new Uint8Array(8)); // disk, attributes
      expect(record.central[5]).toBe(0); // made by MS-DOS
    }
    // The end record is the last 22 bytes: its signature, and a comment length of 0.
    expect([...bundle.subarray(-22, -18), ...bundle.subarray(-2)]).toEqual([0x50, 0x4b, 5, 6, 0, 0]);
    const result = readZipDirectory(bundle, 100);
    expect(result.ok && result.entries.length).toBe(parts.records.length);
  });
});
