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

  'demo.title': 'Demo-Steuerung',
  'demo.lead':
    'Hier lassen Sie den eingebauten Beispiel-Server Fehler machen oder langsam antworten – um zu sehen, dass nichts verloren geht.',
  'demo.route': 'Welche Anfragen',
  'demo.route.all': 'alle',
  'demo.count': 'Anzahl der nächsten Anfragen, die fehlschlagen',
  'demo.error': 'Art des Fehlers',
  'demo.error.network': 'Netzwerkfehler',
  'demo.error.503': 'Server nicht verfügbar (503)',
  'demo.error.500': 'Serverfehler (500)',
  'demo.latency': 'Zusätzliche Antwortzeit in Millisekunden',
  'demo.apply': 'Übernehmen',
  'demo.reset': 'Zurücksetzen',
  'demo.state': 'Aktueller Zustand',
  'demo.state.none': 'Keine Fehler geplant.',
  'demo.state.failures': '{count} × {error} für {route}',
  'demo.state.latency': 'Antwortzeit: +{ms} ms',
  'demo.saved': 'Gespeichert.',

  'estimate.title': 'Belastungsgrenze berechnen',
  'estimate.lead':
    'Eine schnelle Schätzung mit wenigen Angaben. Im Antrag rechnen wir genau, mit den Einnahmen jedes Haushaltsmitglieds. Ihre Angaben verlassen dieses Gerät nicht.',
  'estimate.year': 'Für welches Jahr?',
  'estimate.provisional': 'vorläufige Werte',
  'estimate.welfare': 'Erhält Ihr Haushalt eine dieser Leistungen?',
  'estimate.welfare.hint':
    'Dann gilt ein fester Betrag als Einnahme des ganzen Haushalts, und Ihre Einnahmen spielen keine Rolle.',
  'estimate.spouse': 'Leben Sie mit Ihrer Ehefrau, Ihrem Ehemann oder eingetragenen Lebenspartner zusammen?',
  'estimate.spouse.hint': 'Auch wenn sie oder er dauerhaft in einem Pflegeheim lebt.',
  'estimate.children': 'Wie viele Kinder leben in Ihrem Haushalt?',
  'estimate.children.hint':
    'Zählen Sie Kinder bis zu dem Jahr, in dem sie 18 werden, und ältere Kinder, die familienversichert sind.',
  'estimate.others': 'Wie viele weitere familienversicherte Angehörige leben in Ihrem Haushalt?',
  'estimate.others.hint': 'Meist 0. Nicht gemeint sind Kinder und Ehe- oder Lebenspartner.',
  'estimate.income': 'Bruttoeinnahmen des ganzen Haushalts im Jahr, in Euro',
  'estimate.income.hint':
    'Alle Einnahmen zum Lebensunterhalt vor Abzügen, zum Beispiel Lohn, Renten, Krankengeld. Nicht: Kindergeld, Wohngeld, Pflegegeld. Zum Beispiel 24.000 oder 24.000,00',
  'estimate.income.welfareHint': 'Bei diesen Leistungen können Sie das Feld leer lassen.',
  'estimate.chronic': 'Ist jemand in Ihrem Haushalt schwerwiegend chronisch krank?',
  'estimate.chronic.hint':
    'Zum Beispiel mit Pflegegrad 3 bis 5 oder einem Grad der Behinderung von mindestens 60 und ärztlicher Dauerbehandlung. Dann gilt für den ganzen Haushalt 1 Prozent.',
  'estimate.yes': 'Ja',
  'estimate.no': 'Nein',
  'estimate.submit': 'Belastungsgrenze berechnen',
  'estimate.error.summary': 'Bitte prüfen Sie Ihre Angaben',
  'estimate.error.prefix': 'Fehler:',
  'estimate.error.choose': 'Wählen Sie eine Antwort aus.',
  'estimate.error.year': 'Wählen Sie ein Jahr aus der Liste.',
  'estimate.error.count': 'Geben Sie die Anzahl als ganze Zahl an, zum Beispiel 0 oder 2.',
  'estimate.error.income.required':
    'Geben Sie die Bruttoeinnahmen des Haushalts im Jahr an, zum Beispiel 24.000.',
  'estimate.error.income.format': 'Geben Sie den Betrag in Euro an, zum Beispiel 24.000 oder 24.000,50.',
  'estimate.error.income.decimals':
    'Geben Sie höchstens zwei Stellen nach dem Komma an, zum Beispiel 24.000,50.',
  'estimate.result.title': 'Ihre Belastungsgrenze für {year}',
  'estimate.result.caption': 'So wird die Belastungsgrenze berechnet',
  'estimate.result.gross': 'Bruttoeinnahmen des Haushalts',
  'estimate.result.grossFlat': 'Fester Betrag bei Sozialleistungen: 12 × Regelbedarf',
  'estimate.result.assessable': 'Maßgebliche Einnahmen',
  'estimate.result.limit': 'Belastungsgrenze',
  'estimate.result.meaning':
    'Haben Sie im Jahr mehr als {limit} zugezahlt, erstattet Ihnen die Krankenkasse den Rest, und Sie sind für den Rest des Jahres befreit.',
  'estimate.result.sources': 'Verwendete Rechengrößen',
  'estimate.member.spouse': 'Ehe- oder Lebenspartner',
  'estimate.member.child': 'Kind {n}',
  'estimate.member.other': 'Angehörige Person {n}',
  'estimate.deduction.first': 'Freibetrag erster Angehöriger',
  'estimate.deduction.further': 'Freibetrag weiterer Angehöriger',
  'estimate.deduction.child': 'Kinderfreibetrag',
} as const;

export type MessageKey = keyof typeof messages;
export type Messages = Record<MessageKey, string>;
