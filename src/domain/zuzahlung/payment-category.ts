import { countingPaymentCategories } from './counting-payment-categories';
import { nonCountingPaymentCategories } from './non-counting-payment-categories';
import type { PaymentCategoryInfo } from './payment-category-info';

/** Every kind of payment the app knows, with whether it counts toward the Belastungsgrenze. */
export const paymentCategories = {
  ...countingPaymentCategories,
  ...nonCountingPaymentCategories,
} satisfies Record<string, PaymentCategoryInfo>;

export type PaymentCategory = keyof typeof paymentCategories;

export const paymentCategoryList = Object.keys(paymentCategories) as PaymentCategory[];

export const countsTowardLimit = (category: PaymentCategory): boolean =>
  paymentCategories[category].countsTowardLimit;

/** Exactly the categories the CLI `limit` accepts (limit-contract.md), in the contract's order. */
export const limitCasePaymentCategories = [
  'medicine',
  'bandages',
  'remedies',
  'aids',
  'hospital',
  'rehabilitation',
  'homeNursing',
  'householdHelp',
  'sociotherapy',
  'transport',
  'dentures',
  'aboveFixedPrice',
  'igel',
  'noPrescription',
  'everydayItemShare',
] as const satisfies readonly PaymentCategory[];

export type LimitCasePaymentCategory = (typeof limitCasePaymentCategories)[number];
