import { describe, expect, it } from 'vitest';
import { plainAmount, plainPaymentReference, transferPayload } from './transfer-data';
import { structuredTransfer, textTransfer } from './transfer-data.test-support';

describe('the GiroCode payload of the demo bank data (EPC069-12 version 002)', () => {
  it('with an RF reference: field 10 set, field 11 left out', () => {
    const payload = transferPayload(structuredTransfer);
    expect(payload.ok && payload.value.split('\n')).toEqual([
      'BCD', // service tag
      '002', // version
      '1', // character set: UTF-8
      'SCT', // identification: SEPA credit transfer
      'COBADEFFXXX', // BIC of the beneficiary bank
      'AOK PLUS (Demo)', // name of the beneficiary
      'DE89370400440532013000', // IBAN of the beneficiary
      'EUR141.69', // amount
      '', // purpose: none
      'RF51ZB2027000123Y2027', // structured creditor reference (ISO 11649)
    ]);
  });

  it('with a remittance text: field 10 empty, field 11 set', () => {
    const payload = transferPayload(textTransfer);
    expect(payload.ok && payload.value.split('\n')).toEqual([
      'BCD',
      '002',
      '1',
      'SCT',
      'COBADEFFXXX',
      'AOK PLUS (Demo)',
      'DE89370400440532013000',
      'EUR1234.56',
      '',
      '',
      'Vorauszahlung Zuzahlungen 2027 ZB-2027-000123',
    ]);
  });

  it('copies values as a banking app takes them', () => {
    expect(plainAmount(123456, 'de')).toBe('1234,56');
    expect(plainAmount(5, 'en')).toBe('0.05');
    expect(plainPaymentReference(structuredTransfer.paymentReference)).toBe('RF51ZB2027000123Y2027');
  });
});
