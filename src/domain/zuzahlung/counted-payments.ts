import { countsTowardLimit, type PaymentCategory } from './payment-category';

export type MemberPayment = { memberId: string; category: PaymentCategory };

/**
 * The payments that count toward the household's limit: those of counted members (§ 62 Abs. 2
 * S. 1 SGB V) in a category that is a Zuzahlung under § 61 SGB V. Input order is kept.
 */
export const countedPayments = <P extends MemberPayment>(
  payments: readonly P[],
  countedMemberIds: readonly string[],
): P[] => {
  const counted = new Set(countedMemberIds);
  return payments.filter((p) => counted.has(p.memberId) && countsTowardLimit(p.category));
};
