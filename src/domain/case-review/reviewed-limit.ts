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
 *
 * A member's own part (application.json `memberParts`, issue 14) counts with its figures as the applicant's app
 * counted them: its co-payments are judged in the member's own bag, not here, so no mark of this application leaves
 * them out, and the recomputed limit equals the applicant's while nothing is marked.
 */
export function reviewedLimit(
  document: ApplicationDocument,
  judgements: ReadonlyMap<string, ReceiptJudgement>,
): Result<LimitCaseOutput> {
  return computeLimitCase(
    applicationDocumentLimitCase(document, {
      countsReceipt: (receipt) => countsForLimit(judgements.get(receipt.id)),
    }),
  );
}
