/**
 * DEMO ONLY. The people whose co-payment status a demo start seeds (exemption-demo-seed.ts) where no exemption
 * statuses exist yet, so that the provider status check and the insured person's view have someone to find. They
 * are members of the documented example household (docs/examples/application.json), whose application the seed
 * stores as a decided case; the README and the demo pages cite them.
 *
 * The card number is the case's reference: on a fresh demo start the seeded case is the first one of the example's
 * year (2026), so it is ZB-2026-000001; `seedDemoExemptions` returns the reference it got.
 */
export const demoExemptionCardNumber = 'ZB-2026-000001';

export const demoExemptionPersons = {
  /** Exempt from 1 January to 31 December of the current year: "befreit", initials "Ł. Ğ.". */
  exempt: {
    memberId: 'applicant',
    givenName: 'Łukasz',
    familyName: 'Ğüneş Ørsted-Nguyễn',
    kvnr: 'L123456783',
    birthDate: '1978-04-12',
  },
  /** Insured here, but the card's co-payment status says not exempt: "nicht befreit", like a stranger. */
  notExempt: {
    memberId: 'c2',
    givenName: 'Ida',
    familyName: 'Ørsted-Nguyễn',
    kvnr: 'I556677881',
    birthDate: '2007-02-20',
  },
} as const;
