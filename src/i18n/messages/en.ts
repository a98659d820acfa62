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
  'app.footer.note': 'An open-source service under § 62 SGB V. No advertising, no tracking.',
  'app.loading': 'Loading …',

  'start.title': 'Apply for exemption from co-payments',
  'start.lead':
    'People with statutory health insurance pay co-payments of at most 2 percent of their gross annual household income – 1 percent if seriously chronically ill. With this service you calculate your limit (Belastungsgrenze), collect your receipts and apply for exemption or a refund.',
  'start.who.title': 'Who can apply',
  'start.who.p1':
    'Members of the health insurer – for themselves and the relatives who live in the same household: spouse or registered partner, children and other family-insured dependants.',
  'start.who.p2':
    'You can also act for someone else if you hold a power of attorney or are their legal guardian.',
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
    'About 20 to 30 minutes. You do not have to do everything at once: you can add receipts bit by bit over weeks.',
  'start.privacy.title': 'Where your data stays',
  'start.privacy.p1':
    'Your answers stay on this device until you submit the application. Only then are they sent, encrypted, to the health insurer.',
  'start.privacy.p2':
    'If you wish, your draft is stored encrypted on this device so you can continue later. You can delete it at any time. No data is passed to third parties.',
  'start.calculate.title': 'Is it worth applying?',
  'start.calculate.p':
    'First calculate your limit. You will see how it is made up and from which amount you are exempt.',
  'start.calculate.button': 'Calculate the limit',
  'start.years': 'Calculation available for the years {from} to {to}.',
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

  'demo.title': 'Demo control',
  'demo.lead': 'Make the built-in example server fail or answer slowly – to see that nothing gets lost.',
  'demo.route': 'Which requests',
  'demo.route.all': 'all',
  'demo.count': 'Number of next requests that fail',
  'demo.error': 'Kind of failure',
  'demo.error.network': 'Network error',
  'demo.error.503': 'Service unavailable (503)',
  'demo.error.500': 'Server error (500)',
  'demo.latency': 'Extra response time in milliseconds',
  'demo.apply': 'Apply',
  'demo.reset': 'Reset',
  'demo.state': 'Current state',
  'demo.state.none': 'No failures planned.',
  'demo.state.failures': '{count} × {error} for {route}',
  'demo.state.latency': 'Response time: +{ms} ms',
  'demo.saved': 'Saved.',

  'estimate.title': 'Calculate your limit',
  'estimate.lead':
    "A quick estimate from a few answers. The application computes it exactly, from each household member's income. Your answers do not leave this device.",
  'estimate.year': 'For which year?',
  'estimate.provisional': 'provisional figures',
  'estimate.welfare': 'Does your household receive one of these benefits?',
  'estimate.welfare.hint':
    "Then a fixed amount counts as the whole household's income, and your own income does not matter.",
  'estimate.spouse': 'Do you live with your spouse or registered partner?',
  'estimate.spouse.hint': 'Also when they live permanently in a care home.',
  'estimate.children': 'How many children live in your household?',
  'estimate.children.hint':
    'Count children up to the year they turn 18, and older children who are family-insured.',
  'estimate.others': 'How many other family-insured relatives live in your household?',
  'estimate.others.hint': 'Usually 0. Children and spouses or partners do not count here.',
  'estimate.income': "The whole household's gross annual income, in euros",
  'estimate.income.hint':
    'All income meant for living, before deductions, for example wages, pensions, sick pay. Not: child benefit, housing benefit, care allowance. For example 24,000 or 24,000.00',
  'estimate.income.welfareHint': 'With these benefits you may leave this field empty.',
  'estimate.chronic': 'Is anyone in your household seriously chronically ill?',
  'estimate.chronic.hint':
    'For example with care level 3 to 5 or a degree of disability of at least 60 and continuous medical treatment. Then 1 percent applies to the whole household.',
  'estimate.yes': 'Yes',
  'estimate.no': 'No',
  'estimate.submit': 'Calculate the limit',
  'estimate.error.summary': 'Please check your answers',
  'estimate.error.prefix': 'Error:',
  'estimate.error.choose': 'Choose an answer.',
  'estimate.error.year': 'Choose a year from the list.',
  'estimate.error.count': 'Enter the number as a whole number, for example 0 or 2.',
  'estimate.error.income.required': "Enter the household's gross annual income, for example 24,000.",
  'estimate.error.income.format': 'Enter the amount in euros, for example 24,000 or 24,000.50.',
  'estimate.error.income.decimals': 'Enter at most two decimal places, for example 24,000.50.',
  'estimate.result.title': 'Your limit for {year}',
  'estimate.result.caption': 'How the limit is calculated',
  'estimate.result.gross': 'Gross household income',
  'estimate.result.grossFlat': 'Fixed amount with welfare benefits: 12 × standard rate',
  'estimate.result.assessable': 'Assessable income',
  'estimate.result.limit': 'Limit (Belastungsgrenze)',
  'estimate.result.meaning':
    'If you paid more than {limit} in co-payments in the year, the health insurer refunds the rest and you are exempt for the rest of the year.',
  'estimate.result.sources': 'Figures of law used',
  'estimate.member.spouse': 'Spouse or partner',
  'estimate.member.child': 'Child {n}',
  'estimate.member.other': 'Relative {n}',
  'estimate.deduction.first': 'allowance for the first dependant',
  'estimate.deduction.further': 'allowance for a further dependant',
  'estimate.deduction.child': 'child allowance',
};
