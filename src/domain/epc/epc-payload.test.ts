import { describe, expect, it } from 'vitest';

import { creditorReferenceCheckDigits } from '../identifiers/creditor-reference';
import type { EpcTransfer } from './epc-payload';
import { EPC_MAX_BYTES, buildEpcPayload } from './epc-payload';

const IBAN = 'DE89370400440532013000';
const base: EpcTransfer = { name: 'AOK Musterland', iban: IBAN, amountCents: 13512 };
const REMITTANCE = 'Vorauszahlung Zuzahlungsbefreiung 2027 A123456780';
const REFERENCE = 'RF18539007547034';

const codeOf = (input: Partial<EpcTransfer>) => {
  const result = buildEpcPayload({ ...base, ...input });
  return result.ok ? 'ok' : result.problem.code;
};

const bytes = (text: string) => new TextEncoder().encode(text).length;

describe('buildEpcPayload', () => {
  it('builds the exact payload of a typical advance payment', () => {
    expect(buildEpcPayload({ ...base, remittance: REMITTANCE })).toEqual({
      ok: true,
      value: ['BCD', '002', '1', 'SCT', '', 'AOK Musterland', IBAN, 'EUR135.12', '', '', REMITTANCE].join(
        '\n',
      ),
    });
  });

  it('fills every field in the order of EPC069-12', () => {
    const result = buildEpcPayload({
      ...base,
      iban: 'de89 3704 0044 0532 0130 00',
      bic: 'aokb de 21',
      amountCents: 13510,
      purpose: 'MDCS',
      reference: 'rf18 5390 0754 7034',
      note: 'Danke',
    });
    const lines = ['BCD', '002', '1', 'SCT', 'AOKBDE21', 'AOK Musterland', IBAN, 'EUR135.10', 'MDCS'];
    expect(result).toEqual({ ok: true, value: [...lines, REFERENCE, '', 'Danke'].join('\n') });
  });

  it('leaves out trailing empty fields', () => {
    expect(buildEpcPayload(base)).toEqual({
      ok: true,
      value: ['BCD', '002', '1', 'SCT', '', 'AOK Musterland', IBAN, 'EUR135.12'].join('\n'),
    });
  });

  it.each<[string, Partial<EpcTransfer>, Partial<EpcTransfer>, string]>([
    ['name', { name: 'N'.repeat(70) }, { name: 'N'.repeat(71) }, 'epc.name.tooLong'],
    [
      'remittance',
      { remittance: 'r'.repeat(140) },
      { remittance: 'r'.repeat(141) },
      'epc.remittance.tooLong',
    ],
    ['note', { note: 'n'.repeat(70) }, { note: 'n'.repeat(71) }, 'epc.note.tooLong'],
    ['purpose', { purpose: 'MDCS' }, { purpose: 'MDCSX' }, 'epc.purpose.invalid'],
    ['amount minimum', { amountCents: 1 }, { amountCents: 0 }, 'epc.amount.tooSmall'],
    [
      'amount maximum',
      { amountCents: 99_999_999_999 },
      { amountCents: 100_000_000_000 },
      'epc.amount.tooLarge',
    ],
    [
      'reference (ISO 11649: 25 characters)',
      { reference: `RF${creditorReferenceCheckDigits('7'.repeat(21))}${'7'.repeat(21)}` },
      { reference: `RF${creditorReferenceCheckDigits('7'.repeat(21))}${'7'.repeat(22)}` },
      'epc.reference.tooLong',
    ],
  ])('%s: accepts the limit, rejects beyond it', (_field, atLimit, beyond, code) => {
    expect(codeOf(atLimit)).toBe('ok');
    expect(codeOf(beyond)).toBe(code);
  });

  it('accepts exactly 331 bytes and rejects more', () => {
    // 3+3+1+3+0+140 (70 × ä)+22+9+0+0+140 = 321 bytes plus 10 line feeds.
    const atLimit = { name: 'ä'.repeat(70), remittance: 'r'.repeat(140) };
    const result = buildEpcPayload({ ...base, ...atLimit });
    expect(result.ok && bytes(result.value)).toBe(EPC_MAX_BYTES);
    expect(codeOf({ ...atLimit, note: 'x' })).toBe('epc.payload.tooLarge');
  });

  it.each<[string, Partial<EpcTransfer>, string]>([
    ['name', { name: `AOK\n${'DE02120300000000202051'}` }, 'epc.name.invalidCharacters'],
    ['name (CR)', { name: 'AOK\rX' }, 'epc.name.invalidCharacters'],
    ['remittance', { remittance: 'Vorauszahlung\nEUR999.99' }, 'epc.remittance.invalidCharacters'],
    ['note', { note: 'Danke\u2028X' }, 'epc.note.invalidCharacters'],
  ])('rejects a line break injected into the %s', (_field, input, code) => {
    expect(codeOf(input)).toBe(code);
  });

  it.each<[string, Partial<EpcTransfer>, string]>([
    ['an empty name', { name: '   ' }, 'epc.name.empty'],
    [
      'both reference and remittance',
      { reference: REFERENCE, remittance: REMITTANCE },
      'epc.referenceAndRemittance',
    ],
    ['a wrong IBAN', { iban: 'DE89370400440532013001' }, 'epc.iban.checksum'],
    ['a short IBAN', { iban: 'DE8937040044053201300' }, 'epc.iban.length'],
    ['a missing IBAN', { iban: '' }, 'epc.iban.empty'],
    ['a wrong BIC', { bic: 'AOK1DE21' }, 'epc.bic.format'],
    ['a wrong reference', { reference: 'RF19539007547034' }, 'epc.reference.checksum'],
    ['a reference without RF', { reference: '539007547034' }, 'epc.reference.format'],
    ['a lower-case purpose code', { purpose: 'mdcs' }, 'epc.purpose.invalid'],
    ['a fractional amount', { amountCents: 12.5 }, 'epc.amount.notCents'],
  ])('rejects %s', (_label, input, code) => {
    expect(codeOf(input)).toBe(code);
  });

  it('treats blank optional fields as absent', () => {
    expect(
      buildEpcPayload({ ...base, bic: ' ', purpose: '', reference: ' ', remittance: '', note: ' ' }),
    ).toEqual(buildEpcPayload(base));
  });
});
