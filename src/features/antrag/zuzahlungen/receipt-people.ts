import type { CheckedApplication } from '../../../domain/application/check-application';
import type { ReceiptPerson } from '../../../domain/zuzahlung/receipt-warnings';

/** Relation and checked birth date of everyone in the household, for the receipt warnings (children under 18). */
export function receiptPeople(checked: CheckedApplication): ReceiptPerson[] {
  return checked.limitCase.data.members.map(({ id, relation, birthDate }) => ({ id, relation, birthDate }));
}
