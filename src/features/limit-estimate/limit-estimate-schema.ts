import { z } from 'zod';
import { welfareKinds } from '../../domain/belastungsgrenze/welfare';
import { isSupportedYear } from '../../domain/figures/figures-for-year';
import { parseMoney } from '../../domain/money/parse-money';
import type { EstimateMessageKey } from './estimate-messages';

// Messages are keys of the message files, translated where they are shown.
const key = (messageKey: EstimateMessageKey) => messageKey;

const yesNo = z.enum(['yes', 'no'], { error: () => key('estimate.error.choose') });

const count = (max: number) =>
  z
    .string()
    .trim()
    .refine((value) => /^\d{1,2}$/.test(value) && Number(value) <= max, {
      error: key('estimate.error.count'),
    })
    .transform(Number);

export const limitEstimateSchema = z
  .object({
    year: z
      .string()
      .transform(Number)
      .refine(isSupportedYear, { error: key('estimate.error.year') }),
    welfare: z.enum(welfareKinds, { error: () => key('estimate.error.choose') }),
    spouse: yesNo,
    children: count(20),
    others: count(10),
    income: z.string(),
    chronic: yesNo,
  })
  .transform((values, ctx) => {
    // Under the flat welfare rule the incomes do not matter (§ 62 Abs. 2 S. 5–6 SGB V): an empty field is fine.
    if (values.welfare !== 'none' && values.income.trim() === '') return { ...values, income: 0 };
    if (values.income.trim() === '') {
      ctx.addIssue({ code: 'custom', path: ['income'], message: key('estimate.error.income.required') });
      return z.NEVER;
    }
    const parsed = parseMoney(values.income);
    if (!parsed.ok) {
      const tooPrecise = parsed.problem.code === 'money.tooManyDecimals';
      ctx.addIssue({
        code: 'custom',
        path: ['income'],
        message: key(tooPrecise ? 'estimate.error.income.decimals' : 'estimate.error.income.format'),
      });
      return z.NEVER;
    }
    return { ...values, income: parsed.value };
  });

export type LimitEstimateForm = z.input<typeof limitEstimateSchema>;
export type LimitEstimate = z.output<typeof limitEstimateSchema>;
