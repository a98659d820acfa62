/** The transfer slip's texts (plain language, "Sie"; docs/rules/plain-language.md), German and English. */
export type TransferSlipMessages = {
  title: (year: number) => string;
  applicationReference: string;
  intro: string;
  recipient: string;
  iban: string;
  bic: string;
  amount: string;
  reference: string;
  remittance: string;
  qrTitle: string;
  qrAlt: (holder: string, amount: string) => string;
  qrHow: string;
  exact: (structured: boolean) => string;
  start: (year: number) => string;
  noRefund: string;
};

export const transferSlipMessages: Record<'de' | 'en', TransferSlipMessages> = {
  de: {
    title: (year) => `Überweisung: Vorauszahlung der Zuzahlungen für ${year}`,
    applicationReference: 'Vorgangsnummer',
    intro:
      'Bitte überweisen Sie diesen Betrag. Sie können die Angaben abtippen oder den QR-Code mit der App Ihrer Bank scannen.',
    recipient: 'Empfänger',
    iban: 'IBAN',
    bic: 'BIC',
    amount: 'Betrag',
    reference: 'Zahlungsreferenz',
    remittance: 'Verwendungszweck',
    qrTitle: 'QR-Code für Ihre Banking-App (GiroCode)',
    qrAlt: (holder, amount) =>
      `QR-Code für die Überweisung: ${amount} an ${holder}, mit IBAN, BIC und Verwendungszweck wie oben.`,
    qrHow:
      'Öffnen Sie in der App Ihrer Bank die Überweisung und wählen Sie „Scannen“ oder „QR-Code“. Prüfen Sie die Angaben, bevor Sie die Überweisung freigeben.',
    exact: (structured) =>
      `Bitte übernehmen Sie ${structured ? 'die Zahlungsreferenz' : 'den Verwendungszweck'} genau so. Nur dann können wir Ihre Zahlung Ihrem Antrag zuordnen.`,
    start: (year) =>
      `Ihre Befreiung beginnt an dem Tag, an dem das Geld bei uns eingeht, frühestens am 1. Januar ${year}. Sie gilt bis zum 31. Dezember ${year}.`,
    noRefund:
      'Wenn Ihre Zuzahlungen in diesem Jahr am Ende niedriger sind als dieser Betrag, bekommen Sie den Unterschied nicht zurück.',
  },
  en: {
    title: (year) => `Bank transfer: advance payment of co-payments for ${year}`,
    applicationReference: 'Reference number',
    intro:
      'Please transfer this amount. You can type in the details or scan the QR code with your bank’s app.',
    recipient: 'Recipient',
    iban: 'IBAN',
    bic: 'BIC',
    amount: 'Amount',
    reference: 'Payment reference',
    remittance: 'Payment reference',
    qrTitle: 'QR code for your banking app (GiroCode)',
    qrAlt: (holder, amount) =>
      `QR code for the transfer: ${amount} to ${holder}, with IBAN, BIC and payment reference as above.`,
    qrHow:
      'In your bank’s app, open a new transfer and choose “Scan” or “QR code”. Check the details before you confirm the transfer.',
    exact: () =>
      `Please copy the payment reference exactly. Only then can we match your payment to your application.`,
    start: (year) =>
      `Your exemption starts on the day the money reaches us, at the earliest on 1 January ${year}. It lasts until 31 December ${year}.`,
    noRefund:
      'If your co-payments this year end up lower than this amount, you do not get the difference back.',
  },
};
