import type { BescheidKind } from './bescheid-letter';

// The fixed German copy of the insurer's letter (docs/rules/bescheid.md). Plain language as for every text an
// applicant reads (docs/rules/plain-language.md): "Sie", one statement a sentence, no case law, no file names.
// Paragraphs of the law appear only where a letter of this kind must name them: the Rechtsgrundlage line, the
// Rechtsbehelfsbelehrung (§ 36 SGB X, § 84 Abs. 1 SGG) and the notice of § 66 Abs. 3 SGB I.
export const bescheidMessages = {
  subject: {
    befreit: (year: number) => `Bescheid über die Befreiung von Zuzahlungen für ${year}`,
    'vorauszahlung-bestaetigt': (year: number) =>
      `Bescheid über die Befreiung von Zuzahlungen für ${year} nach Ihrer Vorauszahlung`,
    abgelehnt: (year: number) => `Bescheid über die Ablehnung der Befreiung von Zuzahlungen für ${year}`,
    'unterlagen-angefordert': (year: number) =>
      `Ihr Antrag auf Befreiung von Zuzahlungen für ${year}: Bitte reichen Sie Unterlagen nach`,
  } satisfies Record<BescheidKind, (year: number) => string>,
  onBehalfOf: (name: string, birthDate: string) => `für ${name}, geboren am ${birthDate}`,
  info: {
    date: 'Datum',
    reference: 'Aktenzeichen',
    kvnr: 'Versichertennummer',
    caseworker: 'Bearbeitet von',
    phone: 'Telefon',
    email: 'E-Mail',
  },
  contactLine: (phone: string, email: string) => `Telefon ${phone} · E-Mail ${email}`,
  continuation: (insurer: string, reference: string, date: string) =>
    `${insurer} · Aktenzeichen ${reference} · Schreiben vom ${date}`,
  page: (n: number, of: number) => `Seite ${n} von ${of}`,
  greeting: (name: string) => `Guten Tag ${name},`,
  closing: 'Mit freundlichen Grüßen',
  heading: {
    decision: 'Unsere Entscheidung',
    reasons: 'Begründung',
    calculation: 'So haben wir gerechnet',
    notCounted: 'Belege, die wir nicht angerechnet haben',
    documents: 'Diese Unterlagen brauchen wir',
    consequences: 'Was passiert, wenn Unterlagen fehlen?',
    remedy: 'Rechtsbehelfsbelehrung',
  },
  checked: (year: number) => `wir haben den Antrag auf Befreiung von Zuzahlungen für ${year} geprüft.`,
  exemptPeriod: (from: string, until: string) =>
    `Die Befreiung von Zuzahlungen gilt vom ${from} bis zum ${until}.`,
  coveredIntro: 'Sie gilt für:',
  refund: (amount: string) =>
    `Wir erstatten ${amount}. So viel wurde über der Belastungsgrenze gezahlt. Wir überweisen den Betrag auf das Konto, das im Antrag steht.`,
  noRefund: 'Es gibt keine Erstattung. Bis zur Befreiung wurde nicht mehr als die Belastungsgrenze gezahlt.',
  scope:
    'Die Befreiung gilt nur für gesetzliche Zuzahlungen. Nicht befreit sind der Eigenanteil beim Zahnersatz, Mehrkosten über dem Festbetrag, Leistungen ohne Verordnung und Individuelle Gesundheitsleistungen (IGeL).',
  limitRule:
    'Zuzahlungen muss man im Jahr nur bis zur Belastungsgrenze leisten. Sie beträgt 2 % der Bruttoeinnahmen des Haushalts, nach Abzug von Freibeträgen für Angehörige. Bei einer schwerwiegenden chronischen Erkrankung beträgt sie 1 %.',
  reached: (paid: string, limit: string, on: string | null) =>
    on === null
      ? `Angerechnet haben wir Zuzahlungen von ${paid}. Die Belastungsgrenze beträgt ${limit}.`
      : `Angerechnet haben wir Zuzahlungen von ${paid}. Die Zuzahlungen haben die Belastungsgrenze von ${limit} am ${on} erreicht.`,
  seeCalculation: 'Die einzelnen Zahlen stehen in der Berechnung.',
  allCounted: 'Wir haben alle Belege angerechnet.',
  notCountedIntro: 'Diese Belege zählen nicht für die Belastungsgrenze:',
  notCountedColumns: { description: 'Beleg', amount: 'Betrag', reason: 'Grund' },
  advanceReceived: (amount: string) => `wir haben die Vorauszahlung von ${amount} erhalten.`,
  advanceReasons: (year: number, limit: string) =>
    `Mit der Vorauszahlung ist die Belastungsgrenze für ${year} erreicht. Sie beträgt ${limit}.`,
  advanceRest: (paidBefore: string) =>
    `Zuzahlungen von ${paidBefore} aus diesem Jahr haben wir schon angerechnet. Deshalb war nur der Rest zu zahlen.`,
  advanceStart:
    'Die Befreiung beginnt an dem Tag, an dem die Zahlung bei uns eingegangen ist. Sie beginnt frühestens am 1. Januar.',
  advanceNoRefund:
    'Zahlen Sie im Jahr weniger Zuzahlungen als die Vorauszahlung, erstatten wir den Unterschied nicht.',
  advanceChanges:
    'Ändern sich die Einnahmen im Haushalt, teilen Sie uns das bitte mit. Wir können den Betrag dann neu berechnen.',
  rejected: (year: number) => `Wir lehnen den Antrag auf Befreiung von Zuzahlungen für ${year} ab.`,
  newApplication:
    'Sie können einen neuen Antrag stellen, wenn sich etwas ändert. Zum Beispiel, wenn weitere Zuzahlungen dazukommen.',
  legalBasisDecision: 'Rechtsgrundlage: § 61 und § 62 SGB V.',
  requestIntro: (year: number) =>
    `wir bearbeiten den Antrag auf Befreiung von Zuzahlungen für ${year}. Für unsere Entscheidung fehlen uns noch Unterlagen.`,
  notADecision: 'Dieses Schreiben ist noch keine Entscheidung über den Antrag.',
  sendBy: (date: string) => `Bitte schicken Sie uns die Unterlagen bis zum ${date}.`,
  sendTo: (reference: string, address: string) =>
    `Schreiben Sie das Aktenzeichen ${reference} dazu. Unsere Anschrift: ${address}.`,
  needTime: (date: string, phone: string, email: string) =>
    `Sie können eine Unterlage nicht rechtzeitig beschaffen? Dann melden Sie sich bitte vor dem ${date} bei uns: Telefon ${phone}, E-Mail ${email}.`,
  duty: 'Sie sind verpflichtet, uns die Unterlagen zu geben, die wir für die Entscheidung brauchen.',
  consequence: (date: string) =>
    `Fehlen die Unterlagen am ${date} noch, können wir die Befreiung ganz oder teilweise ablehnen. Das gilt, bis Sie die Unterlagen nachreichen. Wir tun das nur, soweit wir ohne die Unterlagen nicht prüfen können, ob die Befreiung zusteht.`,
  lateDocuments:
    'Reichen Sie die Unterlagen später nach, prüfen wir den Antrag erneut. Wir können die Befreiung dann auch nachträglich gewähren.',
  consequenceNotice: 'Auf diese Folgen weisen wir Sie hiermit nach § 66 Abs. 3 SGB I hin.',
  legalBasisRequest: 'Rechtsgrundlage: § 60 Abs. 1 SGB I.',
  remedy: {
    objection: (insurer: string, address: string) =>
      `Gegen diesen Bescheid können Sie innerhalb eines Monats nach Bekanntgabe Widerspruch erheben. Der Widerspruch ist schriftlich, in elektronischer Form (§ 36a Abs. 2 SGB I) oder zur Niederschrift bei ${insurer}, ${address} einzulegen.`,
    electronicIntro: 'Für die elektronische Form gibt es diese Wege:',
    signature: (email: string) =>
      `Sie schicken uns ein elektronisches Dokument mit einer qualifizierten elektronischen Signatur, zum Beispiel als Anhang einer E-Mail an ${email} (§ 36a Abs. 2 SGB I).`,
    onlineForm: (url: string) =>
      `Sie geben den Widerspruch direkt in unser Online-Formular ein: ${url}. Dort weisen Sie sich elektronisch aus: mit der Online-Ausweisfunktion Ihres Personalausweises, Ihrer eID-Karte oder Ihres Aufenthaltstitels, mit Ihrer elektronischen Gesundheitskarte oder mit Ihrer digitalen Identität der Krankenkasse (§ 36a Abs. 2a Nr. 1 SGB I).`,
    deMail: (address: string) =>
      `Sie schicken eine De-Mail an ${address} mit der Versandart „absenderbestätigt“ (§ 36a Abs. 2a Nr. 2 SGB I).`,
    plainEmail: 'Eine einfache E-Mail ohne qualifizierte elektronische Signatur genügt nicht.',
  },
};

export type BescheidMessages = typeof bescheidMessages;
