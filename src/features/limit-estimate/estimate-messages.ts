import { defineMessages } from '../../i18n/feature-messages';

// The quick estimate's copy loads with its page, not with the start page (ADR 0002, ADR 0007).
export const estimateMessages = defineMessages(
  {
    'estimate.title': 'Belastungsgrenze berechnen',
    'estimate.lead':
      'Eine schnelle Schätzung mit wenigen Angaben. Im Antrag rechnen wir genau, mit den Einnahmen jedes Haushaltsmitglieds. Ihre Angaben verlassen dieses Gerät nicht.',
    'estimate.year': 'Für welches Jahr?',
    'estimate.provisional': 'vorläufige Werte',
    'estimate.welfare': 'Erhält Ihr Haushalt eine dieser Leistungen?',
    'estimate.welfare.hint':
      'Dann gilt ein fester Betrag als Einnahme des ganzen Haushalts, und Ihre Einnahmen spielen keine Rolle.',
    'estimate.spouse':
      'Leben Sie mit Ihrer Ehefrau, Ihrem Ehemann oder eingetragenen Lebenspartner zusammen?',
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
  },
  {
    'estimate.title': 'Calculate your limit',
    'estimate.lead':
      "A quick estimate from a few answers. The application computes it exactly, from each household member's income. Your answers do not leave this device.",
    'estimate.year': 'For which year?',
    'estimate.provisional': 'provisional figures',
    'estimate.welfare': 'Does your household receive one of these benefits?',
    'estimate.welfare.hint':
      "Then a fixed amount counts as the whole household's income, and your own income does not matter.",
    'estimate.spouse': 'Do you live with your spouse or registered partner?',
    'estimate.spouse.hint': 'Also when they live permanently in a care home.',
    'estimate.children': 'How many children live in your household?',
    'estimate.children.hint':
      'Count children up to the year they turn 18, and older children who are family-insured.',
    'estimate.others': 'How many other family-insured relatives live in your household?',
    'estimate.others.hint': 'Usually 0. Children and spouses or partners do not count here.',
    'estimate.income': "The whole household's gross annual income, in euros",
    'estimate.income.hint':
      'All income meant for living, before deductions, for example wages, pensions, sick pay. Not: child benefit, housing benefit, care allowance. For example 24,000 or 24,000.00',
    'estimate.income.welfareHint': 'With these benefits you may leave this field empty.',
    'estimate.chronic': 'Is anyone in your household seriously chronically ill?',
    'estimate.chronic.hint':
      'For example with care level 3 to 5 or a degree of disability of at least 60 and continuous medical treatment. Then 1 percent applies to the whole household.',
    'estimate.yes': 'Yes',
    'estimate.no': 'No',
    'estimate.submit': 'Calculate the limit',
    'estimate.error.summary': 'Please check your answers',
    'estimate.error.prefix': 'Error:',
    'estimate.error.choose': 'Choose an answer.',
    'estimate.error.year': 'Choose a year from the list.',
    'estimate.error.count': 'Enter the number as a whole number, for example 0 or 2.',
    'estimate.error.income.required': "Enter the household's gross annual income, for example 24,000.",
    'estimate.error.income.format': 'Enter the amount in euros, for example 24,000 or 24,000.50.',
    'estimate.error.income.decimals': 'Enter at most two decimal places, for example 24,000.50.',
    'estimate.result.title': 'Your limit for {year}',
    'estimate.result.caption': 'How the limit is calculated',
    'estimate.result.gross': 'Gross household income',
    'estimate.result.grossFlat': 'Fixed amount with welfare benefits: 12 × standard rate',
    'estimate.result.assessable': 'Assessable income',
    'estimate.result.limit': 'Limit (Belastungsgrenze)',
    'estimate.result.meaning':
      'If you paid more than {limit} in co-payments in the year, the health insurer refunds the rest and you are exempt for the rest of the year.',
    'estimate.result.sources': 'Figures of law used',
    'estimate.member.spouse': 'Spouse or partner',
    'estimate.member.child': 'Child {n}',
    'estimate.member.other': 'Relative {n}',
    'estimate.deduction.first': 'allowance for the first dependant',
    'estimate.deduction.further': 'allowance for a further dependant',
    'estimate.deduction.child': 'child allowance',
  },
);

export type EstimateMessageKey = keyof typeof estimateMessages.de;
