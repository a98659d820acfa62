import { exemptionPeriod, type ExemptionPeriod } from './exemption-period';

/**
 * Which steps an expected advance payment can take (the insurer's server and its msw twin decide alike):
 * erwartet → eingegangen when the money arrives within the year it exempts (later money buys nothing for it);
 * eingegangen → zurueckgebucht when a direct debit comes back, not before the day it arrived. A transfer is never
 * "returned" (a mistaken transfer is refunded by the insurer, not recalled), and nothing follows a return.
 */
export type PaymentState = 'erwartet' | 'eingegangen' | 'zurueckgebucht';

export type ExpectedPayment = {
  state: PaymentState;
  method: 'transfer' | 'directDebit';
  year: number;
  receivedOn?: string;
};

export type PaymentStep = { outcome: 'received'; on: string } | { outcome: 'returned'; on: string };

export type PaymentStepVerdict =
  | { ok: true; outcome: 'received'; period: ExemptionPeriod }
  | { ok: true; outcome: 'returned' }
  | { ok: false; reason: string };

export function checkPaymentStep(payment: ExpectedPayment, step: PaymentStep): PaymentStepVerdict {
  if (step.outcome === 'received') {
    if (payment.state !== 'erwartet')
      return { ok: false, reason: `The advance payment is ${payment.state} already` };
    const period = exemptionPeriod(payment.year, step.on);
    if (!period)
      return { ok: false, reason: `Money that arrives after ${payment.year} buys no exemption for it` };
    return { ok: true, outcome: 'received', period };
  }
  if (payment.method !== 'directDebit') return { ok: false, reason: 'A transfer cannot be returned' };
  if (payment.state !== 'eingegangen' || payment.receivedOn === undefined)
    return { ok: false, reason: `A debit that is ${payment.state} cannot be returned` };
  if (step.on < payment.receivedOn)
    return { ok: false, reason: 'A debit cannot come back before it arrived' };
  return { ok: true, outcome: 'returned' };
}
