import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sniffUploadType } from './upload-policy';

const bytes = (...values: number[]) => new Uint8Array(values);

describe('sniffUploadType', () => {
  it.each([
    ['a JPEG', bytes(0xff, 0xd8, 0xff, 0xe0, 0), 'image/jpeg'],
    ['a PNG', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0), 'image/png'],
    ['a PDF', new TextEncoder().encode('%PDF-1.7\n'), 'application/pdf'],
  ])('recognises %s by its first bytes', (_name, head, type) => {
    expect(sniffUploadType(head)).toBe(type);
  });

  it.each([
    ['HTML', new TextEncoder().encode('<html><body>')],
    ['SVG', new TextEncoder().encode('<svg xmlns=')],
    ['a ZIP', bytes(0x50, 0x4b, 0x03, 0x04)],
    ['a PDF marker not at offset 0', new TextEncoder().encode(' %PDF-1.7')],
    ['a truncated PNG signature', bytes(0x89, 0x50, 0x4e)],
    ['nothing', bytes()],
  ])('refuses %s', (_name, head) => {
    expect(sniffUploadType(head)).toBeUndefined();
  });

  it('accepts random bytes only when they start with an allowed signature', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 16 }), (head) => {
        const type = sniffUploadType(head);
        const startsLike = (prefix: number[]) => prefix.every((byte, index) => head[index] === byte);
        const expected =
          startsLike([0xff, 0xd8, 0xff]) ||
          startsLike([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) ||
          startsLike([0x25, 0x50, 0x44, 0x46, 0x2d]);
        expect(type !== undefined).toBe(expected);
      }),
    );
  });
});
