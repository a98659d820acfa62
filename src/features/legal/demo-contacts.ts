/**
 * The insurer's contacts on the legal pages. All are demo values: e-mail under example.org (RFC 2606, never
 * delivered) and numbers from the Bundesnetzagentur's range for media productions ("Drama Numbers", Amtsblatt
 * 7/2021, Mitteilung 148/2021), which are never assigned to anyone. A real deployment puts its own here.
 */
export const demoContacts = {
  postalCode: '01058 Dresden',
  phone: '030 23125 100',
  fax: '030 23125 199',
  sms: '0152 28817386',
  email: {
    service: 'zuzahlung@example.org',
    privacy: 'datenschutz@example.org',
    dataProtectionOfficer: 'datenschutzbeauftragte@example.org',
    accessibility: 'barrierefreiheit@example.org',
    signLanguage: 'gebaerdensprache@example.org',
    security: 'security@example.org',
    dataProtectionAuthority: 'poststelle@datenschutz.example.org',
  },
} as const;

/** `tel:` and `sms:` links need the international form: "030 23125 100" becomes "+493023125100". */
export function internationalNumber(national: string): string {
  return national.replace(/\s/g, '').replace(/^0/, '+49');
}
