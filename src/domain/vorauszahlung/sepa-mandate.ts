import { addDays } from '../limit-case/add-days';

/**
 * A one-off SEPA Core direct-debit mandate for the advance payment (SEPA Core Direct Debit Scheme Rulebook, EPC016,
 * section 4.7.2 "the mandate", DS-01): the creditor's name and identifier, a unique mandate reference, the debtor's
 * name and IBAN, one-off payment, the date of signing, and the notice that the debtor may ask for a refund within
 * eight weeks from the debit date. The pre-notification (amount and debit date) is sent at least 14 calendar days
 * before the debit unless agreed otherwise (rulebook, PT-04.03): the app states both in the mandate text.
 */

/** Days between the mandate and the debit: the rulebook's default pre-notification period. */
export const preNotificationDays = 14;

/** Days after the debit in which the debtor may ask their bank for a refund without giving reasons. */
export const refundWeeks = 8;

// Mandate references: at most 35 characters from the SEPA Latin set, unique per creditor. The application id is
// unique already: the app's ids ("ZBA-" and 12 hex digits, features/antrag/absenden/application-id.ts) give "ZBV"
// and their hex digits; any other id of letters, digits and dashes (a UUID in a back-office import) gives "ZBV"
// and the id without dashes, at most 35 characters in all.
export function mandateReference(applicationId: string): string {
  const app = /^ZBA-([0-9A-F]{12})$/.exec(applicationId);
  if (app) return `ZBV${app[1]}`;
  const plain = applicationId.replace(/-/g, '').toUpperCase();
  if (!/^[0-9A-Z]{1,32}$/.test(plain)) throw new RangeError(`Not an application id: "${applicationId}"`);
  return `ZBV${plain}`;
}

/** The debit date the pre-notification states for a mandate given on `signedOn` (ISO). */
export const debitDate = (signedOn: string): string => addDays(signedOn, preNotificationDays);
