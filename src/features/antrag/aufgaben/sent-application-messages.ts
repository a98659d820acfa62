import { defineMessages } from '../../../i18n/feature-messages';

// What the task list says about a sent application.
export const sentApplicationMessages = defineMessages(
  {
    'sent.title': 'Ihr Antrag ist gesendet',
    'sent.text':
      'Die Krankenkasse hat Ihren Antrag erhalten. Gesendete Angaben können Sie nicht mehr ändern.',
    'sent.status': 'Bearbeitungsstand ansehen',
    'sent.confirmation': 'Bestätigung und gesendete Unterlagen',
  },
  {
    'sent.title': 'Your application has been sent',
    'sent.text':
      'The health insurer has received your application. Answers that were sent can no longer be changed.',
    'sent.status': 'See the processing status',
    'sent.confirmation': 'Confirmation and the documents sent',
  },
);
