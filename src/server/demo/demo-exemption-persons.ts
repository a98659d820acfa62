/**
 * DEMO ONLY. The people whose co-payment status a demo start seeds (exemption-demo-seed.ts) where no exemption
 * statuses exist yet, so that the provider status check and the insured person's view have someone to find. They
 * are members of the documented example household (docs/examples/application.json), whose statuses the seed
 * imports; the README and the demo pages cite them.
 *
 * The card number is that of a card imported from a decision outside this app (migration 14), numbered far above
 * the references the demo's own applications get, so the two never meet.
 */
export const demoExemptionCardNumber = 'ZB-2026-900001';

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
