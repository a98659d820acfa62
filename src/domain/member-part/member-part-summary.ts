import { z } from 'zod';

/**
 * What the applicant's app receives of a family member's own part (issue 14, ADR 0024): exactly what the limit and
 * the day it is reached need, and nothing else — never the member's files, providers, receipt categories, income
 * kinds or diagnoses. The server answers it, the applicant's draft keeps it, application.json (version 2) cites it.
 *
 * - `incomeCents`: the member's income that counts for the year (§ 62 Abs. 2 SGB V), i.e. the sum of the countable
 *   parts of their incomes (a parental allowance's base amount does not count), computed on the member's device by
 *   the same rules as the applicant's own incomes.
 * - `reducedRate`: whether the member is schwerwiegend chronisch krank (§ 62 Abs. 1 S. 2 SGB V, Chroniker-
 *   Richtlinie), which makes the 1 % limit apply to the whole household (docs/rules/rules.md § 3.4). The applicant
 *   would read it from the limit's rate anyway; the diagnosis and the certificate stay with the member's part.
 * - `coPayments`: each counted co-payment (a Zuzahlung under § 61 SGB V) with the day it counts on and its amount;
 *   the day the limit is reached needs the dates, not the kinds or providers.
 * - `sha256`: the member's bag, as the server verified and stored it; the application cites it.
 */
export const memberPartSummarySchema = z.strictObject({
  invitationId: z.uuid(),
  /** The member's id in the applicant's draft (application.json members[].id). */
  memberId: z.string().min(1).max(64),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  incomeCents: z.int().nonnegative(),
  reducedRate: z.boolean(),
  coPayments: z.array(z.strictObject({ date: z.iso.date(), amountCents: z.int().positive() })).max(3_000),
});
export type MemberPartSummary = z.infer<typeof memberPartSummarySchema>;
