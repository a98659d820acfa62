import { readFile } from 'node:fs/promises';
import type { BescheidLetter } from '../../documents/bescheid/bescheid-letter';
import { renderBescheidPdf } from '../../documents/bescheid/render-bescheid-pdf';
import type { PdfFonts } from '../../documents/antrag/tagged-pdf';
import type { ApplicationDocument } from '../../domain/application/application-document';
import type { ReceiptJudgement, ReceiptMark } from '../../domain/case-review/receipt-mark';
import type { ServerConfig } from '../config/server-config';

const fontDir = new URL('../../../node_modules/dejavu-fonts-ttf/ttf/', import.meta.url);
let fonts: Promise<PdfFonts> | undefined;
/** The DejaVu fonts, read once per process on the first letter (the CLI reads the same files). */
const letterFonts = (): Promise<PdfFonts> => {
  fonts ??= Promise.all([
    readFile(new URL('DejaVuSans.ttf', fontDir)),
    readFile(new URL('DejaVuSans-Bold.ttf', fontDir)),
  ]).then(([fontBytes, boldFontBytes]) => ({ fontBytes, boldFontBytes }));
  return fonts;
};

const fullName = (person: { givenName: string; familyName: string }) =>
  `${person.givenName} ${person.familyName}`.trim();

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
 * authority turns to the representative), about the applicant; the insurer's details from the configuration.
 */
export function letterFrame(
  document: ApplicationDocument,
  config: ServerConfig,
  meta: { reference: string; letterDate: string; caseworkerName: string },
): Omit<BescheidLetter, 'decision'> {
  const representative = document.representative;
  const addressOf = (address: ApplicationDocument['applicant']['address']) => [
    address.street,
    `${address.postalCode} ${address.city}`,
  ];
  return {
    insurer: {
      name: config.insurer.name,
      postalAddress: config.insurer.postalAddress,
      phone: config.insurer.phone,
      email: config.insurer.email,
    },
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

export async function renderLetter(letter: BescheidLetter): Promise<Uint8Array> {
  return renderBescheidPdf(letter, await letterFonts());
}
