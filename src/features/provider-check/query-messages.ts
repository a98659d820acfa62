import { defineMessages } from '../../i18n/feature-messages';

/** The counter form, its answer and the provider's own history (issue 15): one form, one answer, nothing more. */
export const queryMessages = defineMessages(
  {
    'query.title': 'Zuzahlungsstatus abfragen',
    'query.lead':
      'Geben Sie die Angaben von der Gesundheitskarte ein. Sie erfahren, ob die Person am Tag der Leistung von Zuzahlungen befreit ist.',
    'query.kvnr.label': 'Krankenversichertennummer',
    'query.kvnr.hint': 'Ein Buchstabe und 9 Ziffern, wie auf der Gesundheitskarte. Zum Beispiel A123456780.',
    'query.birthDate.label': 'Geburtsdatum',
    'query.birthDate.hint': 'Wie auf der Gesundheitskarte. Zum Beispiel 27.3.1956.',
    'query.consent.legend': 'Wie hat die Person eingewilligt?',
    'query.consent.hint': 'Ohne Einwilligung dürfen Sie nicht abfragen.',
    'query.serviceDate.label': 'Datum der Leistung',
    'query.serviceDate.hint':
      'Zum Beispiel der Tag, an dem das Rezept eingelöst wird. Das Datum muss im letzten, in diesem oder im nächsten Jahr liegen.',
    'query.submit': 'Status abfragen',
    'query.pending': 'Der Status wird abgefragt …',
    'query.error.summary': 'Bitte prüfen Sie Ihre Angaben',
    'query.error.kvnr.required': 'Geben Sie die Krankenversichertennummer ein.',
    'query.error.kvnr.format':
      'Die Krankenversichertennummer hat einen Großbuchstaben und 9 Ziffern, zum Beispiel A123456780.',
    'query.error.kvnr.checkDigit':
      'Diese Krankenversichertennummer gibt es nicht. Wahrscheinlich ist eine Ziffer vertippt. Vergleichen Sie sie mit der Gesundheitskarte.',
    'query.error.birthDate.required': 'Geben Sie das Geburtsdatum ein.',
    'query.error.birthDate.format':
      'Geben Sie das Geburtsdatum als Tag, Monat und Jahr ein, zum Beispiel 27.3.1956.',
    'query.error.birthDate.future': 'Das Geburtsdatum darf nicht in der Zukunft liegen.',
    'query.error.consent.required': 'Wählen Sie aus, wie die Person eingewilligt hat.',
    'query.error.serviceDate.required': 'Geben Sie das Datum der Leistung ein.',
    'query.error.serviceDate.format':
      'Geben Sie das Datum der Leistung als Tag, Monat und Jahr ein, zum Beispiel 7.12.2026.',
    'query.error.serviceDate.range':
      'Das Datum der Leistung muss im letzten, in diesem oder im nächsten Kalenderjahr liegen.',
    'query.why.about': 'zur Abfrage',
    'query.why':
      'Wer von Zuzahlungen befreit ist, regelt § 62 SGB V. Die Abfrage braucht die Einwilligung der versicherten Person. Sie müssen nachweisen können, wie sie eingewilligt hat (Art. 7 Abs. 1 DSGVO). Deshalb wird jede Abfrage mit der Art der Einwilligung gespeichert. Die Antwort nennt nur den Status. Gründe nennt sie nie.',

    'consent.writtenOnFile': 'Schriftliche Einwilligung liegt vor',
    'consent.givenOrally': 'Mündlich erteilt',
    'consent.cardPresented': 'Gesundheitskarte vorgelegt',
    'consent.byRepresentative': 'Durch eine vertretungsberechtigte Person',

    'answer.heading': 'Ergebnis für den {date}',
    'answer.befreit': 'Befreit',
    'answer.initials': 'Initialen: {initials}',
    'answer.validUntil': 'gültig bis {date}',
    'answer.befreit.text':
      'Die Person ist von Zuzahlungen befreit. Prüfen Sie, ob die Initialen zur Person passen.',
    'answer.nichtBefreit': 'Nicht befreit',
    'answer.nichtBefreit.text': 'Die Abfrage ergibt für diesen Tag keine Befreiung.',
    'answer.card':
      'Bitten Sie die Person um ihren Befreiungsausweis. Legt sie einen gültigen Ausweis vor, ist sie befreit.',
    'answer.new': 'Neue Abfrage',

    'limit.quota.title': 'Tageslimit erreicht',
    'limit.quota.text': 'Sie haben heute alle Abfragen genutzt, die Ihnen zustehen.',
    'limit.quota.when': 'Ab {time} Uhr können Sie wieder abfragen.',
    'limit.quota.tomorrow': 'Morgen können Sie wieder abfragen.',
    'limit.quota.card': 'Fragen Sie bis dahin nach dem Befreiungsausweis.',
    'limit.burst.title': 'Zu viele Abfragen in kurzer Zeit',
    'limit.burst.text.one': 'Bitte warten Sie 1 Sekunde. Dann fragen Sie noch einmal ab.',
    'limit.burst.text.other': 'Bitte warten Sie {count} Sekunden. Dann fragen Sie noch einmal ab.',
    'limit.burst.unknown': 'Bitte warten Sie eine Minute. Dann fragen Sie noch einmal ab.',
    'limit.kept': 'Ihre Eingaben sind noch da.',
    'failed.range.title': 'Das Datum der Leistung passt nicht',
    'failed.range.text':
      'Das Datum der Leistung muss im letzten, in diesem oder im nächsten Kalenderjahr liegen. Bitte korrigieren Sie es.',
    'failed.title': 'Die Abfrage hat nicht geklappt',
    'failed.text':
      'Der Server antwortet nicht. Versuchen Sie es gleich noch einmal. Ihre Eingaben sind noch da.',

    'history.title': 'Ihre Abfragen',
    'history.lead':
      'Hier sehen Sie die Abfragen Ihrer Einrichtung. Angaben zu den Patientinnen und Patienten werden nicht gespeichert.',
    'history.count.one': '{used} von 1 Abfrage heute',
    'history.count.other': '{used} von {limit} Abfragen heute',
    'history.caption': 'Abfragen, die neueste zuerst',
    'history.at': 'Zeitpunkt',
    'history.serviceDate': 'Datum der Leistung',
    'history.consent': 'Einwilligung',
    'history.answered': 'Ergebnis',
    'history.via': 'Abgefragt über',
    'history.via.portal': 'diese Seite',
    'history.via.apiKey': 'Ihre Software',
    'history.time': '{date}, {time} Uhr',
    'history.none': 'Ihre Einrichtung hat noch nichts abgefragt.',
    'history.loading': 'Die Abfragen werden geladen …',
    'history.failed.title': 'Die Abfragen konnten nicht geladen werden',
    'history.failed.text': 'Der Server antwortet nicht. Versuchen Sie es in ein paar Minuten noch einmal.',
    'history.retry': 'Erneut versuchen',
  },
  {
    'query.title': 'Check a co-payment status',
    'query.lead':
      'Enter the details from the health card. You learn whether the person is exempt from co-payments on the day of the service.',
    'query.kvnr.label': 'Health insurance number (Krankenversichertennummer)',
    'query.kvnr.hint': 'One letter and 9 digits, as on the health card. For example A123456780.',
    'query.birthDate.label': 'Date of birth',
    'query.birthDate.hint': 'As on the health card. For example 27.3.1956.',
    'query.consent.legend': 'How did the person consent?',
    'query.consent.hint': 'You may not check without consent.',
    'query.serviceDate.label': 'Date of the service',
    'query.serviceDate.hint':
      'For example the day the prescription is filled. The date must lie in the previous, this or the next year.',
    'query.submit': 'Check status',
    'query.pending': 'Checking the status …',
    'query.error.summary': 'Please check your entries',
    'query.error.kvnr.required': 'Enter the health insurance number.',
    'query.error.kvnr.format':
      'The health insurance number has one capital letter and 9 digits, for example A123456780.',
    'query.error.kvnr.checkDigit':
      'This health insurance number does not exist. Probably a digit was mistyped. Compare it with the health card.',
    'query.error.birthDate.required': 'Enter the date of birth.',
    'query.error.birthDate.format': 'Enter the date of birth as day, month and year, for example 27.3.1956.',
    'query.error.birthDate.future': 'The date of birth must not be in the future.',
    'query.error.consent.required': 'Choose how the person consented.',
    'query.error.serviceDate.required': 'Enter the date of the service.',
    'query.error.serviceDate.format':
      'Enter the date of the service as day, month and year, for example 7.12.2026.',
    'query.error.serviceDate.range':
      'The date of the service must lie in the previous, the current or the next calendar year.',
    'query.why.about': 'about the check',
    'query.why':
      'Who is exempt from co-payments is set out in § 62 SGB V. The check needs the consent of the insured person. You must be able to show how they consented (Art. 7(1) GDPR). That is why every check is recorded with the form of consent. The answer gives the status only. It never gives reasons.',

    'consent.writtenOnFile': 'Written consent is on file',
    'consent.givenOrally': 'Given orally',
    'consent.cardPresented': 'Health card presented',
    'consent.byRepresentative': 'By a person entitled to represent them',

    'answer.heading': 'Result for {date}',
    'answer.befreit': 'Exempt',
    'answer.initials': 'Initials: {initials}',
    'answer.validUntil': 'valid until {date}',
    'answer.befreit.text': 'The person is exempt from co-payments. Check that the initials match the person.',
    'answer.nichtBefreit': 'Not exempt',
    'answer.nichtBefreit.text': 'The check shows no exemption for this day.',
    'answer.card':
      'Ask the person for their exemption card (Befreiungsausweis). If they show a valid card, they are exempt.',
    'answer.new': 'New check',

    'limit.quota.title': 'Daily limit reached',
    'limit.quota.text': 'You have used all checks available to you today.',
    'limit.quota.when': 'You can check again from {time}.',
    'limit.quota.tomorrow': 'You can check again tomorrow.',
    'limit.quota.card': 'Until then, ask for the exemption card (Befreiungsausweis).',
    'limit.burst.title': 'Too many checks in a short time',
    'limit.burst.text.one': 'Please wait 1 second. Then check again.',
    'limit.burst.text.other': 'Please wait {count} seconds. Then check again.',
    'limit.burst.unknown': 'Please wait a minute. Then check again.',
    'limit.kept': 'Your entries are still there.',
    'failed.range.title': 'The date of the service does not fit',
    'failed.range.text':
      'The date of the service must lie in the previous, the current or the next calendar year. Please correct it.',
    'failed.title': 'The check did not work',
    'failed.text': 'The server is not responding. Please try again shortly. Your entries are still there.',

    'history.title': 'Your checks',
    'history.lead': 'Here you see the checks of your organisation. No details of patients are stored.',
    'history.count.one': '{used} of 1 check today',
    'history.count.other': '{used} of {limit} checks today',
    'history.caption': 'Checks, newest first',
    'history.at': 'Time',
    'history.serviceDate': 'Date of the service',
    'history.consent': 'Consent',
    'history.answered': 'Result',
    'history.via': 'Checked through',
    'history.via.portal': 'this website',
    'history.via.apiKey': 'your software',
    'history.time': '{date}, {time}',
    'history.none': 'Your organisation has not checked anything yet.',
    'history.loading': 'Loading the checks …',
    'history.failed.title': 'The checks could not be loaded',
    'history.failed.text': 'The server is not responding. Please try again in a few minutes.',
    'history.retry': 'Try again',
  },
);

export type QueryMessageKey = keyof typeof queryMessages.de;
