// Persönliche Angaben, page by page (flow as data). The representative's page appears only when someone
// applies for another person.
export const personPages = {
  summary: '/antrag/persoenliche-angaben',
  name: '/antrag/persoenliche-angaben/name',
  kvnr: '/antrag/persoenliche-angaben/versichertennummer',
  address: '/antrag/persoenliche-angaben/anschrift',
  contact: '/antrag/persoenliche-angaben/kontakt',
  representation: '/antrag/persoenliche-angaben/vertretung',
  representative: '/antrag/persoenliche-angaben/vertreter',
  bank: '/antrag/persoenliche-angaben/bankverbindung',
} as const;
