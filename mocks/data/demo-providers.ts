/**
 * The demo's copy of the IK register and its insured people for the provider status check (issue 15), as the msw
 * twin knows them: the same as the server's demo start seeds (src/server/demo/provider-register-seed.ts and
 * demo-exemption-persons.ts; tests/contract/provider-check.test.ts holds them equal). Invented practices in Saxony
 * and Thuringia with valid Institutionskennzeichen (src/domain/identifiers/ik.ts), and the invented people of the
 * documented example household with valid KVNRs (src/domain/identifiers/kvnr.ts). Nobody real.
 */
export type DemoRegisterEntry = { ik: string; name: string; addressLines: string[] };

export const demoProviderRegister: readonly DemoRegisterEntry[] = [
  {
    ik: '301421875',
    name: 'Löwen-Apotheke am Altmarkt',
    addressLines: ['Inhaberin Katrin Wendler e. Kfr.', 'Altmarkt 10', '01067 Dresden'],
  },
  {
    ik: '301405637',
    name: 'Sonnen-Apotheke Gohlis',
    addressLines: ['Inhaber Matthias Körner e. K.', 'Gohliser Straße 21', '04155 Leipzig'],
  },
  {
    ik: '301609427',
    name: 'Rats-Apotheke Weimar',
    addressLines: ['Inhaberin Dr. Susanne Albrecht e. Kfr.', 'Marktstraße 3', '99423 Weimar'],
  },
  {
    ik: '461603181',
    name: 'Physiotherapie am Schillerpark',
    addressLines: ['Praxis Jana Vogt', 'Schillerstraße 14', '07745 Jena'],
  },
];

/**
 * A person the demo knows as insured, with the health card's co-payment status of one calendar year: what
 * exemption_statuses holds on the server. The card number is that of the exemption card (Befreiungsausweis, the
 * case's reference), which the insured person types to see the checks of their status.
 */
export type DemoInsuredPerson = {
  givenName: string;
  familyName: string;
  kvnr: string;
  birthDate: string;
  cardNumber: string;
  status: boolean;
  gueltigAb: string;
  gueltigBis: string;
  endedOn?: string;
};

/**
 * The server's demo people (src/server/demo/demo-exemption-persons.ts, seeded by exemption-demo-seed.ts), members
 * of the documented example household (docs/examples/application.json): the applicant exempt from 1 January to
 * 31 December of the current year (by the mock's clock); the adult daughter insured here but not exempt (status
 * false, ended on 1 January, as a returned advance payment leaves it). The card number is the reference the
 * server's demo start gives the seeded case; tests/contract/provider-check.test.ts holds both to the same values.
 */
export const demoExemptionCardNumber = 'ZB-2026-900001';

export const demoExemptionPersons = {
  exempt: {
    givenName: 'Łukasz',
    familyName: 'Ğüneş Ørsted-Nguyễn',
    kvnr: 'L123456783',
    birthDate: '1978-04-12',
  },
  notExempt: {
    givenName: 'Ida',
    familyName: 'Ørsted-Nguyễn',
    kvnr: 'I556677881',
    birthDate: '2007-02-20',
  },
} as const;

export const demoInsuredPersons = (year: number): DemoInsuredPerson[] => [
  {
    ...demoExemptionPersons.exempt,
    cardNumber: demoExemptionCardNumber,
    status: true,
    gueltigAb: `${year}-01-01`,
    gueltigBis: `${year}-12-31`,
  },
  {
    ...demoExemptionPersons.notExempt,
    cardNumber: demoExemptionCardNumber,
    status: false,
    gueltigAb: `${year}-01-01`,
    gueltigBis: `${year}-12-31`,
    endedOn: `${year}-01-01`,
  },
];
