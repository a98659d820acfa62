import {
  incomeEntryTypes,
  incomePeriods,
  type IncomeEntryAnswers,
} from '../../../domain/application/draft-answers';

/** The entry page's raw form values: what the inputs hold ('' for an untouched select or text field). */
export type IncomeEntryForm = {
  id: string;
  memberId?: string;
  type?: string;
  description?: string;
  amount?: string;
  period?: string;
  months?: string;
  proof?: string;
  proofFileIds?: string[];
};

const proofs = ['upload', 'post'] as const;
// The draft's bound for raw text (draft-answers.ts): longer text would make the whole section unreadable on reload.
const maxRaw = 2_000;

const choice = <T extends string>(value: unknown, allowed: readonly T[]): T | undefined =>
  allowed.includes(value as T) ? (value as T) : undefined;
const text = (value: unknown): string | undefined =>
  typeof value === 'string' ? value.slice(0, maxRaw) : undefined;

/**
 * The form's values as a stored entry. An untouched select gives '' and an unchecked radio null: both mean "not
 * answered", and must not reach the draft, whose enums would reject the whole section on the next reload.
 */
export function entryAnswersFrom(values: Partial<IncomeEntryForm>, id: string): IncomeEntryAnswers {
  const memberId =
    typeof values.memberId === 'string' && values.memberId !== '' ? values.memberId : undefined;
  const entry: IncomeEntryAnswers = {
    id,
    memberId,
    type: choice(values.type, incomeEntryTypes),
    description: text(values.description),
    amount: text(values.amount),
    period: choice(values.period, incomePeriods),
    months: text(values.months),
    proof: choice(values.proof, proofs),
    proofFileIds: Array.isArray(values.proofFileIds) ? values.proofFileIds : undefined,
  };
  // Keys with undefined values would only add noise to the stored draft.
  return Object.fromEntries(
    Object.entries(entry).filter(([, value]) => value !== undefined),
  ) as IncomeEntryAnswers;
}
