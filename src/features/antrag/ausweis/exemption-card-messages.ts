import { defineMessages } from '../../../i18n/feature-messages';

/** The exemption cards (Befreiungsausweise) on the status page and their downloads. Plain language, "Sie". */
export const exemptionCardMessages = defineMessages(
  {
    'cards.title': 'Ihre Befreiungsausweise',
    'cards.checksLink': 'Wer hat meinen Status abgefragt?',
    'cards.lead':
      'Zeigen Sie den Ausweis in der Apotheke, in der Praxis oder im Krankenhaus vor. Dann müssen Sie keine Zuzahlung leisten. Sie können ihn hier auf dem Handy zeigen oder als PDF speichern und ausdrucken.',
    'card.label': 'Befreiungsausweis von {name}',
    'card.labelInvalid': 'Befreiungsausweis von {name}, nicht mehr gültig',
    'card.title': 'Befreiungsausweis',
    'card.subtitle': 'Befreit von Zuzahlungen',
    'card.invalidTitle': 'Nicht mehr gültig',
    'card.endedOn':
      'Die Befreiung endete am {date}. Zeigen Sie diesen Ausweis nicht mehr vor. Sie müssen wieder Zuzahlungen leisten.',
    'card.notValid': 'Dieser Ausweis gilt nicht. Zeigen Sie ihn nicht vor. Sie müssen Zuzahlungen leisten.',
    'card.name': 'Name',
    'card.kvnr': 'Versichertennummer (KVNR)',
    'card.birthDate': 'Geboren am',
    'card.valid': 'Gültig',
    'card.validRange': 'vom {from} bis {to}',
    'card.insurer': 'Krankenkasse',
    'card.cardNumber': 'Ausweis-Nummer',
    'card.ends':
      'Die Befreiung endet am {date}, am Ende des Kalenderjahres. Für das nächste Jahr brauchen Sie eine neue Befreiung.',
    'card.scope': 'Der Ausweis gilt nur für gesetzliche Zuzahlungen. Er gilt zum Beispiel nicht für:',
    'card.scope.dentures': 'Ihren Eigenanteil beim Zahnersatz',
    'card.scope.fixedPrice':
      'Mehrkosten über dem Festbetrag, zum Beispiel bei Arzneimitteln oder Hilfsmitteln',
    'card.scope.notPrescribed': 'Leistungen ohne ärztliche Verordnung',
    'card.scope.igel': 'Leistungen, die Sie selbst bezahlen (IGeL)',
    'downloads.title': 'Ausweise speichern und drucken',
    'downloads.lead':
      'Das PDF können Sie auch ohne Internet zeigen. Drucken Sie es in Originalgröße (100 %), dann hat der Ausweis die Größe Ihrer Versichertenkarte.',
    'downloads.card': 'Ausweis als PDF (Kartenformat)',
    'downloads.cardFor': 'für {name}',
    'downloads.all': 'Alle Ausweise als PDF (Kartenformat)',
    'downloads.sheet': 'Alle Ausweise auf A4 zum Ausschneiden',
    'downloads.busy': 'Das PDF wird erstellt …',
    'downloads.done': 'Gespeichert: {name}',
    'downloads.failed': 'Das PDF konnte nicht erstellt werden. Bitte versuchen Sie es noch einmal.',
    'downloads.none': 'Es gibt keinen gültigen Ausweis zum Speichern.',
  },
  {
    'cards.title': 'Your exemption cards',
    'cards.checksLink': 'Who has checked my status?',
    'cards.lead':
      'Show the card at the pharmacy, the doctor’s practice or the hospital. Then you do not pay a co-payment. You can show it here on your phone, or save it as a PDF and print it.',
    'card.label': 'Exemption card of {name}',
    'card.labelInvalid': 'Exemption card of {name}, no longer valid',
    'card.title': 'Befreiungsausweis (exemption card)',
    'card.subtitle': 'Exempt from co-payments',
    'card.invalidTitle': 'No longer valid',
    'card.endedOn':
      'The exemption ended on {date}. Do not show this card any more. You have to pay co-payments again.',
    'card.notValid': 'This card is not valid. Do not show it. You have to pay co-payments.',
    'card.name': 'Name',
    'card.kvnr': 'Health insurance number (KVNR)',
    'card.birthDate': 'Date of birth',
    'card.valid': 'Valid',
    'card.validRange': 'from {from} to {to}',
    'card.insurer': 'Health insurer',
    'card.cardNumber': 'Card number',
    'card.ends':
      'The exemption ends on {date}, at the end of the calendar year. For next year you need a new exemption.',
    'card.scope': 'The card covers statutory co-payments only. For example, it does not cover:',
    'card.scope.dentures': 'your own share of dentures',
    'card.scope.fixedPrice': 'costs above the fixed price, for example for medicines or aids',
    'card.scope.notPrescribed': 'services without a doctor’s prescription',
    'card.scope.igel': 'services you pay for yourself (IGeL)',
    'downloads.title': 'Save and print the cards',
    'downloads.lead':
      'You can show the PDF without internet too. Print it at actual size (100 %): the card is then the size of your health insurance card.',
    'downloads.card': 'Card as PDF (card size)',
    'downloads.cardFor': 'for {name}',
    'downloads.all': 'All cards as PDF (card size)',
    'downloads.sheet': 'All cards on A4 to cut out',
    'downloads.busy': 'Making the PDF …',
    'downloads.done': 'Saved: {name}',
    'downloads.failed': 'The PDF could not be made. Please try again.',
    'downloads.none': 'There is no valid card to save.',
  },
);

export type ExemptionCardMessageKey = keyof typeof exemptionCardMessages.de;
