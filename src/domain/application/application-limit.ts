import { computeLimitCase, type LimitCaseOutput } from '../limit-case/compute-limit-case';
import type { LimitCasePayment } from '../limit-case/limit-case-data';
import { countedPayments } from '../zuzahlung/counted-payments';
import { paymentTimeline, type TimelineEntry } from '../zuzahlung/payment-timeline';
import type { CheckedApplication, MissingItem } from './check-application';

export type ApplicationLimit = {
  /** Exactly what `npm run limit` prints for the same data. */
  result: LimitCaseOutput;
  /** Counted payments by date with the running sum: the chart of cumulative payments against the limit. */
  timeline: TimelineEntry<LimitCasePayment>[];
  /** What the draft still lacks; while not empty the figures are an interim result. */
  gaps: MissingItem[];
};

/** The explained limit of a draft, or undefined when its year has no figures (never for a year the app offers). */
export function applicationLimit(checked: CheckedApplication): ApplicationLimit | undefined {
  // The same checked pass always gives the same limit: the panel, the ledger and the limit page share one result.
  if (computed.has(checked)) return computed.get(checked);
  const limit = compute(checked);
  computed.set(checked, limit);
  return limit;
}

const computed = new WeakMap<CheckedApplication, ApplicationLimit | undefined>();

function compute(checked: CheckedApplication): ApplicationLimit | undefined {
  const { data, gaps } = checked.limitCase;
  const engine = computeLimitCase(data);
  if (!engine.ok) return undefined;
  const result = engine.value;
  const timeline = paymentTimeline(
    countedPayments(data.payments, result.countedMemberIds),
    result.limitCents,
  );
  return { result, timeline: timeline.entries, gaps };
}
