import { defineMessages } from '../../../i18n/feature-messages';

// What the task list, the check page and the limit say is still missing, one short line per page and kind of gap
// (MissingItem in domain/application/check-application.ts), and why a section is not needed or cannot start.
export const missingMessages = defineMessages(
  {
    'person.name.missing': 'Name und Geburtsdatum',
    'person.kvnr.missing': 'Krankenversichertennummer',
    'person.address.missing': 'Anschrift',
    'person.contact.missing': 'Telefon und E-Mail',
    'person.representation.missing': 'Für wen Sie den Antrag stellen',
    'person.representative.missing': 'Angaben zur vertretenden Person',
    'person.bank.missing': 'Bankverbindung für Erstattungen',
    'household.member.incomplete': 'Angaben zu {name}',
    'household.overview.unconfirmed': 'Wer in Ihrem Haushalt lebt',
    'household.overview.householdFirst': 'Zuerst: der Haushalt',
    'welfare.kind.missing': 'Angabe zu Sozialleistungen',
    'incomes.overview.undeclared': 'Einnahmen von {name}',
    'incomes.overview.undeclared.self': 'Ihre Einnahmen',
    'incomes.overview.unconfirmed': 'Bestätigung, dass alle Einnahmen angegeben sind',
    'incomes.entry.incomplete': 'Eine unvollständige Einnahme',
    'chronic.member.missing': 'Chronische Erkrankung: {name}',
    'chronic.member.missing.self': 'Chronische Erkrankung: Ihre Angabe',
    'receipts.overview.unconfirmed': 'Bestätigung, dass alle Belege erfasst sind',
    'receipts.entry.incomplete': 'Ein unvollständiger Beleg',
    'advance.offer.missing': 'Welchen Betrag Sie im Voraus zahlen',
    'advance.method.missing': 'Wie Sie bezahlen',
    'advance.method.incomplete': 'Angaben zur Lastschrift',
    'person.unnamed': 'Person ohne Namen',
    'reason.flatRate':
      'Nicht nötig. Sie bekommen eine Sozialleistung wie Bürgergeld oder Grundsicherung. Dann zählt ein fester Betrag, nicht das Einkommen.',
    'reason.advancePayment':
      'Nicht nötig. Für ein kommendes Jahr gibt es noch keine Belege. Sie können die Belastungsgrenze im Voraus zahlen (Vorauszahlung). Dann sind Sie das ganze Jahr befreit.',
    'reason.householdFirst': 'Füllen Sie zuerst den Haushalt aus.',
    'reason.optional':
      'Freiwillig. Sie können Ihre Belastungsgrenze im Voraus zahlen. Dann sind Sie ab dem Zahlungseingang befreit.',
    'reason.notOffered': 'Nicht möglich für ein vergangenes Jahr.',
  },
  {
    'person.name.missing': 'Name and date of birth',
    'person.kvnr.missing': 'Health insurance number',
    'person.address.missing': 'Address',
    'person.contact.missing': 'Phone and e-mail',
    'person.representation.missing': 'Who you are applying for',
    'person.representative.missing': 'Details of the representative',
    'person.bank.missing': 'Bank account for refunds',
    'household.member.incomplete': 'Details of {name}',
    'household.overview.unconfirmed': 'Who lives in your household',
    'household.overview.householdFirst': 'First: the household',
    'welfare.kind.missing': 'Social benefits',
    'incomes.overview.undeclared': 'Income of {name}',
    'incomes.overview.undeclared.self': 'Your income',
    'incomes.overview.unconfirmed': 'Confirmation that all income is entered',
    'incomes.entry.incomplete': 'An incomplete income entry',
    'chronic.member.missing': 'Chronic illness: {name}',
    'chronic.member.missing.self': 'Chronic illness: your answer',
    'receipts.overview.unconfirmed': 'Confirmation that all receipts are entered',
    'receipts.entry.incomplete': 'An incomplete receipt',
    'advance.offer.missing': 'Which amount you pay in advance',
    'advance.method.missing': 'How you pay',
    'advance.method.incomplete': 'Direct debit details',
    'person.unnamed': 'person without a name',
    'reason.flatRate':
      'Not needed. You receive a social benefit such as citizen’s income or basic income support. Then a fixed amount counts, not the income.',
    'reason.advancePayment':
      'Not needed. There are no receipts yet for a coming year. You can pay the limit in advance (Vorauszahlung). Then you are exempt for the whole year.',
    'reason.householdFirst': 'Fill in the household first.',
    'reason.optional':
      'Optional. You can pay your limit in advance. Then you are exempt from the day the payment arrives.',
    'reason.notOffered': 'Not possible for a past year.',
  },
);
