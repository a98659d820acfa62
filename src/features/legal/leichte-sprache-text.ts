/**
 * The service explained in Leichte Sprache (BITV 2.0 § 4). It exists in German only, by its nature: one statement
 * per sentence, one sentence per line, hard words explained, long words split with a hyphen.
 * Each section is a heading, its sentences and, where a list reads better, list items.
 */
export type EasySection = {
  heading: string;
  sentences: readonly string[];
  list?: readonly string[];
};

export const leichteSpracheText: readonly EasySection[] = [
  {
    heading: 'Was ist diese Seite?',
    sentences: [
      'Diese Seite ist von Ihrer Kranken-Kasse.',
      'Hier können Sie einen Antrag stellen.',
      'Der Antrag heißt: Antrag auf Befreiung von Zuzahlungen.',
      'Achtung: Diese Seite ist nur ein Beispiel.',
      'Die Seite gehört nicht zur echten AOK PLUS.',
    ],
  },
  {
    heading: 'Was ist eine Zuzahlung?',
    sentences: [
      'Manchmal brauchen Sie ein Medikament.',
      'Sie holen das Medikament in der Apotheke.',
      'Dann bezahlen Sie oft einen Teil selbst.',
      'Diesen Teil nennt man: Zuzahlung.',
      'Zuzahlungen gibt es auch im Kranken-Haus.',
      'Und zum Beispiel bei der Physio-Therapie.',
    ],
  },
  {
    heading: 'Wie viel müssen Sie höchstens bezahlen?',
    sentences: [
      'Für Zuzahlungen gibt es eine Grenze.',
      'Die Grenze heißt: Belastungs-Grenze.',
      'Sie zahlen in einem Jahr höchstens 2 Prozent von Ihrem Einkommen.',
      'Einkommen ist das Geld, das Sie im Jahr bekommen.',
      'Zum Beispiel: Lohn oder Rente.',
      '2 Prozent heißt: Von 100 Euro sind das 2 Euro.',
      'Sie sind chronisch krank?',
      'Chronisch krank heißt: Die Krankheit geht nicht mehr weg.',
      'Dann zahlen Sie höchstens 1 Prozent.',
      'Die Grenze gilt für Ihre ganze Familie im Haushalt.',
    ],
  },
  {
    heading: 'Was bringt Ihnen der Antrag?',
    sentences: [
      'Sie haben mehr bezahlt als die Grenze?',
      'Dann bekommen Sie Geld zurück.',
      'Und Sie müssen in diesem Jahr nichts mehr zuzahlen.',
      'Das nennt man: Befreiung.',
      'Sie bekommen dann einen Ausweis.',
      'Den Ausweis zeigen Sie in der Apotheke.',
    ],
  },
  {
    heading: 'Was brauchen Sie für den Antrag?',
    sentences: ['Sie brauchen:'],
    list: [
      'Ihre Karte von der Kranken-Kasse. Auf der Karte steht Ihre Nummer.',
      'Papiere über Ihr Geld. Zum Beispiel: den Brief über Ihre Rente.',
      'Ihre Quittungen. Auf einer Quittung steht: So viel haben Sie bezahlt.',
      'Sie sind chronisch krank? Dann brauchen Sie ein Papier von Ihrem Arzt.',
    ],
  },
  {
    heading: 'Was passiert mit Ihren Daten?',
    sentences: [
      'Daten sind zum Beispiel: Ihr Name und Ihre Adresse.',
      'Ihre Daten bleiben auf Ihrem Gerät.',
      'Ein Gerät ist zum Beispiel Ihr Handy oder Ihr Computer.',
      'Sie schicken den Antrag ab.',
      'Erst dann bekommt die Kranken-Kasse Ihre Daten.',
      'Niemand sonst bekommt Ihre Daten.',
    ],
  },
  {
    heading: 'Wer hilft Ihnen?',
    sentences: [
      'Sie haben eine Frage?',
      'Dann rufen Sie die Kranken-Kasse an.',
      'Die Telefon-Nummer ist: 030 23125 100.',
      'Das ist eine Beispiel-Nummer.',
      'Sie können sich auch helfen lassen.',
      'Zum Beispiel von Ihrer Familie.',
      'Oder von einer Beratungs-Stelle.',
    ],
  },
];
