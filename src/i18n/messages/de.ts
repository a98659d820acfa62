/**
 * German is the service's language and the reference for every other message file: each key here must exist
 * in every other file (the type `Messages` enforces it). Adding a language = adding a file beside this one.
 */
export const messages = {
  'language.switch.label': 'Sprache',
  'app.name': 'Zuzahlungsbefreiung online',
  'app.skipToContent': 'Zum Inhalt springen',
  'app.demoBanner':
    'Demo-Version: Es gibt keine Verbindung zu einer echten Krankenkasse. Alle Kontakte sind Beispiele.',
  'app.demoControl': 'Demo-Steuerung',
  'app.footer.contact': 'Kontakt und Hilfe',
  'app.footer.home': 'Startseite',
  'app.footer.providers': 'Für Apotheken und Praxen',
  'app.footer.impressum': 'Impressum',
  'app.footer.privacy': 'Datenschutz',
  'app.footer.accessibility': 'Erklärung zur Barrierefreiheit',
  'app.footer.easyLanguage': 'Leichte Sprache',
  'app.footer.signLanguage': 'Gebärdensprache',
  'app.footer.note': 'Ein Open-Source-Angebot nach § 62 SGB V. Keine Werbung, kein Tracking.',
  'app.loading': 'Wird geladen …',

  'start.title': 'Befreiung von Zuzahlungen beantragen',
  'start.lead':
    'Sie sind gesetzlich krankenversichert? Dann zahlen Sie im Jahr höchstens 2 Prozent der Einnahmen Ihres Haushalts zu. Bei schwerwiegend chronischer Krankheit ist es 1 Prozent. Mit diesem Dienst berechnen Sie diese Belastungsgrenze. Sie sammeln Ihre Quittungen. Und Sie stellen den Antrag auf Befreiung oder Erstattung.',
  'start.what.title': 'Was dieser Dienst macht',
  'start.what.p':
    'Sie geben Ihren Haushalt, Ihre Einnahmen und Ihre Zuzahlungen ein. Der Dienst zeigt Ihnen Schritt für Schritt Ihre Belastungsgrenze. Er füllt den Antrag für Sie aus. Dann sendet er ihn mit Ihren Nachweisen an die Krankenkasse.',
  'start.begin.title': 'Antrag stellen',
  'start.begin.legend': 'Wo sollen Ihre Angaben gespeichert werden, während Sie den Antrag ausfüllen?',
  'start.begin.hint':
    'Ihre Angaben enthalten Gesundheitsdaten. Sie entscheiden, ob sie auf diesem Gerät bleiben dürfen.',
  'start.begin.device': 'Verschlüsselt auf diesem Gerät speichern',
  'start.begin.deviceHint':
    'Sie können später weitermachen, auch nach Tagen. Der Entwurf wird 90 Tage nach der letzten Änderung gelöscht. Sie können ihn jederzeit selbst löschen. Sie können ihn auch mit einem Kennwort schützen.',
  'start.begin.visit': 'Nur für diesen Besuch',
  'start.begin.visitHint':
    'Nichts wird auf dem Gerät gespeichert. Schließen Sie die Seite oder laden Sie sie neu, sind Ihre Angaben weg.',
  'start.begin.error': 'Wählen Sie aus, wo Ihre Angaben gespeichert werden sollen.',
  'start.begin.errorTitle': 'Bitte korrigieren Sie Folgendes',
  'start.begin.button': 'Jetzt beginnen',
  'start.begin.resume': 'Sie haben einen Entwurf auf diesem Gerät.',
  'start.begin.resumeLink': 'Antrag fortsetzen',
  'start.who.title': 'Wer den Antrag stellen kann',
  'start.who.p1':
    'Versicherte der Krankenkasse. Sie stellen den Antrag für sich und für die Angehörigen in ihrem Haushalt. Das sind Ehe- oder Lebenspartner, Kinder und weitere Familienversicherte.',
  'start.who.p2':
    'Sie können auch für eine andere Person handeln. Dafür brauchen Sie eine Vollmacht. Oder Sie führen die rechtliche Betreuung.',
  'start.need.title': 'Was Sie bereithalten sollten',
  'start.need.card': 'die Gesundheitskarte (dort steht die Krankenversichertennummer)',
  'start.need.income':
    'Nachweise über die Einnahmen aller Haushaltsmitglieder im Jahr, zum Beispiel Rentenbescheid oder Lohnabrechnung',
  'start.need.receipts': 'Ihre Quittungen über Zuzahlungen, als Foto oder PDF',
  'start.need.chronic':
    'bei chronischer Krankheit die Bescheinigung Ihrer Ärztin oder Ihres Arztes (Muster 55)',
  'start.need.welfare':
    'wenn Sie Bürgergeld, Sozialhilfe oder Grundsicherung erhalten: den aktuellen Bescheid',
  'start.need.iban': 'Ihre IBAN, falls Ihnen Geld erstattet wird',
  'start.time.title': 'Wie lange es dauert',
  'start.time.p':
    'Etwa 20 bis 30 Minuten. Sie müssen nicht alles auf einmal erledigen. Quittungen können Sie über Wochen nach und nach erfassen.',
  'start.privacy.title': 'Wo Ihre Daten bleiben',
  'start.privacy.p1':
    'Ihre Angaben bleiben auf diesem Gerät, bis Sie den Antrag absenden. Erst dann gehen sie verschlüsselt an die Krankenkasse.',
  'start.privacy.p2':
    'Sie können Ihren Entwurf verschlüsselt auf diesem Gerät speichern. Dann können Sie später weitermachen. Sie können ihn jederzeit löschen. Wir geben keine Daten an Dritte weiter.',
  'start.calculate.title': 'Lohnt sich ein Antrag?',
  'start.calculate.p':
    'Berechnen Sie zuerst Ihre Belastungsgrenze. Sie sehen, wie sie sich zusammensetzt. Und Sie sehen, ab welchem Betrag Sie befreit werden.',
  'start.calculate.button': 'Belastungsgrenze berechnen',
  'start.years': 'Berechnung möglich für die Jahre {from} bis {to}.',
  'start.status.title': 'Schon gesendet?',
  'start.status.p': 'Mit Vorgangsnummer und Abrufcode sehen Sie, wie weit Ihr Antrag ist.',
  'start.status.link': 'Bearbeitungsstand abfragen',
  'start.help.title': 'Hilfe',
  'start.help.p': 'Fragen zum Antrag beantwortet Ihnen Ihre Krankenkasse.',
  'start.help.link': 'Kontakt und Hilfe',

  'notFound.title': 'Seite nicht gefunden',
  'notFound.p':
    'Diese Adresse gibt es nicht oder nicht mehr. Prüfen Sie die Schreibweise. Oder gehen Sie zur Startseite.',
  'notFound.home': 'Zur Startseite',

  'error.title': 'Etwas ist schiefgegangen',
  'error.p':
    'Ihre Eingaben auf diesem Gerät sind nicht verloren. Laden Sie die Seite neu. Versuchen Sie es dann noch einmal.',
  'error.reload': 'Seite neu laden',

  'contact.title': 'Kontakt und Hilfe',
  'contact.lead': 'So erreichen Sie Ihre Krankenkasse bei Fragen zur Befreiung von Zuzahlungen.',
  'contact.phone': 'Telefon',
  'contact.hours': 'Erreichbarkeit',
  'contact.email': 'E-Mail',
  'contact.post': 'Post',
  'contact.demoNote': 'Dies sind Beispielangaben einer Demo. Bitte nicht verwenden.',
  'contact.loadFailed': 'Die Kontaktdaten konnten nicht geladen werden.',
  'contact.retry': 'Erneut versuchen',
} as const;

export type MessageKey = keyof typeof messages;
export type Messages = Record<MessageKey, string>;
