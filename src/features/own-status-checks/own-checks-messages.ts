import { defineMessages } from '../../i18n/feature-messages';

/**
 * The insured person's view of who checked their exemption status (issue 15). Plain language for applicants; the
 * law only behind "Warum?".
 */
export const ownChecksMessages = defineMessages(
  {
    title: 'Wer hat meinen Befreiungsstatus abgefragt?',
    lead: 'Apotheken, Praxen und Fahrdienste können bei uns abfragen, ob Sie von Zuzahlungen befreit sind. Das dürfen sie nur mit Ihrer Einwilligung. Hier sehen Sie jede Abfrage. Sie können einer Einrichtung die Abfrage verbieten.',
    'kvnr.label': 'Ihre Krankenversichertennummer',
    'kvnr.hint':
      'Sie steht auf Ihrer Gesundheitskarte und auf Ihrem Befreiungsausweis. Ein Buchstabe und 9 Ziffern, zum Beispiel A123456780.',
    'cardNumber.label': 'Ausweis-Nr. Ihres Befreiungsausweises',
    'cardNumber.hint': 'Sie steht auf dem Befreiungsausweis, zum Beispiel ZB-2026-000123.',
    privacy: 'Ihre Angaben werden nicht auf diesem Gerät gespeichert. Schließen Sie die Seite, sind sie weg.',
    submit: 'Abfragen anzeigen',
    pending: 'Die Abfragen werden geladen …',
    'error.summary': 'Bitte prüfen Sie Ihre Angaben',
    'error.kvnr.required': 'Geben Sie Ihre Krankenversichertennummer ein.',
    'error.kvnr.format':
      'Die Krankenversichertennummer hat einen Großbuchstaben und 9 Ziffern, zum Beispiel A123456780.',
    'error.kvnr.checkDigit':
      'Diese Krankenversichertennummer gibt es nicht. Wahrscheinlich ist eine Ziffer vertippt. Vergleichen Sie sie mit Ihrer Gesundheitskarte.',
    'error.cardNumber.required': 'Geben Sie die Ausweis-Nr. Ihres Befreiungsausweises ein.',
    'error.cardNumber.format':
      'Die Ausweis-Nr. beginnt mit ZB, dann folgen das Jahr und 6 Ziffern. Zum Beispiel ZB-2026-000123.',
    'notFound.title': 'Keine Abfragen gefunden',
    'notFound.text':
      'Krankenversichertennummer und Ausweis-Nr. passen nicht zusammen. Prüfen Sie beide auf Ihrem Befreiungsausweis.',
    'tooMany.title': 'Zu viele Versuche',
    'tooMany.text': 'Bitte warten Sie einige Minuten. Dann versuchen Sie es noch einmal.',
    'failed.title': 'Die Abfragen konnten nicht geladen werden',
    'failed.text': 'Der Server antwortet nicht. Versuchen Sie es in ein paar Minuten noch einmal.',

    'checks.title': 'Abfragen Ihres Status',
    'checks.none': 'Bisher hat keine Einrichtung Ihren Status abgefragt.',
    'checks.caption': 'Abfragen Ihres Status, die neueste zuerst',
    'checks.at': 'Zeitpunkt',
    'checks.provider': 'Einrichtung',
    'checks.consent': 'Ihre Einwilligung',
    'checks.serviceDate': 'Abgefragt für den',
    'checks.result': 'Ergebnis',
    'checks.time': '{date}, {time} Uhr',
    'checks.providerName': '{name} (IK {ik})',
    'result.befreit': 'befreit',
    'result.nicht-befreit': 'nicht befreit',
    'result.blocked': 'blockiert (Widerspruch)',
    'consent.writtenOnFile': 'Schriftliche Einwilligung liegt vor',
    'consent.givenOrally': 'Mündlich erteilt',
    'consent.cardPresented': 'Gesundheitskarte vorgelegt',
    'consent.byRepresentative': 'Durch eine vertretungsberechtigte Person',

    'providers.title': 'Einrichtungen, die abgefragt haben',
    'providers.text': 'Sie wollen nicht, dass eine Einrichtung Ihren Status abfragt? Dann widersprechen Sie.',
    'object.button': 'Widersprechen',
    'object.context': 'gegen {name}',
    'object.confirm.title': 'Der Abfrage durch {name} widersprechen?',
    'object.confirm.text':
      '{name} bekommt dann bei jeder Abfrage die Antwort „nicht befreit“. Die Einrichtung wird Sie deshalb nach Ihrem Befreiungsausweis fragen. Zeigen Sie ihn dort vor. Sie können den Widerspruch jederzeit zurücknehmen.',
    'object.yes': 'Ja, widersprechen',
    'object.no': 'Abbrechen',
    'object.done': 'Sie haben der Abfrage durch {name} widersprochen.',
    'object.failed': 'Das hat nicht geklappt. Versuchen Sie es noch einmal.',

    'objections.title': 'Ihre Widersprüche',
    'objections.none': 'Sie haben keiner Einrichtung widersprochen.',
    'objections.since': 'seit {date}',
    'withdraw.button': 'Widerspruch zurücknehmen',
    'withdraw.context': 'gegen {name}',
    'withdraw.done': 'Ihr Widerspruch gegen {name} ist zurückgenommen. Die Einrichtung kann wieder abfragen.',

    close: 'Angaben schließen',
    'why.about': 'zum Widerspruch',
    why: 'Wer von Zuzahlungen befreit ist, regelt § 62 SGB V. Ihr Status ist eine Gesundheitsangabe. Eine Einrichtung darf ihn nur mit Ihrer Einwilligung abfragen. Sie können Ihre Einwilligung jederzeit widerrufen (Art. 7 Abs. 3 DSGVO). Ihr Widerspruch gilt für alle künftigen Abfragen dieser Einrichtung.',
  },
  {
    title: 'Who checked my exemption status?',
    lead: 'Pharmacies, practices and patient transport services can check with us whether you are exempt from co-payments. They may only do so with your consent. Here you see every check. You can forbid an organisation to check.',
    'kvnr.label': 'Your health insurance number (Krankenversichertennummer)',
    'kvnr.hint':
      'It is printed on your health card and on your exemption card. One letter and 9 digits, for example A123456780.',
    'cardNumber.label': 'Card number of your exemption card (Ausweis-Nr.)',
    'cardNumber.hint': 'It is printed on the exemption card, for example ZB-2026-000123.',
    privacy: 'Your entries are not stored on this device. When you close the page, they are gone.',
    submit: 'Show checks',
    pending: 'Loading the checks …',
    'error.summary': 'Please check your entries',
    'error.kvnr.required': 'Enter your health insurance number.',
    'error.kvnr.format':
      'The health insurance number has one capital letter and 9 digits, for example A123456780.',
    'error.kvnr.checkDigit':
      'This health insurance number does not exist. Probably a digit was mistyped. Compare it with your health card.',
    'error.cardNumber.required': 'Enter the card number of your exemption card.',
    'error.cardNumber.format':
      'The card number starts with ZB, followed by the year and 6 digits. For example ZB-2026-000123.',
    'notFound.title': 'No checks found',
    'notFound.text':
      'The health insurance number and the card number do not belong together. Check both on your exemption card.',
    'tooMany.title': 'Too many attempts',
    'tooMany.text': 'Please wait a few minutes. Then try again.',
    'failed.title': 'The checks could not be loaded',
    'failed.text': 'The server is not responding. Please try again in a few minutes.',

    'checks.title': 'Checks of your status',
    'checks.none': 'No organisation has checked your status so far.',
    'checks.caption': 'Checks of your status, newest first',
    'checks.at': 'Time',
    'checks.provider': 'Organisation',
    'checks.consent': 'Your consent',
    'checks.serviceDate': 'Checked for',
    'checks.result': 'Result',
    'checks.time': '{date}, {time}',
    'checks.providerName': '{name} (IK {ik})',
    'result.befreit': 'exempt',
    'result.nicht-befreit': 'not exempt',
    'result.blocked': 'blocked (objection)',
    'consent.writtenOnFile': 'Written consent is on file',
    'consent.givenOrally': 'Given orally',
    'consent.cardPresented': 'Health card presented',
    'consent.byRepresentative': 'By a person entitled to represent you',

    'providers.title': 'Organisations that checked',
    'providers.text': 'You do not want an organisation to check your status? Then object.',
    'object.button': 'Object',
    'object.context': 'to {name}',
    'object.confirm.title': 'Object to checks by {name}?',
    'object.confirm.text':
      'From then on {name} gets the answer "not exempt" for every check. The organisation will therefore ask you for your exemption card. Show it there. You can withdraw the objection at any time.',
    'object.yes': 'Yes, object',
    'object.no': 'Cancel',
    'object.done': 'You have objected to checks by {name}.',
    'object.failed': 'That did not work. Please try again.',

    'objections.title': 'Your objections',
    'objections.none': 'You have not objected to any organisation.',
    'objections.since': 'since {date}',
    'withdraw.button': 'Withdraw objection',
    'withdraw.context': 'to {name}',
    'withdraw.done': 'Your objection to {name} is withdrawn. The organisation can check again.',

    close: 'Close your details',
    'why.about': 'about the objection',
    why: 'Who is exempt from co-payments is set out in § 62 SGB V. Your status is health data. An organisation may only check it with your consent. You can withdraw your consent at any time (Art. 7(3) GDPR). Your objection applies to all future checks by that organisation.',
  },
);

export type OwnChecksMessageKey = keyof typeof ownChecksMessages.de;
