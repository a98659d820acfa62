// Household members as a draft stores them (raw answers), shared by the whole-app tests of several sections.

export const spouse = {
  id: 'spouse-1',
  relation: 'spouse',
  givenName: 'Hans',
  familyName: 'Mustermann',
  birthDate: '1.2.1950',
  kvnr: 'A123456780',
  insurer: 'same',
  familyInsured: 'no',
  livesInCareHome: 'no',
} as const;

// A son of 26 with his own membership: does not count (rules.md § 2).
export const grownUpSon = {
  id: 'son-1',
  relation: 'child',
  givenName: 'Paul',
  familyName: 'Mustermann',
  birthDate: '3.4.2000',
  kvnr: 'D456789013',
  insurer: 'same',
  familyInsured: 'no',
} as const;
