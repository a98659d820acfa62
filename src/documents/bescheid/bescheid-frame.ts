import type { ApplicationDocument } from '../../domain/application/application-document';
import type { ReceiptJudgement, ReceiptMark } from '../../domain/case-review/receipt-mark';
import type { BescheidLetter } from './bescheid-letter';

/*
 * The Bescheid's input from a sent application, shared by the server (src/server/caseworker/decision-letter.ts)
 * and its msw twin, so both print the same letter from the same case.
 */

const fullName = (person: { givenName: string; familyName: string }) =>
  `${person.givenName} ${person.familyName}`.trim();

/** The covered people as the letter names them. */
export const letterNames = (people: { givenName: string; familyName: string }[]): { name: string }[] =>
  people.map((person) => ({ name: fullName(person) }));

/** What the letter says about a receipt left out: the caseworker's mark in words, then their reason. */
const markWords: Record<Exclude<ReceiptMark, 'countable'>, string> = {
  notCountable: 'Keine anrechenbare Zuzahlung',
  illegible: 'Beleg nicht lesbar',
  duplicate: 'Beleg doppelt eingereicht',
};

export function notCountedReceipts(
  document: ApplicationDocument,
  judgements: ReadonlyMap<string, ReceiptJudgement>,
): { description: string; amountCents: number; reason: string }[] {
  return document.receipts.flatMap((receipt) => {
    const judgement = judgements.get(receipt.id);
    if (!judgement || judgement.mark === 'countable') return [];
    const [year, month, day] = receipt.countsOn.split('-');
    return [
      {
        description: `${receipt.provider || receipt.description}, ${day}.${month}.${year}`,
        amountCents: receipt.amountCents,
        reason: `${markWords[judgement.mark]}: ${judgement.reason}`,
      },
    ];
  });
}

/**
 * The letter's frame from the application: addressed to the representative where there is one (§ 13 SGB X: the
 * authority turns to the representative), about the applicant; the insurer's details as configured.
 */
export function letterFrame(
  document: ApplicationDocument,
  insurer: BescheidLetter['insurer'],
  meta: { reference: string; letterDate: string; caseworkerName: string },
): Omit<BescheidLetter, 'decision'> {
  const representative = document.representative;
  const addressOf = (address: ApplicationDocument['applicant']['address']) => [
    address.street,
    `${address.postalCode} ${address.city}`,
  ];
  return {
    insurer,
    recipient: representative
      ? { name: fullName(representative), addressLines: addressOf(representative.address) }
      : { name: fullName(document.applicant), addressLines: addressOf(document.applicant.address) },
    ...(representative
      ? { onBehalfOf: { name: fullName(document.applicant), birthDate: document.applicant.birthDate } }
      : {}),
    applicantKvnr: document.applicant.kvnr,
    reference: meta.reference,
    letterDate: meta.letterDate,
    year: document.year,
    caseworkerName: meta.caseworkerName,
    memberNames: Object.fromEntries(document.members.map((member) => [member.id, fullName(member)])),
  };
}
