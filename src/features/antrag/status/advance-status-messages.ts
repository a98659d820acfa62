import { defineMessages } from '../../../i18n/feature-messages';

// The advance payment on the status page: what the insurer waits for, the exemption once the money is in, and a
// returned direct debit with its reason in plain words (SEPA R-transaction codes, contract advance-payment.ts).
export const advanceStatusMessages = defineMessages(
  {
    title: 'Vorauszahlung für {year}',
    'waiting.transfer':
      'Wir warten auf Ihre Überweisung über {amount}. Sobald das Geld da ist, sind Sie befreit. Dann sehen Sie hier Ihre Befreiungsausweise.',
    'waiting.directDebit':
      'Wir buchen {amount} am {date} von Ihrem Konto ab. Sobald das Geld da ist, sind Sie befreit. Dann sehen Sie hier Ihre Befreiungsausweise.',
    received:
      'Ihre Zahlung über {amount} ist am {date} angekommen. Sie sind von Zuzahlungen befreit vom {from} bis {to}.',
    yearEnd: 'Die Befreiung endet am 31. Dezember {year}. Für {next} brauchen Sie eine neue Befreiung.',
    'nextYear.title': 'Vorauszahlung für {next}',
    'nextYear.text': 'Sie können jetzt schon die Vorauszahlung für {next} beantragen.',
    'nextYear.link': 'Vorauszahlung für {next} beantragen',
    'returned.title': 'Die Lastschrift ist zurückgekommen',
    'returned.text':
      'Am {date} ist die Lastschrift über {amount} zurückgekommen. {reason} Ihre Befreiung gilt deshalb nicht mehr. Die Ausweise unten sind ungültig.',
    'returned.help':
      'Wenn Sie weiter befreit sein möchten, rufen Sie uns bitte an. Wir sagen Ihnen, wie Sie den Betrag zahlen können.',
    'reason.AM04': 'Das Konto war nicht gedeckt.',
    'reason.AC04': 'Das Konto ist aufgelöst.',
    'reason.MD06': 'Sie haben Ihre Bank gebeten, das Geld zurückzubuchen.',
    'reason.MS02': 'Die Lastschrift wurde abgelehnt.',
    'reason.MS03': 'Die Bank hat keinen Grund genannt.',
    'elsewhere.text':
      'Diese Personen sind bei einer anderen Krankenkasse versichert. Ihre eigene Krankenkasse befreit sie. Die Vorauszahlung gilt nicht für sie:',
    'bank.loading': 'Die Bankverbindung wird geladen …',
    'bank.failed': 'Die Bankverbindung konnte nicht geladen werden. Bitte laden Sie die Seite neu.',
    'demo.title': 'Nur in der Demo: Zahlung simulieren',
    'demo.text': 'In der echten Anwendung bucht die Krankenkasse die Zahlung. Hier können Sie es selbst tun.',
    'demo.received': 'Zahlung ist heute eingegangen',
    'demo.returned': 'Lastschrift heute zurückgeben (Konto nicht gedeckt)',
    'demo.failed': 'Das hat nicht geklappt. Bitte versuchen Sie es noch einmal.',
  },
  {
    title: 'Advance payment for {year}',
    'waiting.transfer':
      'We are waiting for your transfer of {amount}. As soon as the money has arrived, you are exempt. Then you will find your exemption cards here.',
    'waiting.directDebit':
      'We will debit {amount} from your account on {date}. As soon as the money has arrived, you are exempt. Then you will find your exemption cards here.',
    received:
      'Your payment of {amount} arrived on {date}. You are exempt from co-payments from {from} to {to}.',
    yearEnd: 'The exemption ends on 31 December {year}. For {next} you need a new exemption.',
    'nextYear.title': 'Advance payment for {next}',
    'nextYear.text': 'You can already apply for the advance payment for {next}.',
    'nextYear.link': 'Apply for the advance payment for {next}',
    'returned.title': 'The direct debit came back',
    'returned.text':
      'On {date} the direct debit of {amount} came back. {reason} That is why your exemption no longer applies. The cards below are not valid.',
    'returned.help':
      'If you would like to stay exempt, please call us. We will tell you how you can pay the amount.',
    'reason.AM04': 'The account did not have enough money.',
    'reason.AC04': 'The account has been closed.',
    'reason.MD06': 'You asked your bank to return the money.',
    'reason.MS02': 'The direct debit was refused.',
    'reason.MS03': 'The bank gave no reason.',
    'elsewhere.text':
      'These people are insured with another health insurer. Their own health insurer exempts them. The advance payment does not cover them:',
    'bank.loading': 'Loading the bank details …',
    'bank.failed': 'The bank details could not be loaded. Please reload the page.',
    'demo.title': 'Demo only: simulate the payment',
    'demo.text': 'In the real application the health insurer books the payment. Here you can do it yourself.',
    'demo.received': 'Payment arrived today',
    'demo.returned': 'Return the direct debit today (account lacks funds)',
    'demo.failed': 'That did not work. Please try again.',
  },
);
