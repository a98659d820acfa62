import type { Cents } from '../money/cents';

/**
 * The two ways to pay in advance (the insurers' common procedure rules on § 62 SGB V, section 3.3; docs/rules/rules.md
 * § 3): the whole limit of the year, or only the rest after the co-payments of that year already counted (their
 * receipts go with the application). Both in integer cents; the rest is never negative.
 */
export type AdvanceOption = 'full' | 'rest';
export const advanceOptions: readonly AdvanceOption[] = ['full', 'rest'];

export type AdvanceAmounts = {
  fullCents: Cents;
  /** Counted co-payments of the year so far. */
  paidCents: Cents;
  restCents: Cents;
  /** The limit is reached already: nothing is left to pay in advance; the ordinary application applies. */
  limitReached: boolean;
};

export function advanceAmounts(limitCents: Cents, countedPaidCents: Cents): AdvanceAmounts {
  const restCents = Math.max(0, limitCents - countedPaidCents);
  return { fullCents: limitCents, paidCents: countedPaidCents, restCents, limitReached: restCents === 0 };
}

export const advanceAmountFor = (option: AdvanceOption, amounts: AdvanceAmounts): Cents =>
  option === 'full' ? amounts.fullCents : amounts.restCents;
