import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { abrufcodeFromBytes, abrufcodePattern, abrufcodeSourceBytes, normalizeAbrufcode } from './abrufcode';

describe('Abrufcode', () => {
  it('turns 140 bits into seven groups of four Crockford characters', () => {
    expect(abrufcodeFromBytes(new Uint8Array(abrufcodeSourceBytes))).toBe(
      '0000-0000-0000-0000-0000-0000-0000',
    );
    expect(abrufcodeFromBytes(new Uint8Array(abrufcodeSourceBytes).fill(0xff))).toBe(
      'ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ',
    );
    // 0b00001000: the first five bits are 00001 (1), the next five 000 + 00 (0).
    const bytes = new Uint8Array(abrufcodeSourceBytes);
    bytes[0] = 0b00001_000;
    expect(abrufcodeFromBytes(bytes).slice(0, 2)).toBe('10');
  });

  it('refuses fewer than 18 bytes', () => {
    expect(() => abrufcodeFromBytes(new Uint8Array(17))).toThrow(RangeError);
  });

  it('gives different codes for bytes that differ within the first 140 bits', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 18, maxLength: 18 }),
        fc.integer({ min: 0, max: 139 }),
        (bytes, bit) => {
          const flipped = bytes.slice();
          flipped[bit >> 3] = flipped[bit >> 3]! ^ (0x80 >> (bit & 7));
          expect(abrufcodeFromBytes(flipped)).not.toBe(abrufcodeFromBytes(bytes));
        },
      ),
    );
  });

  it('reads back what it printed, however it is typed', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 18, maxLength: 32 }), (bytes) => {
        const code = abrufcodeFromBytes(bytes);
        expect(code).toMatch(abrufcodePattern);
        expect(normalizeAbrufcode(code)).toBe(code);
        expect(normalizeAbrufcode(` ${code.toLowerCase().replace(/-/g, ' ')} `)).toBe(code);
      }),
    );
  });

  it('reads O as 0 and I or L as 1, and refuses wrong lengths and U', () => {
    expect(normalizeAbrufcode('OOOO IIII LLLL 0000 1111 2222 3333')).toBe(
      '0000-1111-1111-0000-1111-2222-3333',
    );
    expect(normalizeAbrufcode('0000-1111-2222')).toBeUndefined();
    expect(normalizeAbrufcode('UUUU-1111-1111-0000-1111-2222-3333')).toBeUndefined();
    expect(normalizeAbrufcode('')).toBeUndefined();
  });
});
