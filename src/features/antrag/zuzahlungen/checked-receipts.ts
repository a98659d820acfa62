import type { CheckedApplication } from '../../../domain/application/check-application';
import type { CheckedReceipt } from '../../../domain/application/steps/receipt-steps';

/**
 * The receipts of counted people that pass their step schema, by id, taken from the draft's one checked pass: the
 * ledger's totals and warnings work on these.
 */
export function checkedReceipts(checked: CheckedApplication): Map<string, CheckedReceipt> {
  const counted = new Set(checked.counted.map((person) => person.id));
  const receipts = new Map<string, CheckedReceipt>();
  for (const { raw, data } of checked.receipts)
    if (data !== undefined && counted.has(data.memberId)) receipts.set(raw.id, data);
  return receipts;
}
