import type { Messages } from './de';

export const messages: Messages = {
  'language.switch.label': 'Language',
  'app.name': 'Co-payment exemption online',
  'app.skipToContent': 'Skip to content',
  'app.demoBanner':
    'Demo version: there is no connection to a real health insurer. All contacts are examples.',
  'app.demoControl': 'Demo control',
  'app.footer.contact': 'Contact and help',
  'app.footer.home': 'Start page',
  'app.footer.providers': 'For pharmacies and practices',
  'app.footer.impressum': 'Legal notice',
  'app.footer.privacy': 'Privacy',
  'app.footer.accessibility': 'Accessibility statement',
  'app.footer.easyLanguage': 'Leichte Sprache (easy German)',
  'app.footer.signLanguage': 'Sign language',
  'app.footer.note': 'An open-source service under § 62 SGB V. No advertising, no tracking.',
  'app.loading': 'Loading …',

  'start.title': 'Apply for exemption from co-payments',
  'start.lead':
    'Are you insured with a statutory health insurer? Then you pay at most 2 percent of your household income in co-payments a year. If you are seriously chronically ill, it is 1 percent. With this service you calculate this limit (Belastungsgrenze). You collect your receipts. And you apply for exemption or a refund.',
  'start.what.title': 'What this service does',
  'start.what.p':
    'You enter your household, your income and your co-payments. The service shows you your limit step by step. It fills in the application for you. Then it sends it with your proofs to the health insurer.',
  'start.begin.title': 'Apply',
  'start.begin.legend': 'Where should your answers be kept while you fill in the application?',
  'start.begin.hint': 'Your answers include health data. You decide whether they may stay on this device.',
  'start.begin.device': 'Keep them encrypted on this device',
  'start.begin.deviceHint':
    'You can continue later, even after days. The draft is deleted 90 days after the last change. You can delete it yourself at any time. You can also protect it with a password.',
  'start.begin.visit': 'For this visit only',
  'start.begin.visitHint':
    'Nothing is kept on the device. If you close or reload the page, your answers are gone.',
  'start.begin.error': 'Select where your answers should be kept.',
  'start.begin.errorTitle': 'Please correct the following',
  'start.begin.button': 'Start now',
  'start.begin.resume': 'You have a draft on this device.',
  'start.begin.resumeLink': 'Continue your application',
  'start.who.title': 'Who can apply',
  'start.who.p1':
    'Members of the health insurer. They apply for themselves and for the dependants in their household. These are spouses or registered partners, children and other family-insured people.',
  'start.who.p2':
    'You can also act for another person. For this you need a power of attorney. Or you are their legal guardian.',
  'start.need.title': 'What to have at hand',
  'start.need.card': 'the health insurance card (it shows the insurance number)',
  'start.need.income':
    "proof of every household member's income in the year, for example a pension notice or a payslip",
  'start.need.receipts': 'your co-payment receipts, as photos or PDFs',
  'start.need.chronic': "if chronically ill, your doctor's certificate (Muster 55)",
  'start.need.welfare':
    'if you receive Bürgergeld, social assistance or basic income support: the current notice',
  'start.need.iban': 'your IBAN, in case money is refunded',
  'start.time.title': 'How long it takes',
  'start.time.p':
    'About 20 to 30 minutes. You do not have to do everything at once. You can add receipts bit by bit over weeks.',
  'start.privacy.title': 'Where your data stays',
  'start.privacy.p1':
    'Your answers stay on this device until you submit the application. Only then are they sent, encrypted, to the health insurer.',
  'start.privacy.p2':
    'You can keep your draft encrypted on this device. Then you can continue later. You can delete it at any time. We pass no data to third parties.',
  'start.calculate.title': 'Is it worth applying?',
  'start.calculate.p':
    'Calculate your limit first. You see how it is made up. And you see from which amount you are exempt.',
  'start.calculate.button': 'Calculate the limit',
  'start.years': 'Calculation available for the years {from} to {to}.',
  'start.status.title': 'Already sent?',
  'start.status.p':
    'With the reference number and the Abrufcode you can see how far your application has got.',
  'start.status.link': 'Look up the processing status',
  'start.help.title': 'Help',
  'start.help.p': 'Your health insurer answers questions about the application.',
  'start.help.link': 'Contact and help',

  'notFound.title': 'Page not found',
  'notFound.p': 'This address is not (or no longer) valid. Check the spelling or go to the start page.',
  'notFound.home': 'Go to the start page',

  'error.title': 'Something went wrong',
  'error.p': 'Your answers on this device are not lost. Reload the page and try again.',
  'error.reload': 'Reload the page',

  'contact.title': 'Contact and help',
  'contact.lead': 'How to reach your health insurer with questions about the exemption from co-payments.',
  'contact.phone': 'Phone',
  'contact.hours': 'Opening hours',
  'contact.email': 'Email',
  'contact.post': 'Post',
  'contact.demoNote': 'These are example details of a demo. Please do not use them.',
  'contact.loadFailed': 'The contact details could not be loaded.',
  'contact.retry': 'Try again',
};
