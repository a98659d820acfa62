import { defineMessages } from '../../i18n/feature-messages';

export const feedbackFormMessages = defineMessages(
  {
    'name.label': 'Ihr Name (freiwillig)',
    'email.label': 'Ihre E-Mail-Adresse (freiwillig)',
    'email.hint': 'Nur wenn Sie eine Antwort möchten.',
    'page.label': 'Auf welcher Seite ist die Barriere? (freiwillig)',
    'page.hint': 'Zum Beispiel der Name der Seite oder ihre Adresse.',
    'description.label': 'Beschreiben Sie die Barriere',
    'description.hint':
      'Was wollten Sie tun? Was hat nicht geklappt? Bitte schreiben Sie keine Gesundheitsdaten und keine Versichertennummer hinein.',
    submit: 'Meldung senden',
    sending: 'Ihre Meldung wird gesendet …',
    'error.summary': 'Bitte prüfen Sie Ihre Angaben',
    'error.prefix': 'Fehler:',
    'error.description.required':
      'Beschreiben Sie die Barriere, zum Beispiel: „Die Schaltfläche Weiter erreiche ich nicht mit der Tastatur.“',
    'error.description.tooLong': 'Kürzen Sie die Beschreibung auf höchstens {max} Zeichen.',
    'error.email.format':
      'Geben Sie eine E-Mail-Adresse wie name@example.org an, oder lassen Sie das Feld leer.',
    'error.name.tooLong': 'Kürzen Sie den Namen auf höchstens {max} Zeichen.',
    'error.page.tooLong': 'Kürzen Sie die Angabe zur Seite auf höchstens {max} Zeichen.',
    'failed.retryable':
      'Ihre Meldung konnte gerade nicht gesendet werden. Ihr Text ist noch da. Bitte versuchen Sie es noch einmal.',
    'failed.final':
      'Ihre Meldung konnte nicht angenommen werden. Bitte schreiben Sie uns stattdessen eine E-Mail:',
    retry: 'Erneut senden',
    'done.title': 'Vielen Dank für Ihre Meldung',
    'done.reference': 'Ihre Vorgangsnummer:',
    'done.next':
      'Bitte nennen Sie diese Nummer, wenn Sie uns wieder schreiben. Wenn Sie eine E-Mail-Adresse angegeben haben, antworten wir Ihnen innerhalb eines Monats.',
    'done.another': 'Weitere Barriere melden',
  },
  {
    'name.label': 'Your name (optional)',
    'email.label': 'Your e-mail address (optional)',
    'email.hint': 'Only if you would like an answer.',
    'page.label': 'On which page is the barrier? (optional)',
    'page.hint': 'For example the name of the page or its address.',
    'description.label': 'Describe the barrier',
    'description.hint':
      'What did you want to do? What did not work? Please do not write health data or your insurance number here.',
    submit: 'Send report',
    sending: 'Sending your report …',
    'error.summary': 'Please check what you entered',
    'error.prefix': 'Error:',
    'error.description.required':
      'Describe the barrier, for example: “I cannot reach the Continue button with the keyboard.”',
    'error.description.tooLong': 'Shorten the description to at most {max} characters.',
    'error.email.format': 'Enter an e-mail address like name@example.org, or leave the field empty.',
    'error.name.tooLong': 'Shorten the name to at most {max} characters.',
    'error.page.tooLong': 'Shorten the page details to at most {max} characters.',
    'failed.retryable': 'Your report could not be sent just now. Your text is still here. Please try again.',
    'failed.final': 'Your report could not be accepted. Please write us an e-mail instead:',
    retry: 'Send again',
    'done.title': 'Thank you for your report',
    'done.reference': 'Your reference number:',
    'done.next':
      'Please quote this number if you write to us again. If you gave an e-mail address, we will answer within a month.',
    'done.another': 'Report another barrier',
  },
);

export type FeedbackMessageKey = keyof typeof feedbackFormMessages.de;
