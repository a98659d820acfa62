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
  'app.footer.impressum': 'Impressum',
  'app.footer.privacy': 'Datenschutz',
  'app.footer.accessibility': 'Erklärung zur Barrierefreiheit',
  'app.footer.easyLanguage': 'Leichte Sprache',
  'app.footer.signLanguage': 'Gebärdensprache',
  'app.footer.note': 'Ein Open-Source-Angebot nach § 62 SGB V. Keine Werbung, kein Tracking.',
  'app.loading': 'Wird geladen …',

  'start.title': 'Befreiung von Zuzahlungen beantragen',
  'start.lead':
    'Wer gesetzlich versichert ist, zahlt im Jahr höchstens 2 Prozent seiner Bruttoeinnahmen zum Lebensunterhalt zu – bei schwerwiegend chronischer Krankheit 1 Prozent. Mit diesem Dienst berechnen Sie Ihre Belastungsgrenze, sammeln Ihre Quittungen und stellen den Antrag auf Befreiung oder Erstattung.',
  'start.what.title': 'Was dieser Dienst macht',
  'start.what.p':
    'Sie geben Ihren Haushalt, Ihre Einnahmen und Ihre Zuzahlungen ein. Der Dienst zeigt Ihnen Schritt für Schritt, wie hoch Ihre Belastungsgrenze ist, erstellt den ausgefüllten Antrag und sendet ihn mit Ihren Nachweisen an die Krankenkasse.',
  'start.begin.title': 'Antrag stellen',
  'start.begin.legend': 'Wo sollen Ihre Angaben gespeichert werden, während Sie den Antrag ausfüllen?',
  'start.begin.hint':
    'Ihre Angaben enthalten Gesundheitsdaten. Sie entscheiden, ob sie auf diesem Gerät bleiben dürfen.',
  'start.begin.device': 'Verschlüsselt auf diesem Gerät speichern',
  'start.begin.deviceHint':
    'Sie können später weitermachen, auch nach Tagen. Der Entwurf wird 90 Tage nach der letzten Änderung gelöscht; Sie können ihn jederzeit selbst löschen oder mit einem Kennwort schützen.',
  'start.begin.visit': 'Nur für diesen Besuch',
  'start.begin.visitHint':
    'Nichts wird auf dem Gerät gespeichert. Wenn Sie die Seite schließen oder neu laden, sind Ihre Angaben weg.',
  'start.begin.error': 'Wählen Sie aus, wo Ihre Angaben gespeichert werden sollen.',
  'start.begin.errorTitle': 'Bitte korrigieren Sie Folgendes',
  'start.begin.button': 'Jetzt beginnen',
  'start.begin.resume': 'Sie haben einen Entwurf auf diesem Gerät.',
  'start.begin.resumeLink': 'Antrag fortsetzen',
  'start.who.title': 'Wer den Antrag stellen kann',
  'start.who.p1':
    'Versicherte der Krankenkasse – für sich und für die Angehörigen, die mit ihnen in einem Haushalt leben: Ehe- oder Lebenspartner, Kinder und weitere Familienversicherte.',
  'start.who.p2':
    'Sie können auch für eine andere Person handeln, wenn Sie eine Vollmacht haben oder die rechtliche Betreuung führen.',
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
    'Etwa 20 bis 30 Minuten. Sie müssen nicht alles auf einmal erledigen: Quittungen können Sie über Wochen nach und nach erfassen.',
  'start.privacy.title': 'Wo Ihre Daten bleiben',
  'start.privacy.p1':
    'Ihre Angaben bleiben auf diesem Gerät, bis Sie den Antrag absenden. Erst dann gehen sie verschlüsselt an die Krankenkasse.',
  'start.privacy.p2':
    'Wenn Sie möchten, wird Ihr Entwurf verschlüsselt auf diesem Gerät gespeichert, damit Sie später weitermachen können. Sie können ihn jederzeit löschen. Es werden keine Daten an Dritte übertragen.',
  'start.calculate.title': 'Lohnt sich ein Antrag?',
  'start.calculate.p':
    'Berechnen Sie zuerst Ihre Belastungsgrenze. Sie sehen, wie sie sich zusammensetzt und ab welchem Betrag Sie befreit werden.',
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
    'Die Adresse ist nicht (mehr) gültig. Prüfen Sie die Schreibweise oder gehen Sie zur Startseite.',
  'notFound.home': 'Zur Startseite',

  'error.title': 'Etwas ist schiefgegangen',
  'error.p':
    'Ihre Eingaben auf diesem Gerät sind nicht verloren. Laden Sie die Seite neu und versuchen Sie es noch einmal.',
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
