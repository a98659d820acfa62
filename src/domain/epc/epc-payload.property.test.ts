import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { creditorReferenceCheckDigits } from '../identifiers/creditor-reference';
import type { EpcTransfer } from './epc-payload';
import { EPC_MAX_BYTES, buildEpcPayload } from './epc-payload';

const IBAN = 'DE89370400440532013000';
const base: EpcTransfer = { name: 'AOK Musterland', iban: IBAN, amountCents: 13512 };
const bytes = (text: string) => new TextEncoder().encode(text).length;

describe('buildEpcPayload properties', () => {
  // Characters a payee or remittance text may really hold, from 1 to 4 UTF-8 bytes each.
  const letters = [...'abcxyzABCXYZäöüßÄÖÜéçł 0123456789-.,&/()€😀'];
  const goodText = (minLength: number, maxLength: number) =>
    fc
      .string({ unit: fc.constantFrom(...letters), minLength, maxLength })
      .filter((value) => value.trim().length >= minLength);
  const body = fc.stringMatching(/^[A-Z0-9]{1,21}$/);
  const validTransfer = fc.record(
    {
      name: goodText(1, 70),
      iban: fc.constantFrom(IBAN, 'AT611904300234573201', 'GB82WEST12345698765432'),
      bic: fc.constantFrom('COBADEFFXXX', 'AOKBDE21'),
      amountCents: fc.integer({ min: 1, max: 99_999_999_999 }),
      remittance: goodText(0, 140),
      purpose: fc.constantFrom('MDCS', 'GDDS', 'X'),
      note: goodText(0, 70),
    },
    { requiredKeys: ['name', 'iban', 'amountCents'] },
  );
  const withReference = fc.tuple(validTransfer, fc.option(body)).map(([input, reference]) =>
    reference === null
      ? input
      : {
          ...input,
          remittance: undefined,
          reference: `RF${creditorReferenceCheckDigits(reference)}${reference}`,
        },
  );

  const expectStructure = (input: EpcTransfer, payload: string) => {
    const lines = payload.split('\n');
    expect(bytes(payload)).toBeLessThanOrEqual(EPC_MAX_BYTES);
    expect(lines.slice(0, 4)).toEqual(['BCD', '002', '1', 'SCT']);
    expect(lines.length).toBeGreaterThanOrEqual(8);
    expect(lines.length).toBeLessThanOrEqual(12);
    expect(lines[4]).toBe(input.bic ?? '');
    expect(lines[5]).toBe(input.name.trim());
    expect(lines[6]).toBe(input.iban);
    expect(lines[7]).toMatch(/^EUR\d{1,9}\.\d{2}$/);
    expect(lines[8] ?? '').toBe(input.purpose ?? '');
    expect(lines[9] ?? '').toBe(input.reference ?? '');
    expect(lines[10] ?? '').toBe(input.remittance?.trim() ?? '');
    expect(lines[11] ?? '').toBe(input.note?.trim() ?? '');
    expect(lines.at(-1)).not.toBe('');
  };

  it('valid fields give a payload with the EPC structure, or a clear size error', () => {
    fc.assert(
      fc.property(withReference, (input) => {
        const result = buildEpcPayload(input);
        if (result.ok) expectStructure(input, result.value);
        else expect(result.problem.code).toBe('epc.payload.tooLarge');
      }),
      { numRuns: 500 },
    );
  });

  it('whatever the input, an accepted payload fits the QR code and keeps the structure', () => {
    const anyText = (maxLength: number) =>
      fc.oneof(goodText(0, maxLength), fc.string({ unit: 'binary', maxLength }), fc.constant('a\nb'));
    const anyTransfer = fc.record(
      {
        name: anyText(75),
        iban: fc.constantFrom(IBAN, 'DE00123'),
        bic: fc.constantFrom('COBADEFFXXX', 'bad'),
        amountCents: fc.integer({ min: -5, max: 100_000_000_005 }),
        remittance: anyText(145),
        purpose: fc.constantFrom('MDCS', 'mdcs', 'TOOLONG'),
        note: anyText(75),
      },
      { requiredKeys: ['name', 'iban', 'amountCents'] },
    );
    fc.assert(
      fc.property(anyTransfer, (input) => {
        const result = buildEpcPayload(input);
        if (result.ok) expectStructure(input, result.value);
      }),
      { numRuns: 500 },
    );
  });

  it('a line break in any text field is never accepted', () => {
    const breaks = fc.constantFrom('\n', '\r', '\r\n', '\u2028', '\u0085');
    fc.assert(
      fc.property(breaks, fc.constantFrom('name', 'remittance', 'note'), (lineBreak, field) => {
        expect(buildEpcPayload({ ...base, [field]: `AOK${lineBreak}DE02` }).ok).toBe(false);
      }),
    );
  });
});
