import { defineMessages } from '../../../i18n/feature-messages';

/** The transfer details of an advance payment: the list with copy buttons, the GiroCode and the slip. */
export const transferMessages = defineMessages(
  {
    'transfer.title': 'So überweisen Sie den Betrag',
    'transfer.lead':
      'Überweisen Sie den Betrag an {insurer}. Sie können die Angaben kopieren und in Ihr Online-Banking einfügen, oder Sie scannen den QR-Code mit der App Ihrer Bank.',
    'transfer.recipient': 'Empfänger',
    'transfer.iban': 'IBAN',
    'transfer.bic': 'BIC',
    'transfer.amount': 'Betrag',
    'transfer.reference': 'Zahlungsreferenz',
    'transfer.remittance': 'Verwendungszweck',
    'transfer.exact.structured':
      'Bitte übernehmen Sie die Zahlungsreferenz genau so. Nur dann können wir Ihre Zahlung Ihrem Antrag zuordnen.',
    'transfer.exact.text':
      'Bitte übernehmen Sie den Verwendungszweck genau so. Nur dann können wir Ihre Zahlung Ihrem Antrag zuordnen.',
    'transfer.copy': 'Kopieren',
    'transfer.copyLabel': '{label} kopieren',
    'transfer.copied': '{label} kopiert',
    'transfer.copyFailed':
      'Kopieren geht in diesem Browser leider nicht. Bitte markieren Sie die Angabe „{label}“ und kopieren Sie sie selbst.',
    'transfer.qr.title': 'QR-Code für Ihre Banking-App',
    'transfer.qr.how':
      'Öffnen Sie in der App Ihrer Bank eine Überweisung und wählen Sie „Scannen“ oder „QR-Code“. Prüfen Sie die Angaben, bevor Sie die Überweisung freigeben.',
    'transfer.qr.alt':
      'QR-Code für die Überweisung (GiroCode). Er enthält: Empfänger {recipient}, IBAN {iban}, BIC {bic}, Betrag {amount}, {referenceLabel} {reference}.',
    'transfer.qr.loading': 'Der QR-Code wird geladen …',
    'transfer.qr.unavailable':
      'Der QR-Code kann gerade nicht angezeigt werden. Bitte übernehmen Sie die Angaben oben in Ihr Online-Banking.',
    'transfer.slip.title': 'Überweisung zum Ausdrucken',
    'transfer.slip.download': 'Überweisung als PDF herunterladen',
    'transfer.slip.busy': 'Die PDF-Datei wird erstellt …',
    'transfer.slip.done': 'Die Datei {name} wurde heruntergeladen.',
    'transfer.slip.failed':
      'Die PDF-Datei konnte nicht erstellt werden. Bitte versuchen Sie es noch einmal oder übernehmen Sie die Angaben oben.',
  },
  {
    'transfer.title': 'How to transfer the amount',
    'transfer.lead':
      'Transfer the amount to {insurer}. You can copy the details and paste them into your online banking, or scan the QR code with your bank’s app.',
    'transfer.recipient': 'Recipient',
    'transfer.iban': 'IBAN',
    'transfer.bic': 'BIC',
    'transfer.amount': 'Amount',
    'transfer.reference': 'Payment reference',
    'transfer.remittance': 'Payment reference',
    'transfer.exact.structured':
      'Please copy the payment reference exactly. Only then can we match your payment to your application.',
    'transfer.exact.text':
      'Please copy the payment reference exactly. Only then can we match your payment to your application.',
    'transfer.copy': 'Copy',
    'transfer.copyLabel': 'Copy {label}',
    'transfer.copied': '{label} copied',
    'transfer.copyFailed':
      'Copying does not work in this browser. Please select “{label}” and copy it yourself.',
    'transfer.qr.title': 'QR code for your banking app',
    'transfer.qr.how':
      'In your bank’s app, open a new transfer and choose “Scan” or “QR code”. Check the details before you confirm the transfer.',
    'transfer.qr.alt':
      'QR code for the transfer (GiroCode). It contains: recipient {recipient}, IBAN {iban}, BIC {bic}, amount {amount}, {referenceLabel} {reference}.',
    'transfer.qr.loading': 'Loading the QR code …',
    'transfer.qr.unavailable':
      'The QR code cannot be shown right now. Please enter the details above in your online banking.',
    'transfer.slip.title': 'Transfer details to print',
    'transfer.slip.download': 'Download the transfer details as a PDF',
    'transfer.slip.busy': 'Creating the PDF file …',
    'transfer.slip.done': 'The file {name} has been downloaded.',
    'transfer.slip.failed': 'The PDF file could not be created. Please try again or use the details above.',
  },
);

export type TransferMessageKey = keyof typeof transferMessages.de;
