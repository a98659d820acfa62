import { receiptKinds, type ReceiptEntryAnswers } from '../../../domain/application/draft-answers';
import { paymentCategoryList } from '../../../domain/zuzahlung/payment-category';

/** The entry page's raw form values: what the inputs hold ('' for an untouched select or text field). */
export type ReceiptEntryForm = {
  id: string;
  kind?: string;
  memberId?: string;
  date?: string;
  periodFrom?: string;
  periodTo?: string;
  category?: string;
  provider?: string;
  amount?: string;
  description?: string;
  fileIds?: string[];
};

// The draft's bound for raw text (draft-answers.ts): longer text would make the whole section unreadable on reload.
const maxRaw = 2_000;

const choice = <T extends string>(value: unknown, allowed: readonly T[]): T | undefined =>
  allowed.includes(value as T) ? (value as T) : undefined;
const text = (value: unknown): string | undefined =>
  typeof value === 'string' ? value.slice(0, maxRaw) : undefined;

/**
 * The form's values as a stored receipt. An untouched select gives '' and an unchecked radio null: both mean "not
 * answered" and must not reach the draft, whose enums would reject the whole section on the next reload.
 */
export function receiptAnswersFrom(values: Partial<ReceiptEntryForm>, id: string): ReceiptEntryAnswers {
  const memberId =
    typeof values.memberId === 'string' && values.memberId !== '' ? values.memberId : undefined;
  return {
    id,
    kind: choice(values.kind, receiptKinds),
    memberId,
    date: text(values.date),
    periodFrom: text(values.periodFrom),
    periodTo: text(values.periodTo),
    category: choice(values.category, paymentCategoryList),
    provider: text(values.provider),
    amount: text(values.amount),
    description: text(values.description),
    fileIds: Array.isArray(values.fileIds)
      ? values.fileIds.filter((fileId): fileId is string => typeof fileId === 'string').slice(0, 100)
      : [],
  };
}
