import { countingIncomes } from './counting-incomes';
import type { IncomeTypeInfo } from './income-type-info';
import { nonCountingIncomes } from './non-counting-incomes';

// The income types the app knows: whether each counts as Bruttoeinnahmen zum Lebensunterhalt
// (§ 62 Abs. 2 S. 1 SGB V), with label and one-sentence explanation in German and English.
export const incomeCatalogue = { ...countingIncomes, ...nonCountingIncomes } satisfies Record<
  string,
  IncomeTypeInfo
>;

export type IncomeType = keyof typeof incomeCatalogue;

export const incomeTypes = Object.keys(incomeCatalogue) as IncomeType[];

export const incomeTypeInfo = (type: IncomeType): IncomeTypeInfo => incomeCatalogue[type];

/** Exactly the income types the CLI `limit` accepts (limit-contract.md), in the contract's order. */
export const limitCaseIncomeTypes = [
  'wages',
  'pension',
  'civilServicePension',
  'selfEmployment',
  'unemploymentBenefit',
  'sickPay',
  'capitalIncome',
  'rentalIncome',
  'maintenance',
  'childBenefit',
  'housingBenefit',
  'careAllowance',
  'basicPensionBVG',
  'blindAllowance',
] as const satisfies readonly IncomeType[];

export type LimitCaseIncomeType = (typeof limitCaseIncomeTypes)[number];
