import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildEpcPayload } from '../epc/epc-payload';
import { validateCreditorReference } from '../identifiers/creditor-reference';
import { paymentReference, printedPaymentReference } from './payment-reference';

const references = fc
  .record({ year: fc.integer({ min: 2000, max: 2999 }), sequence: fc.integer({ min: 0, max: 999_999 }) })
  .map(({ year, sequence }) => ({ year, reference: `ZB-${year}-${String(sequence).padStart(6, '0')}` }));

describe('paymentReference', () => {
  it('builds a valid RF reference of at most 25 characters that keeps the year and the reference', () => {
    fc.assert(
      fc.property(references, ({ year, reference }) => {
        const built = paymentReference(reference, year, 'structured');
        if (built.style !== 'structured') throw new Error('expected a structured reference');
        expect(built.reference.length).toBeLessThanOrEqual(25);
        expect(validateCreditorReference(built.reference)).toEqual({ ok: true, value: built.reference });
        expect(built.reference).toContain(reference.replace(/-/g, '').slice(0, 12));
        expect(built.reference.endsWith(`Y${year}`)).toBe(true);
        expect(built).not.toHaveProperty('remittance');
      }),
    );
  });

  it('builds a remittance text of at most 140 characters that names the year and the reference', () => {
    fc.assert(
      fc.property(references, ({ year, reference }) => {
        const built = paymentReference(reference, year, 'text');
        if (built.style !== 'text') throw new Error('expected a text');
        expect(built.remittance.length).toBeLessThanOrEqual(140);
        expect(built.remittance).toContain(String(year));
        expect(built.remittance).toContain(reference);
        expect(built).not.toHaveProperty('reference');
      }),
    );
  });

  it('fits the EPC payload in either style, with exactly one of the two reference fields set', () => {
    fc.assert(
      fc.property(
        references,
        fc.constantFrom('structured' as const, 'text' as const),
        ({ year, reference }, style) => {
          const built = paymentReference(reference, year, style);
          const payload = buildEpcPayload({
            name: 'AOK PLUS (Demo)',
            iban: 'DE89370400440532013000',
            bic: 'COBADEFFXXX',
            amountCents: 123_456,
            ...(built.style === 'structured'
              ? { reference: built.reference }
              : { remittance: built.remittance }),
          });
          if (!payload.ok) throw new Error(payload.problem.code);
          const lines = payload.value.split('\n');
          // Field 10 is the structured reference, field 11 the text (EPC069-12); never both.
          expect([lines[9] ?? '', lines[10] ?? ''].filter((field) => field !== '')).toHaveLength(1);
        },
      ),
    );
  });

  it('prints RF references in groups of four', () => {
    expect(printedPaymentReference(paymentReference('ZB-2027-000123', 2027, 'structured'))).toBe(
      'RF51 ZB20 2700 0123 Y202 7',
    );
  });

  it('refuses what is not an application reference', () => {
    expect(() => paymentReference('ZB-27-1', 2027, 'text')).toThrow(RangeError);
  });
});
