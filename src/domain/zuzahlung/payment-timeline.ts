import { sumCents, type Cents } from '../money/cents';

export type TimelinePayment = { date: string; amountCents: Cents };

export type TimelineEntry<P extends TimelinePayment> = P & { runningCents: Cents };

export type PaymentTimeline<P extends TimelinePayment> = {
  /** Counted payments by date (ISO strings sort chronologically); same date: input order. */
  entries: TimelineEntry<P>[];
  paidCents: Cents;
  /** Date of the payment with which the running sum first reaches the limit; null if never. */
  limitReachedOn: string | null;
  /** What was paid beyond the limit, refunded on application (§ 62 Abs. 1 S. 1 SGB V). */
  refundCents: Cents;
  remainingCents: Cents;
};

/**
 * Adds up the counted co-payments of the year, each on the date it was actually paid (docs/rules/rules.md
 * § 6). With a limit of 0 the first payment already reaches it, so its date is returned.
 */
export const paymentTimeline = <P extends TimelinePayment>(
  countedPayments: readonly P[],
  limitCents: Cents,
): PaymentTimeline<P> => {
  // Array.prototype.sort is stable (ES2019): payments of the same day keep their input order.
  const sorted = [...countedPayments].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  let running = 0;
  let limitReachedOn: string | null = null;
  const entries = sorted.map((payment): TimelineEntry<P> => {
    running = sumCents([running, payment.amountCents]);
    if (limitReachedOn === null && running >= limitCents) limitReachedOn = payment.date;
    return { ...payment, runningCents: running };
  });
  return {
    entries,
    paidCents: running,
    limitReachedOn,
    refundCents: Math.max(0, running - limitCents),
    remainingCents: Math.max(0, limitCents - running),
  };
};
