import type { ServiceInfo } from '../../src/api/contracts/service-info';

// Demo values, marked as such in the UI: modelled on AOK PLUS's published postal route, not its real contacts.
export const demoServiceInfo: ServiceInfo = {
  insurerName: 'AOK PLUS (Demo)',
  demo: true,
  phone: '0800 000 00 00',
  phoneHours: { de: 'Montag bis Freitag, 8 bis 18 Uhr', en: 'Monday to Friday, 8 am to 6 pm' },
  email: 'zuzahlung@example.org',
  postalAddress: ['AOK PLUS', 'Zuzahlungsbefreiung', '01058 Dresden'],
  // The same fake values as the server's demo configuration (src/server/config/server-config.ts): the standard's
  // example IBAN and the Bundesbank's test creditor identifier, nobody's account.
  advancePayment: {
    accountHolder: 'AOK PLUS (Demo)',
    iban: 'DE89370400440532013000',
    bic: 'COBADEFFXXX',
    creditorId: 'DE98ZZZ09999999999',
    referenceStyle: 'text',
  },
};
