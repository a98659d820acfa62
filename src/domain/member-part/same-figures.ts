import type { MemberPartSummary } from './member-part-summary';

/** The figures of a member's part that the applicant's limit is computed from. */
export type MemberPartFigures = Pick<MemberPartSummary, 'incomeCents' | 'reducedRate' | 'coPayments'>;

/**
 * Whether two statements of a member's part give the same figures: the part the server holds and the one an
 * application cites (the server, its mock), or a bag and its citation (the caseworker's view). What the limit was
 * computed from must be what the member's bag says. Field by field: jsonb reorders an object's keys, so stored text
 * is no measure.
 */
export const sameFigures = (held: MemberPartFigures, cited: MemberPartFigures): boolean =>
  held.incomeCents === cited.incomeCents &&
  held.reducedRate === cited.reducedRate &&
  held.coPayments.length === cited.coPayments.length &&
  held.coPayments.every(
    (payment, i) =>
      payment.date === cited.coPayments[i]?.date && payment.amountCents === cited.coPayments[i]?.amountCents,
  );
