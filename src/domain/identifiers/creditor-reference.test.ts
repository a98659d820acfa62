import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { creditorReferenceCheckDigits, validateCreditorReference } from './creditor-reference';

const codeOf = (input: string) => {
  const result = validateCreditorReference(input);
  return result.ok ? 'ok' : result.problem.code;
};

describe('validateCreditorReference', () => {
  // RF18539007547034 is the example from ISO 11649 / the EPC guidance.
  it('accepts the ISO 11649 example, printed or electronic', () => {
    expect(validateCreditorReference('RF18 5390 0754 7034')).toEqual({ ok: true, value: 'RF18539007547034' });
    expect(validateCreditorReference('rf18539007547034')).toEqual({ ok: true, value: 'RF18539007547034' });
  });

  it('accepts 25 characters and rejects 26', () => {
    const body21 = 'A'.repeat(21);
    const ref25 = `RF${creditorReferenceCheckDigits(body21)}${body21}`;
    expect(ref25).toHaveLength(25);
    expect(codeOf(ref25)).toBe('ok');
    expect(codeOf(`${ref25}A`)).toBe('creditorReference.tooLong');
  });

  it.each([
    ['', 'creditorReference.empty'],
    ['RF18', 'creditorReference.format'],
    ['XY18539007547034', 'creditorReference.format'],
    ['RFAB539007547034', 'creditorReference.format'],
    ['RF18-539007547034', 'creditorReference.format'],
    ['RF19539007547034', 'creditorReference.checksum'],
    ['RF18539007547035', 'creditorReference.checksum'],
  ])('%j fails with %s', (input, code) => {
    expect(codeOf(input)).toBe(code);
  });

  it('any body completed with its check digits validates', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Z0-9]{1,21}$/), (body) => {
        expect(codeOf(`RF${creditorReferenceCheckDigits(body)}${body}`)).toBe('ok');
      }),
    );
  });

  // Mod 97 catches every substitution that keeps the character class: the number changes by
  // d·10^k with 0 < |d| < 97, which 97 (a prime other than 2 and 5) never divides. A letter
  // swapped for a digit changes the length of the digit string and may slip through
  // (about 1 in 200 in a trial run), so only same-class typos are asserted.
  it('a single character replaced by another of its kind is caught', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[A-Z0-9]{1,21}$/),
        fc.nat(),
        fc.integer({ min: 1, max: 25 }),
        (body, position, shift) => {
          const at = position % body.length;
          const char = body[at] ?? '0';
          const alphabet = /\d/.test(char) ? '0123456789' : 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
          const step = shift % alphabet.length || 1;
          const replaced = alphabet[(alphabet.indexOf(char) + step) % alphabet.length] ?? '0';
          const typo = body.slice(0, at) + replaced + body.slice(at + 1);
          expect(codeOf(`RF${creditorReferenceCheckDigits(body)}${typo}`)).toBe('creditorReference.checksum');
        },
      ),
      { numRuns: 1000 },
    );
  });
});
