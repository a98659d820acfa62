import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { displayName } from './display-name';

describe('displayName', () => {
  it('leaves every name our writer produces, and ordinary German text, as it is', () => {
    for (const text of ['data/zuzahlung-2025-03-04-apotheke-m1.jpg', 'Größe „Müller“ – ß', 'bag-info.txt']) {
      expect(displayName(text)).toBe(text);
    }
  });

  it.each([
    ['a right-to-left override', 'rechnung\u202efdp.exe', 'rechnung\\u202Efdp.exe'],
    ['an isolate and a pop', 'a\u2067b\u2069', 'a\\u2067b\\u2069'],
    ['marks', '\u200e\u200f\u061c', '\\u200E\\u200F\\u061C'],
    ['a terminal escape and a bell', '\u001b[2J\u0007', '\\u001B[2J\\u0007'],
    ['line breaks and separators', 'a\nb\rc\u2028d', 'a\\u000Ab\\u000Dc\\u2028d'],
    ['C1 controls and DEL', '\u0085\u009b\u007f', '\\u0085\\u009B\\u007F'],
  ])('escapes %s', (_, text, shown) => {
    expect(displayName(text)).toBe(shown);
  });

  it('leaves nothing unsafe in any string, and changes nothing when applied twice', () => {
    // eslint-disable-next-line no-control-regex -- exactly what must not remain
    const unsafe = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/;
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const shown = displayName(text);
        expect(shown).not.toMatch(unsafe);
        expect(displayName(shown)).toBe(shown);
      }),
      { seed: 10, numRuns: 500 },
    );
  });
});
