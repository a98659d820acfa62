import { defineMessages } from '../../i18n/feature-messages';

/** The demo mailbox (demo only, issue 15): the letters the insurer would post to a provider. */
export const demoMailboxMessages = defineMessages(
  {
    title: 'Demo-Briefkasten für Apotheken und Praxen',
    lead: 'In der Demo verschicken wir keine Briefe. Hier sehen Sie, was wir an eine Apotheke oder Praxis schicken würden. Im echten Betrieb geht der Brief per Post.',
    'ik.label': 'Institutionskennzeichen (IK)',
    'ik.hint': '9 Ziffern, zum Beispiel 101575519.',
    submit: 'Briefe anzeigen',
    pending: 'Die Briefe werden geladen …',
    'error.summary': 'Bitte prüfen Sie Ihre Angaben',
    'error.ik.required': 'Geben Sie das Institutionskennzeichen (IK) ein.',
    'error.ik.format': 'Das Institutionskennzeichen (IK) hat genau 9 Ziffern, zum Beispiel 101575519.',
    'error.ik.checkDigit':
      'Dieses Institutionskennzeichen (IK) gibt es nicht. Wahrscheinlich ist eine Ziffer vertippt. Bitte prüfen Sie es.',
    'letters.title': 'Briefe an IK {ik}',
    'letters.none':
      'Für dieses IK gibt es keine Briefe. Briefe gehen nur an Einrichtungen, die bei uns hinterlegt sind.',
    'letter.label': 'Demo: So sähe der Brief aus',
    'letter.created': 'Erstellt am {date}',
    'letter.to': 'Empfänger',
    'letter.subject': 'Betreff',
    'letter.body': 'Text des Briefs',
    'failed.title': 'Die Briefe konnten nicht geladen werden',
    'failed.text': 'Der Server antwortet nicht. Versuchen Sie es noch einmal.',
    'login.link': 'Zur Anmeldung für Apotheken und Praxen',
    'notDemo.title': 'Diese Seite gibt es hier nicht',
    'notDemo.text': 'Den Briefkasten gibt es nur in der Demo. Im echten Betrieb kommen die Briefe per Post.',
    checking: 'Wird geladen …',
  },
  {
    title: 'Demo mailbox for pharmacies and practices',
    lead: 'In the demo we send no letters. Here you see what we would send to a pharmacy or practice. In real operation the letter goes by post.',
    'ik.label': 'Institution code (IK)',
    'ik.hint': '9 digits, for example 101575519.',
    submit: 'Show letters',
    pending: 'Loading the letters …',
    'error.summary': 'Please check your entries',
    'error.ik.required': 'Enter the institution code (IK).',
    'error.ik.format': 'The institution code (IK) has exactly 9 digits, for example 101575519.',
    'error.ik.checkDigit':
      'This institution code (IK) does not exist. Probably a digit was mistyped. Please check it.',
    'letters.title': 'Letters to IK {ik}',
    'letters.none': 'There are no letters for this IK. Letters only go to organisations we hold on file.',
    'letter.label': 'Demo: this is what the letter would look like',
    'letter.created': 'Made on {date}',
    'letter.to': 'Recipient',
    'letter.subject': 'Subject',
    'letter.body': 'Text of the letter',
    'failed.title': 'The letters could not be loaded',
    'failed.text': 'The server is not responding. Please try again.',
    'login.link': 'Go to the sign-in for pharmacies and practices',
    'notDemo.title': 'This page does not exist here',
    'notDemo.text': 'The mailbox exists in the demo only. In real operation the letters come by post.',
    checking: 'Loading …',
  },
);

export type DemoMailboxMessageKey = keyof typeof demoMailboxMessages.de;
