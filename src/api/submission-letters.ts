import { z } from 'zod';
import { apiFetch, apiFetchBytes } from './api-fetch';
import {
  abrufcodeHeader,
  fileNameHeader,
  submissionDocumentsPath,
  submissionLetterPath,
} from './contracts/submission';

/**
 * The applicant's side of a case after the lookup: a letter as the insurer printed it, and a document sent in
 * answer to a request for documents. Both go with the Abrufcode in its header, like the status itself: the code
 * never appears in a URL (proxies and browser histories keep URLs).
 */

/** The bytes of one letter (the Bescheid, a request for documents): a PDF, fetched only when asked for. */
export async function fetchSubmissionLetter(
  reference: string,
  abrufcode: string,
  letterId: number,
): Promise<Uint8Array<ArrayBuffer>> {
  const bytes = await apiFetchBytes(submissionLetterPath(reference, letterId), 'application/pdf', {
    headers: { [abrufcodeHeader]: abrufcode },
  });
  // A copy on its own ArrayBuffer, which a Blob takes as it is.
  return bytes.slice();
}

export type DocumentToSend = {
  name: string;
  type: 'image/jpeg' | 'image/png' | 'application/pdf';
  bytes: Uint8Array;
};

export const documentReceiptSchema = z.object({
  name: z.string(),
  receivedAt: z.iso.datetime({ offset: true }),
});
export type DocumentReceipt = z.infer<typeof documentReceiptSchema>;

/**
 * One requested document: its bytes as the body, its type as Content-Type, its name URI-encoded in X-File-Name
 * (a header carries no umlauts). 201 with the name the insurer recorded; 409 `submission.noOpenRequest` when no
 * request is open any more, 422 `submission.documentInvalid` when the file is not what it claims to be. A POST:
 * never retried by itself, the user decides.
 */
export function sendRequestedDocument(
  reference: string,
  abrufcode: string,
  document: DocumentToSend,
): Promise<DocumentReceipt> {
  return apiFetch(submissionDocumentsPath(reference), documentReceiptSchema, {
    method: 'POST',
    headers: {
      [abrufcodeHeader]: abrufcode,
      'Content-Type': document.type,
      [fileNameHeader]: encodeURIComponent(document.name),
    },
    // The bytes themselves (a copy on its own ArrayBuffer), not a Blob: every fetch sends those as they are.
    body: document.bytes.slice(),
  });
}
