import type { ApplicationDocument } from '../application/application-document';
import type { LimitCaseOutput } from '../limit-case/compute-limit-case';

export type LimitDifferenceField =
  'limitCents' | 'ratePercent' | 'paidCents' | 'limitReachedOn' | 'refundCents' | 'provisional';

export type LimitDifference<F extends LimitDifferenceField = LimitDifferenceField> = {
  field: F;
  stated: ApplicationDocument['calculation'][F];
  recomputed: ApplicationDocument['calculation'][F];
};

/** The Antrag's figures a caseworker compares, in the order the case view lists them. */
export const limitDifferenceFields: readonly LimitDifferenceField[] = [
  'limitCents',
  'ratePercent',
  'paidCents',
  'limitReachedOn',
  'refundCents',
  'provisional',
];

/**
 * Where the Antrag's figures (application.json `calculation`, what the applicant's app showed) and the rule
 * engine's recomputation differ, field by field, so the caseworker sees each difference named instead of two
 * tables to compare by eye. Empty when they agree.
 */
export function limitDifferences(
  stated: ApplicationDocument['calculation'],
  recomputed: LimitCaseOutput,
): LimitDifference[] {
  return limitDifferenceFields.flatMap((field) =>
    stated[field] === recomputed[field]
      ? []
      : [{ field, stated: stated[field], recomputed: recomputed[field] } as LimitDifference],
  );
}
