import { daysInMonth } from '../limit-case/iso-date';
import type { StepContext } from './steps/step-context';

// The certificate of a serious chronic illness (Muster 55) is renewed each year (docs/rules/rules.md § 4, decision):
// it is valid for one year from the day it was issued, and from the same day one year later it must be renewed.
// The insurer may waive the yearly proof, so a certificate due for renewal is flagged, never refused.

export type CertificateRenewal = {
  /** The day the certificate must be renewed: its issue date one year later, ISO `YYYY-MM-DD`. */
  renewOn: string;
  /** The renewal date is on or before the reference date. */
  due: boolean;
};

/**
 * The issue date one year later, as an ISO date. A certificate issued on 29 February is renewed on 28 February:
 * a year without that day ends a day earlier rather than spilling into March.
 */
export function certificateRenewalDate(issuedOn: string): string {
  const year = Number(issuedOn.slice(0, 4)) + 1;
  const month = Number(issuedOn.slice(5, 7));
  const day = Math.min(Number(issuedOn.slice(8, 10)), daysInMonth(year, month));
  return `${String(year).padStart(4, '0')}-${issuedOn.slice(5, 7)}-${String(day).padStart(2, '0')}`;
}

/** When the certificate must be renewed, and whether that day has come by `referenceDate` (ISO, inclusive). */
export function certificateRenewal(issuedOn: string, referenceDate: string): CertificateRenewal {
  const renewOn = certificateRenewalDate(issuedOn);
  return { renewOn, due: renewOn <= referenceDate };
}

/**
 * The day a certificate is judged on for an application: today, or the last day of the year applied for when that
 * year is over. Never later than today, so a certificate flagged "must have been renewed on …" always names a day
 * that has passed.
 */
export function certificateReferenceDate(context: StepContext): string {
  const yearEnd = `${String(context.year).padStart(4, '0')}-12-31`;
  return context.referenceDate < yearEnd ? context.referenceDate : yearEnd;
}

/** certificateRenewal for the year applied for (see certificateReferenceDate). */
export function certificateRenewalForYear(issuedOn: string, context: StepContext): CertificateRenewal {
  return certificateRenewal(issuedOn, certificateReferenceDate(context));
}
