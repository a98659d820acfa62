import type { ApplicationDraft } from '../../../domain/application/application-draft';
import { applicationLimitCase } from '../../../domain/application/application-limit-case';
import type { StepContext } from '../../../domain/application/steps/step-context';
import type { ReceiptPerson } from '../../../domain/zuzahlung/receipt-warnings';

/** Relation and checked birth date of everyone in the household, for the receipt warnings (children under 18). */
export function receiptPeople(draft: ApplicationDraft, context: StepContext): ReceiptPerson[] {
  return applicationLimitCase(draft, context).data.members.map(({ id, relation, birthDate }) => ({
    id,
    relation,
    birthDate,
  }));
}
