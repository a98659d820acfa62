import { defineMessages } from '../../../i18n/feature-messages';

// The advance payment (Vorauszahlung, docs/rules/rules.md § 7): the offer with its arithmetic and the two amounts
// side by side, what the exemption covers and what not, and the way to pay. The mandate text follows the SEPA Core
// rulebook's wording of the mandate (EPC016, DS-01) in its usual German form.
export const advanceMessages = defineMessages(
  {
    caption: 'Vorauszahlung',
    'offer.title': 'Vorauszahlung für {year}',
    'offer.intro':
      'Sie zahlen Ihre Belastungsgrenze für {year} im Voraus. Dann sind Sie von Zuzahlungen befreit. Die Befreiung gilt ab dem Tag, an dem Ihr Geld bei uns ankommt. Sie gilt frühestens ab 1. Januar {year} und bis 31. Dezember {year}.',
    'offer.why':
      'Die Vorauszahlung ist ein Angebot der Krankenkassen. Grundlage sind § 62 SGB V und die gemeinsamen Verfahrensgrundsätze der Krankenkassen dazu (Abschnitt 3.3).',
    'offer.expected':
      'Wir rechnen mit den Einnahmen, die Sie für {year} erwarten. Wenn sich Ihre Einnahmen ändern, sagen Sie uns bitte Bescheid. Wir können den Betrag dann neu berechnen.',
    'options.title': 'Ihre Möglichkeiten',
    'option.full.title': 'Ganzer Betrag',
    'option.full.amount': '{amount}',
    'option.full.text': 'Sie zahlen die ganze Belastungsgrenze. Sie müssen keine Belege mehr sammeln.',
    'option.rest.title': 'Nur der Rest',
    'option.rest.text':
      'Sie haben {year} schon {paid} Zuzahlungen geleistet. Sie zahlen nur den Rest: {limit} minus {paid}. Die Belege über {paid} schicken Sie mit dem Antrag.',
    'option.rest.none':
      'Sie haben für {year} noch keine Belege eingetragen. Dann ist der Rest so hoch wie der ganze Betrag.',
    'option.rest.reached':
      'Ihre Zuzahlungen haben die Belastungsgrenze schon erreicht. Eine Vorauszahlung ist nicht nötig. Senden Sie den Antrag mit Ihren Belegen.',
    'option.coming':
      'Für ein kommendes Jahr gibt es noch keine Belege. Sie zahlen deshalb den ganzen Betrag.',
    'noRefund.title': 'Wichtig: Kein Geld zurück',
    'noRefund.text':
      'Vielleicht zahlen Sie im Jahr weniger Zuzahlungen als diesen Betrag. Dann bekommen Sie die Differenz nicht zurück.',
    'covered.title': 'Wer befreit ist',
    'covered.text': 'Die Befreiung gilt für alle Personen, die mitzählen und bei uns versichert sind:',
    'covered.self': 'Sie selbst',
    'elsewhere.text':
      'Diese Personen zählen mit, sind aber bei einer anderen Krankenkasse versichert. Sie bekommen ihre Befreiung von ihrer eigenen Krankenkasse:',
    'notCovered.title': 'Was die Befreiung nicht abdeckt',
    'notCovered.text': 'Die Befreiung gilt nur für gesetzliche Zuzahlungen. Sie zahlen weiter selbst:',
    'notCovered.dentures': 'Ihren Eigenanteil beim Zahnersatz',
    'notCovered.fixedPrice':
      'Kosten über dem Festbetrag, zum Beispiel für eine teurere Brille oder ein teureres Arzneimittel',
    'notCovered.notPrescribed': 'Mittel und Leistungen ohne Verordnung',
    'notCovered.igel': 'Leistungen, die Sie selbst bezahlen (IGeL)',
    'question.option': 'Welchen Betrag möchten Sie im Voraus zahlen?',
    'answer.full': 'Den ganzen Betrag: {amount}',
    'answer.rest': 'Nur den Rest: {amount}',
    'answer.none': 'Keine Vorauszahlung. Ich sammle Belege und stelle den Antrag damit.',
    interim:
      'Der Betrag ist noch vorläufig. Es fehlen noch Angaben. Beim Absenden rechnen wir mit Ihren vollständigen Angaben.',
    'method.title': 'Wie möchten Sie bezahlen?',
    'method.transfer': 'Überweisung',
    'method.transfer.hint':
      'Nach dem Absenden zeigen wir Ihnen die Bankverbindung und einen QR-Code für Ihre Banking-App.',
    'method.directDebit': 'Lastschrift',
    'method.directDebit.hint': 'Wir buchen den Betrag einmal von Ihrem Konto ab.',
    'mandate.holder': 'Name der Kontoinhaberin oder des Kontoinhabers',
    'mandate.iban': 'IBAN',
    'mandate.iban.hint':
      'Die IBAN steht auf Ihrer Bankkarte oder im Online-Banking. Sie beginnt mit DE und hat 22 Zeichen.',
    'mandate.title': 'SEPA-Lastschriftmandat für eine einmalige Zahlung',
    'mandate.creditor': 'Zahlungsempfänger: {name}',
    'mandate.creditorId': 'Gläubiger-Identifikationsnummer: {id}',
    'mandate.reference': 'Mandatsreferenz: {reference}',
    'mandate.text':
      'Ich ermächtige {name}, eine einmalige Zahlung von meinem Konto mittels Lastschrift einzuziehen. Zugleich weise ich mein Kreditinstitut an, die von {name} auf mein Konto gezogene Lastschrift einzulösen.',
    'mandate.refund':
      'Hinweis: Ich kann innerhalb von acht Wochen, beginnend mit dem Belastungsdatum, die Erstattung des belasteten Betrages verlangen. Es gelten dabei die mit meinem Kreditinstitut vereinbarten Bedingungen.',
    'mandate.preNotification':
      'Wir buchen {amount} am {date} ab. Das ist 14 Tage nach dem Absenden, wenn Sie den Antrag heute senden. Sorgen Sie bitte dafür, dass Ihr Konto dann gedeckt ist.',
    'mandate.returned':
      'Wenn die Lastschrift zurückgeht, zum Beispiel weil das Konto nicht gedeckt ist, endet die Befreiung.',
    'mandate.confirm': 'Ich erteile dieses SEPA-Lastschriftmandat.',
    'mandate.loading': 'Die Angaben der Krankenkasse für das Mandat werden geladen.',
    'mandate.unavailable':
      'Die Angaben der Krankenkasse für das Mandat können gerade nicht geladen werden. Wählen Sie Überweisung, oder versuchen Sie es später noch einmal.',
  },
  {
    caption: 'Advance payment',
    'offer.title': 'Advance payment for {year}',
    'offer.intro':
      'You pay your limit for {year} in advance. Then you are exempt from co-payments. The exemption starts on the day your money reaches us. It starts on 1 January {year} at the earliest and lasts until 31 December {year}.',
    'offer.why':
      'The advance payment is an offer of the health insurers. It is based on § 62 SGB V and the insurers’ common procedure rules on it (section 3.3).',
    'offer.expected':
      'We use the income you expect for {year}. If your income changes, please tell us. We can then calculate the amount again.',
    'options.title': 'Your options',
    'option.full.title': 'Whole amount',
    'option.full.amount': '{amount}',
    'option.full.text': 'You pay the whole limit. You no longer need to collect receipts.',
    'option.rest.title': 'Only the rest',
    'option.rest.text':
      'You have already paid {paid} in co-payments in {year}. You only pay the rest: {limit} minus {paid}. You send the receipts for {paid} with the application.',
    'option.rest.none':
      'You have not entered any receipts for {year} yet. Then the rest is the whole amount.',
    'option.rest.reached':
      'Your co-payments have already reached the limit. You do not need to pay in advance. Send the application with your receipts.',
    'option.coming': 'There are no receipts yet for a coming year. So you pay the whole amount.',
    'noRefund.title': 'Important: no money back',
    'noRefund.text':
      'You may pay less in co-payments during the year than this amount. Then you do not get the difference back.',
    'covered.title': 'Who is exempt',
    'covered.text': 'The exemption covers everyone who counts and is insured with us:',
    'covered.self': 'You',
    'elsewhere.text':
      'These people count but are insured with another health insurer. Their own health insurer exempts them:',
    'notCovered.title': 'What the exemption does not cover',
    'notCovered.text': 'The exemption only covers statutory co-payments. You still pay yourself:',
    'notCovered.dentures': 'your own share of dentures',
    'notCovered.fixedPrice':
      'costs above the fixed price, for example for more expensive glasses or medicines',
    'notCovered.notPrescribed': 'products and services without a prescription',
    'notCovered.igel': 'services you pay for yourself (IGeL)',
    'question.option': 'Which amount would you like to pay in advance?',
    'answer.full': 'The whole amount: {amount}',
    'answer.rest': 'Only the rest: {amount}',
    'answer.none': 'No advance payment. I collect receipts and apply with them.',
    interim:
      'The amount is not final yet. Some details are still missing. When you send the application, we use your complete details.',
    'method.title': 'How would you like to pay?',
    'method.transfer': 'Bank transfer',
    'method.transfer.hint': 'After sending we show you the bank details and a QR code for your banking app.',
    'method.directDebit': 'Direct debit',
    'method.directDebit.hint': 'We collect the amount from your account once.',
    'mandate.holder': 'Account holder’s name',
    'mandate.iban': 'IBAN',
    'mandate.iban.hint':
      'The IBAN is on your bank card or in online banking. A German IBAN starts with DE and has 22 characters.',
    'mandate.title': 'SEPA direct debit mandate for a one-off payment',
    'mandate.creditor': 'Payee: {name}',
    'mandate.creditorId': 'Creditor identifier: {id}',
    'mandate.reference': 'Mandate reference: {reference}',
    'mandate.text':
      'I authorise {name} to collect a one-off payment from my account by direct debit. At the same time I instruct my bank to pay the direct debit drawn on my account by {name}.',
    'mandate.refund':
      'Note: I can ask for a refund of the amount debited within eight weeks, starting from the date of the debit. The conditions agreed with my bank apply.',
    'mandate.preNotification':
      'We will debit {amount} on {date}. That is 14 days after sending, if you send the application today. Please make sure your account has enough money then.',
    'mandate.returned':
      'If the direct debit comes back, for example because the account lacks funds, the exemption ends.',
    'mandate.confirm': 'I give this SEPA direct debit mandate.',
    'mandate.loading': 'Loading the health insurer’s details for the mandate.',
    'mandate.unavailable':
      'The health insurer’s details for the mandate cannot be loaded right now. Choose bank transfer, or try again later.',
  },
);
