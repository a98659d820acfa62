import { limitCaseIncomeTypes, type LimitCaseIncomeType } from '../income/income-catalogue';
import { limitCasePaymentCategories, type LimitCasePaymentCategory } from '../zuzahlung/payment-category';
import type { LimitCaseData } from './limit-case-data';

/**
 * The case in the CLI's input format (limit-contract.md), so a caseworker or a test can run `npm run limit` on the
 * same data the app shows. Incomes and payments of kinds the contract does not list cannot be written and are
 * returned apart, never dropped silently.
 */
export function toLimitCaseJson(data: LimitCaseData): { json: object; notRepresentable: string[] } {
  const notRepresentable: string[] = [];
  const incomeTypes: readonly string[] = limitCaseIncomeTypes;
  const categories: readonly string[] = limitCasePaymentCategories;
  const json = {
    year: data.year,
    welfare: data.welfare,
    members: data.members.map((member) => ({
      id: member.id,
      relation: member.relation,
      birthDate: member.birthDate,
      familyInsured: member.familyInsured,
      chronicallyIll: member.chronicallyIll,
      incomes: member.incomes.flatMap((income) => {
        // Months only matter for parental allowance, which is not a contract type: the annual sum says it all.
        if (incomeTypes.includes(income.type)) {
          return [{ type: income.type as LimitCaseIncomeType, annualCents: income.annualCents }];
        }
        notRepresentable.push(`income ${income.type} of ${member.id}`);
        return [];
      }),
    })),
    payments: data.payments.flatMap((payment) => {
      if (categories.includes(payment.category)) {
        return [{ ...payment, category: payment.category as LimitCasePaymentCategory }];
      }
      notRepresentable.push(`payment ${payment.category} of ${payment.memberId} on ${payment.date}`);
      return [];
    }),
  };
  return { json, notRepresentable };
}
