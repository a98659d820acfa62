import type { AdvancePaymentStatus } from '../../../api/contracts/advance-payment';
import type { ServiceInfo } from '../../../api/contracts/service-info';

/** The demo insurer's bank data as the service info serves it (clearly fake: the standard's example IBAN). */
export const demoBank: ServiceInfo['advancePayment'] = {
  accountHolder: 'AOK PLUS (Demo)',
  iban: 'DE89370400440532013000',
  bic: 'COBADEFFXXX',
  creditorId: 'DE98ZZZ09999999999',
  referenceStyle: 'structured',
};

export const structuredPayment: AdvancePaymentStatus = {
  state: 'erwartet',
  year: 2027,
  method: 'transfer',
  option: 'full',
  amountCents: 14169,
  paymentReference: { style: 'structured', reference: 'RF51ZB2027000123Y2027' },
};

export const textPayment: AdvancePaymentStatus = {
  ...structuredPayment,
  option: 'rest',
  amountCents: 123456,
  paymentReference: { style: 'text', remittance: 'Vorauszahlung Zuzahlungen 2027 ZB-2027-000123' },
};
