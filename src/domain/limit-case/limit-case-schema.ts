import { z } from 'zod';
import { figuresForYear } from '../figures/figures-for-year';
import { relations } from '../household/household-member';
import { limitCaseIncomeTypes } from '../income/income-catalogue';
import { welfareKinds } from '../belastungsgrenze/welfare';
import { limitCasePaymentCategories } from '../zuzahlung/payment-category';
import { isIsoCalendarDate } from './iso-date';
import { checkLimitCaseConsistency } from './limit-case-consistency';

// The input of the CLI `limit`, exactly as limit-contract.md specifies it. Every object is strict:
// an unknown key is bad input, so a typo cannot silently change a result. Custom issues carry
// their German and English text in `params` (formatted by limit-case-issues.ts).

const isoDate = z.string().refine(isIsoCalendarDate, {
  params: { de: 'muss ein gültiges Datum JJJJ-MM-TT sein', en: 'must be a valid date YYYY-MM-DD' },
});

const year = z.int().superRefine((value, ctx) => {
  const figures = figuresForYear(value);
  if (!figures.ok) ctx.addIssue({ code: 'custom', params: figures.problem.message });
});

const income = z.strictObject({
  type: z.enum(limitCaseIncomeTypes),
  annualCents: z.int().min(0),
});

const member = z.strictObject({
  id: z.string().min(1),
  relation: z.enum(relations),
  birthDate: isoDate,
  familyInsured: z.boolean().default(false),
  chronicallyIll: z.boolean().default(false),
  incomes: z.array(income).default([]),
});

const payment = z.strictObject({
  memberId: z.string().min(1),
  date: isoDate,
  category: z.enum(limitCasePaymentCategories),
  amountCents: z.int().min(1),
});

export const limitCaseSchema = z
  .strictObject({
    year,
    welfare: z.enum(welfareKinds).default('none'),
    members: z.array(member).min(1),
    payments: z.array(payment).default([]),
  })
  .superRefine(checkLimitCaseConsistency);

export type LimitCaseInput = z.output<typeof limitCaseSchema>;
