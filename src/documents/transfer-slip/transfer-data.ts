import { buildEpcPayload } from '../../domain/epc/epc-payload';
import type { Cents } from '../../domain/money/cents';
import type { PaymentReference } from '../../domain/vorauszahlung/payment-reference';
import type { Result } from '../../domain/validation/result';

/**
 * What a transfer of the advance payment needs, as the screen, the GiroCode and the transfer slip show it: the
 * insurer's account (configuration, src/api/contracts/service-info.ts), the amount and the payment reference the
 * status answer carries (src/api/contracts/advance-payment.ts), and the application's reference for the slip.
 */
export type TransferData = {
  insurerName: string;
  accountHolder: string;
  iban: string;
  bic: string;
  amountCents: Cents;
  /** The year exempted. */
  year: number;
  /** The application's reference (Vorgangsnummer), ZB-2027-000123. */
  applicationReference: string;
  /** Either an RF creditor reference or a remittance text, never both (EPC069-12). */
  paymentReference: PaymentReference;
};

/** The GiroCode's payload (EPC069-12 version 002) for this transfer: the same for the screen and the slip. */
export const transferPayload = (data: TransferData): Result<string> =>
  buildEpcPayload({
    name: data.accountHolder,
    iban: data.iban,
    bic: data.bic,
    amountCents: data.amountCents,
    ...(data.paymentReference.style === 'structured'
      ? { reference: data.paymentReference.reference }
      : { remittance: data.paymentReference.remittance }),
  });

/** The amount as a banking app's amount field takes it: no thousands separator, no currency sign. */
export const plainAmount = (cents: Cents, language: 'de' | 'en'): string => {
  const digits = String(cents).padStart(3, '0');
  return `${digits.slice(0, -2)}${language === 'de' ? ',' : '.'}${digits.slice(-2)}`;
};

/** The payment reference as typed into a banking app: an RF reference without the spaces printed for reading. */
export const plainPaymentReference = (reference: PaymentReference): string =>
  reference.style === 'structured' ? reference.reference : reference.remittance;
