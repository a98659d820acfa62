/**
 * How a caseworker judges one receipt of a sent application (issue 13, deliverable 5). Only 'countable' receipts
 * (and those nobody marked yet) go into the recomputed limit: a receipt that is not a statutory co-payment (the
 * denture share, costs above the fixed price, § 62 Abs. 1 SGB V counts only Zuzahlungen), cannot be read, or
 * repeats another is left out, each with the caseworker's reason for the file and the letter.
 */
export const receiptMarks = ['countable', 'notCountable', 'illegible', 'duplicate'] as const;
export type ReceiptMark = (typeof receiptMarks)[number];

export type ReceiptJudgement = { mark: ReceiptMark; reason: string };

export const countsForLimit = (judgement: ReceiptJudgement | undefined): boolean =>
  judgement === undefined || judgement.mark === 'countable';
