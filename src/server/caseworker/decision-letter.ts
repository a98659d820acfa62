import { readFile } from 'node:fs/promises';
import { letterFrame as bescheidFrame, notCountedReceipts } from '../../documents/bescheid/bescheid-frame';
import type { BescheidLetter } from '../../documents/bescheid/bescheid-letter';
import { renderBescheidPdf } from '../../documents/bescheid/render-bescheid-pdf';
import type { PdfFonts } from '../../documents/antrag/tagged-pdf';
import type { ApplicationDocument } from '../../domain/application/application-document';
import type { ServerConfig } from '../config/server-config';

export { notCountedReceipts };

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

/**
 * The letter's frame (src/documents/bescheid/bescheid-frame.ts, shared with the mock) with the insurer's details
 * from the configuration.
 */
export function letterFrame(
  document: ApplicationDocument,
  config: ServerConfig,
  meta: { reference: string; letterDate: string; caseworkerName: string },
): Omit<BescheidLetter, 'decision'> {
  const { name, postalAddress, phone, email } = config.insurer;
  return bescheidFrame(document, { name, postalAddress, phone, email }, meta);
}

export async function renderLetter(letter: BescheidLetter): Promise<Uint8Array> {
  return renderBescheidPdf(letter, await letterFonts());
}
