import { defineMessages } from '../../../i18n/feature-messages';

export const checkMessages = defineMessages(
  {
    title: 'Angaben prüfen',
    notReady: 'Noch sind nicht alle Abschnitte vollständig. Absenden können Sie, wenn nichts mehr fehlt.',
    'ready.title': 'Alle Abschnitte sind vollständig',
    'ready.text': 'Als Nächstes erfassen Sie Ihre Zuzahlungen und senden den Antrag ab.',
    complete: 'Vollständig.',
    view: 'Angaben zu „{section}“ ansehen',
    missing: 'Das fehlt noch',
    back: 'Zurück zu „Ihr Antrag“',
  },
  {
    title: 'Check your answers',
    notReady: 'Not all sections are complete yet. You can send once nothing is missing.',
    'ready.title': 'All sections are complete',
    'ready.text': 'Next you enter your co-payments and send the application.',
    complete: 'Complete.',
    view: 'View the answers for “{section}”',
    missing: 'Still missing',
    back: 'Back to “Your application”',
  },
);
