import type { ApplicationDocument } from '../application/application-document';
import { applicationDocumentLimitCase } from '../application/application-document-limit-case';
import { computeLimitCase, type LimitCaseOutput } from '../limit-case/compute-limit-case';
import type { Result } from '../validation/result';
import { countsForLimit, type ReceiptJudgement } from './receipt-mark';

/**
 * The limit as the caseworker sees it: the rule engine over the application's own data, without the receipts
 * marked as not countable, illegible or duplicate. The same function runs live in the case view (each mark
 * changes the totals, the date the limit was reached and the refund) and on the server when the decision is
 * recorded, so the letter states what the caseworker saw.
 */
export function reviewedLimit(
  document: ApplicationDocument,
  judgements: ReadonlyMap<string, ReceiptJudgement>,
): Result<LimitCaseOutput> {
  const data = applicationDocumentLimitCase(document);
  // applicationDocumentLimitCase keeps the receipts' order, so payments[i] is receipts[i].
  const payments = data.payments.filter((_, index) =>
    countsForLimit(judgements.get(document.receipts[index]?.id ?? '')),
  );
  return computeLimitCase({ ...data, payments });
}
