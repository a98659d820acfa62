import { defineMessages } from '../../i18n/feature-messages';

/** Texts every legal page shares: the demo warning and the labels of contact details. */
export const legalMessages = defineMessages(
  {
    'demo.notice':
      'Demo: Dies ist kein Angebot der echten AOK PLUS. Alle Namen, Anschriften, E-Mail-Adressen und Telefonnummern auf dieser Seite sind Beispiele.',
    // Not "(Demo)": the production build must not carry the mock's insurer name (production-build.e2e.test.ts).
    'insurer.name': 'AOK PLUS (Demo-Angabe)',
    'contact.phone': 'Telefon',
    'contact.fax': 'Fax',
    'contact.sms': 'SMS',
    'contact.email': 'E-Mail',
    'contact.post': 'Post',
  },
  {
    'demo.notice':
      'Demo: this is not a service of the real AOK PLUS. All names, addresses, e-mail addresses and phone numbers on this page are examples.',
    'insurer.name': 'AOK PLUS (demo data)',
    'contact.phone': 'Phone',
    'contact.fax': 'Fax',
    'contact.sms': 'Text message (SMS)',
    'contact.email': 'E-mail',
    'contact.post': 'Post',
  },
);
