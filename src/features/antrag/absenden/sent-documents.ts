/**
 * The exact bytes sent, kept in memory for the rest of the visit so the confirmation page offers the very files
 * the insurer received. After a reload they are gone: the storage keeps only the receipt once it arrives
 * (ADR 0010), and the confirmation page rebuilds the files from the draft (confirmation-documents.ts).
 */
export type SentDocuments = { zip: Uint8Array; pdf?: Uint8Array };

const sent = new Map<string, SentDocuments>();

export function rememberSentDocuments(reference: string, documents: SentDocuments): void {
  sent.clear();
  sent.set(reference, documents);
}

export function sentDocumentsFor(reference: string): SentDocuments | undefined {
  return sent.get(reference);
}
