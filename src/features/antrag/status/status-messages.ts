import { defineMessages } from '../../../i18n/feature-messages';

/** The processing status: the page of the open draft (/antrag/status) and the public lookup (/status). */
export const statusMessages = defineMessages(
  {
    'status.title': 'Bearbeitungsstand',
    'status.reference': 'Vorgangsnummer {reference}',
    'status.referenceLabel': 'Vorgangsnummer',
    'status.applicationIdLabel': 'Antragsnummer',
    'status.sentLabel': 'Gesendet am',
    'status.loading': 'Der Bearbeitungsstand wird abgerufen …',
    'status.failed': 'Der Bearbeitungsstand konnte nicht abgerufen werden.',
    'status.retry': 'Erneut abrufen',
    'status.steps': 'Schritte der Bearbeitung',
    'status.step.eingegangen': 'Eingegangen',
    'status.step.in-bearbeitung': 'In Bearbeitung',
    'status.step.entschieden': 'Entschieden',
    'status.current': '(aktueller Stand)',
    'status.done': '(erledigt)',
    'status.open': '(noch offen)',
    'status.on': 'am {date}',
    'status.decision.befreit': 'Sie sind von Zuzahlungen befreit.',
    'status.decision.abgelehnt':
      'Der Antrag wurde abgelehnt. Den Bescheid mit der Begründung erhalten Sie per Post.',
    'status.noReceipt': 'Sie haben noch keinen Antrag gesendet.',
    'status.back': 'Zurück zu „Ihr Antrag“',
    'status.noCode':
      'Auf diesem Gerät ist kein Abrufcode zu Ihrem Antrag gespeichert. Mit dem Abrufcode von Ihrer Bestätigung können Sie den Bearbeitungsstand abfragen.',
    'status.lookupLink': 'Bearbeitungsstand mit Abrufcode abfragen',
    'lookup.title': 'Bearbeitungsstand abfragen',
    'lookup.lead':
      'Geben Sie Ihre Vorgangsnummer und Ihren Abrufcode ein. Beides steht auf der Bestätigung, die Sie nach dem Senden bekommen haben. Das geht auf jedem Gerät.',
    'lookup.reference.label': 'Vorgangsnummer',
    'lookup.reference.hint': 'Auch Aktenzeichen genannt, zum Beispiel ZB-2026-000123',
    'lookup.code.label': 'Abrufcode',
    'lookup.code.hint':
      '28 Buchstaben und Ziffern in Gruppen zu je vier, zum Beispiel 7K3Q-M2ZD-… Groß- und Kleinschreibung, Leerzeichen und Bindestriche sind egal.',
    'lookup.submit': 'Bearbeitungsstand abfragen',
    'lookup.error.summary': 'Bitte prüfen Sie Ihre Angaben',
    'lookup.error.prefix': 'Fehler:',
    'lookup.error.reference.required': 'Geben Sie die Vorgangsnummer ein.',
    'lookup.error.reference.format':
      'Geben Sie die Vorgangsnummer so ein, wie sie auf der Bestätigung steht, zum Beispiel ZB-2026-000123.',
    'lookup.error.code.required': 'Geben Sie den Abrufcode ein.',
    'lookup.error.code.format':
      'Der Abrufcode hat 28 Buchstaben und Ziffern. Prüfen Sie, ob Sie alle Zeichen abgeschrieben haben.',
    'lookup.notFound.title': 'Kein Antrag gefunden',
    'lookup.notFound.text':
      'Vorgangsnummer und Abrufcode passen nicht zusammen. Prüfen Sie beide Angaben und versuchen Sie es noch einmal.',
    'lookup.tooMany.title': 'Zu viele Versuche',
    'lookup.tooMany.text': 'Bitte warten Sie eine Weile und versuchen Sie es dann noch einmal.',
    'lookup.failed.text': 'Bitte versuchen Sie es in ein paar Minuten noch einmal.',
    'lookup.lost':
      'Sie haben den Abrufcode nicht mehr? Rufen Sie Ihre Krankenkasse an. Sie hilft Ihnen weiter.',
    'lookup.another': 'Einen anderen Antrag abfragen',
  },
  {
    'status.title': 'Processing status',
    'status.reference': 'Reference number {reference}',
    'status.referenceLabel': 'Reference number',
    'status.applicationIdLabel': 'Application number',
    'status.sentLabel': 'Sent on',
    'status.loading': 'Fetching the processing status …',
    'status.failed': 'The processing status could not be fetched.',
    'status.retry': 'Fetch again',
    'status.steps': 'Steps of processing',
    'status.step.eingegangen': 'Received',
    'status.step.in-bearbeitung': 'Being processed',
    'status.step.entschieden': 'Decided',
    'status.current': '(current status)',
    'status.done': '(done)',
    'status.open': '(not yet)',
    'status.on': 'on {date}',
    'status.decision.befreit': 'You are exempted from co-payments.',
    'status.decision.abgelehnt':
      'The application was refused. You will receive the decision with its reasons by post.',
    'status.noReceipt': 'You have not sent an application yet.',
    'status.back': 'Back to “Your application”',
    'status.noCode':
      'No Abrufcode (retrieval code) for your application is stored on this device. With the Abrufcode from your confirmation you can look up the processing status.',
    'status.lookupLink': 'Look up the processing status with the Abrufcode',
    'lookup.title': 'Look up the processing status',
    'lookup.lead':
      'Enter your reference number and your Abrufcode (retrieval code). Both are on the confirmation you got after sending. This works on any device.',
    'lookup.reference.label': 'Reference number',
    'lookup.reference.hint': 'Also called Aktenzeichen, for example ZB-2026-000123',
    'lookup.code.label': 'Abrufcode (retrieval code)',
    'lookup.code.hint':
      '28 letters and digits in groups of four, for example 7K3Q-M2ZD-… Upper or lower case, spaces and dashes do not matter.',
    'lookup.submit': 'Look up the processing status',
    'lookup.error.summary': 'Please check what you entered',
    'lookup.error.prefix': 'Error:',
    'lookup.error.reference.required': 'Enter the reference number.',
    'lookup.error.reference.format':
      'Enter the reference number as it is on the confirmation, for example ZB-2026-000123.',
    'lookup.error.code.required': 'Enter the Abrufcode.',
    'lookup.error.code.format':
      'The Abrufcode has 28 letters and digits. Check that you copied every character.',
    'lookup.notFound.title': 'No application found',
    'lookup.notFound.text':
      'The reference number and the Abrufcode do not fit together. Check both and try again.',
    'lookup.tooMany.title': 'Too many attempts',
    'lookup.tooMany.text': 'Please wait a while and then try again.',
    'lookup.failed.text': 'Please try again in a few minutes.',
    'lookup.lost': 'You no longer have the Abrufcode? Call your health insurer. They will help you.',
    'lookup.another': 'Look up another application',
  },
);

export type StatusMessageKey = keyof typeof statusMessages.de;
