import { computeLimitCase, type LimitCaseOutput } from '../limit-case/compute-limit-case';
import type { LimitCasePayment } from '../limit-case/limit-case-data';
import { countedPayments } from '../zuzahlung/counted-payments';
import { paymentTimeline, type TimelineEntry } from '../zuzahlung/payment-timeline';
import type { LocalizedText } from '../validation/result';
import type { ApplicationDraft } from './application-draft';
import { applicationLimitCase } from './application-limit-case';
import type { StepContext } from './steps/step-context';

export type ApplicationLimit = {
  /** Exactly what `npm run limit` prints for the same data. */
  result: LimitCaseOutput;
  /** Counted payments by date with the running sum: the chart of cumulative payments against the limit. */
  timeline: TimelineEntry<LimitCasePayment>[];
  /** What the draft still lacks; while not empty the figures are an interim result. */
  gaps: LocalizedText[];
};

/** The explained limit of a draft, or undefined when its year has no figures (never for a year the app offers). */
export function applicationLimit(
  draft: ApplicationDraft,
  context: StepContext,
): ApplicationLimit | undefined {
  const { data, gaps } = applicationLimitCase(draft, context);
  const computed = computeLimitCase(data);
  if (!computed.ok) return undefined;
  const result = computed.value;
  const timeline = paymentTimeline(
    countedPayments(data.payments, result.countedMemberIds),
    result.limitCents,
  );
  return { result, timeline: timeline.entries, gaps };
}
