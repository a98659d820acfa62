import { creditorReferenceCheckDigits } from '../identifiers/creditor-reference';

/**
 * What the applicant writes on the transfer so the insurer can match the money to the application: either a
 * structured creditor reference (ISO 11649, "RF" + 2 check digits + up to 21 letters or digits) or an unstructured
 * remittance text of at most 140 characters, never both (EPC069-12, fields 10 and 11). The insurer's configuration
 * chooses the style; both carry the year and the application's reference, so a person reading the statement and
 * the insurer's matching both find the application.
 */
export type PaymentReferenceStyle = 'structured' | 'text';
export const paymentReferenceStyles: readonly PaymentReferenceStyle[] = ['structured', 'text'];

export type PaymentReference =
  { style: 'structured'; reference: string } | { style: 'text'; remittance: string };

const referencePattern = /^ZB-(\d{4})-(\d{6})$/;

/** `reference` is the application's reference as issued on receipt (ZB-2027-000123); `year` the year exempted. */
export function paymentReference(
  reference: string,
  year: number,
  style: PaymentReferenceStyle,
): PaymentReference {
  const parts = referencePattern.exec(reference);
  if (!parts) throw new RangeError(`Not an application reference: "${reference}"`);
  if (style === 'structured') {
    // "ZB" + reference year + sequence, then the exempted year: 16 characters of the 21 the body allows. The
    // exempted year can differ from the reference's year only in theory (references are numbered per year applied
    // for), but the reference keeps it visible either way.
    const body = `ZB${parts[1]}${parts[2]}Y${year}`;
    return { style, reference: `RF${creditorReferenceCheckDigits(body)}${body}` };
  }
  return { style, remittance: `Vorauszahlung Zuzahlungen ${year} ${reference}` };
}

/** The reference as printed for people: RF references in groups of four, as banks print them. */
export const printedPaymentReference = (payment: PaymentReference): string =>
  payment.style === 'structured' ? (payment.reference.match(/.{1,4}/g) ?? []).join(' ') : payment.remittance;
