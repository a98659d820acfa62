import type { ReceiptEntryAnswers } from '../../../domain/application/draft-answers';
import {
  receiptEntryStep,
  type CheckedReceipt,
  type ReceiptContext,
} from '../../../domain/application/steps/receipt-steps';

/** The receipts that pass their step schema, by id: the ledger's totals and warnings work on these. */
export function checkedReceipts(
  entries: readonly ReceiptEntryAnswers[],
  context: ReceiptContext,
): Map<string, CheckedReceipt> {
  const step = receiptEntryStep(context);
  const checked = new Map<string, CheckedReceipt>();
  for (const entry of entries) {
    const result = step.safeParse(entry);
    if (result.success) checked.set(entry.id, result.data);
  }
  return checked;
}
