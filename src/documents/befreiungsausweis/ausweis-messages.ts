import type { AntragLanguage } from '../antrag/antrag-content';

// The fixed copy of the exemption card (Befreiungsausweis) and the sheet to cut out. Plain words, "Sie".
const de = {
  title: 'Befreiungsausweis',
  subtitle: 'Befreit von Zuzahlungen (§ 62 SGB V)',
  kvnr: 'Versichertennummer (KVNR)',
  birthDate: 'Geboren am',
  valid: 'Gültig vom – bis',
  validRange: (from: string, to: string) => `${from} – ${to}`,
  insurer: 'Krankenkasse',
  cardNumber: 'Ausweis-Nr.',
  scope: (until: string) =>
    `Die Befreiung endet am ${until}. Sie gilt nur für gesetzliche Zuzahlungen. Nicht befreit sind der Eigenanteil beim Zahnersatz, Mehrkosten über dem Festbetrag, Leistungen ohne Verordnung und IGeL.`,
  invalid: 'NICHT MEHR GÜLTIG',
  invalidSince: (date: string) => `NICHT MEHR GÜLTIG – beendet am ${date}`,
  endedOn: (date: string) => `Die Befreiung endete am ${date}. Dieser Ausweis gilt nicht mehr.`,
  notValid: 'Dieser Ausweis gilt nicht.',
  sheetTitle: 'Befreiungsausweise zum Ausschneiden',
  sheetHint:
    'Schneiden Sie jeden Ausweis an den Schnittmarken aus. Drucken Sie in Originalgröße (100 %), dann hat er die Größe einer Versichertenkarte.',
  documentTitle: (year: string) => `Befreiungsausweis ${year}`,
  documentTitlePlural: (year: string) => `Befreiungsausweise ${year}`,
};

export type AusweisMessages = typeof de;

const en: AusweisMessages = {
  title: 'Befreiungsausweis (exemption card)',
  subtitle: 'Exempt from co-payments (§ 62 SGB V)',
  kvnr: 'Health insurance number (KVNR)',
  birthDate: 'Date of birth',
  valid: 'Valid from – to',
  validRange: (from, to) => `${from} – ${to}`,
  insurer: 'Health insurer',
  cardNumber: 'Card number',
  scope: (until) =>
    `The exemption ends on ${until}. It covers statutory co-payments only. It does not cover your own share of dentures, costs above the fixed price, services without a prescription, or IGeL.`,
  invalid: 'NO LONGER VALID',
  invalidSince: (date) => `NO LONGER VALID – ended on ${date}`,
  endedOn: (date) => `The exemption ended on ${date}. This card is no longer valid.`,
  notValid: 'This card is not valid.',
  sheetTitle: 'Exemption cards to cut out',
  sheetHint:
    'Cut out each card along the cut marks. Print at actual size (100 %): each card is then the size of a health insurance card.',
  documentTitle: (year) => `Befreiungsausweis (exemption card) ${year}`,
  documentTitlePlural: (year) => `Befreiungsausweise (exemption cards) ${year}`,
};

export const ausweisMessages: Record<AntragLanguage, AusweisMessages> = { de, en };
