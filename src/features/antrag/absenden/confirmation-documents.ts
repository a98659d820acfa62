import type { ApplicationDocument } from '../../../domain/application/application-document';
import type { ApplicationDraft } from '../../../domain/application/application-draft';
import type { StepContext } from '../../../domain/application/steps/step-context';
import type { AntragContent, AntragLanguage } from '../../../documents/antrag/antrag-content';
import { antragContentFromApplication } from '../../../documents/antrag/antrag-content-from-application';
import type { SubmissionReceiptRecord } from '../../../storage/pending-submission';
import type { DocumentBuilder } from './document-builder';
import { loadFontBytes } from './load-font';
import { applicationDocumentFor, bundleRequestFor, signingFor } from './prepare-documents';
import { sentDocumentsFor } from './sent-documents';

/**
 * Where the confirmation page's files come from. Right after sending (same visit): the exact bytes sent, kept in
 * memory. After a reload they are gone — the storage keeps only the receipt (ADR 0010 drops bytes and key with
 * the receipt, and the receipt has no room for them) — so the files are rebuilt from the draft, deterministically:
 * the same application id (derived from the draft), `createdAt` = the insurer's receipt time. The page says so.
 */
export type ConfirmationDocuments = {
  /** Whether the files are the bytes that were sent (false: rebuilt from the draft). */
  exact: boolean;
  document: ApplicationDocument | undefined;
  content: AntragContent | undefined;
  pdf(): Promise<Uint8Array>;
  readingCopy(): Promise<Uint8Array>;
  zip(): Promise<Uint8Array>;
};

export function confirmationDocuments(options: {
  draft: ApplicationDraft;
  context: StepContext;
  receipt: SubmissionReceiptRecord;
  language: AntragLanguage;
  builder: DocumentBuilder;
  loadFileBytes: (id: string) => Promise<Uint8Array | undefined>;
}): ConfirmationDocuments {
  const { draft, context, receipt, builder, loadFileBytes } = options;
  const sent = sentDocumentsFor(receipt.reference);
  const built = applicationDocumentFor(draft, context, receipt.receivedAt);
  const document = built.ok ? built.value : undefined;
  const content = document
    ? antragContentFromApplication(document, options.language, signingFor(document))
    : undefined;
  const need = (): ApplicationDocument => {
    if (!document) throw new Error('The draft is no longer complete: the documents cannot be made again');
    return document;
  };
  let rebuilt: Promise<{ zip: Uint8Array; pdf: Uint8Array }> | undefined;
  const rebuild = () =>
    (rebuilt ??= (async () =>
      builder.buildDocuments(await bundleRequestFor(need(), loadFileBytes, await loadFontBytes())))());
  return {
    exact: sent !== undefined,
    document,
    content: content?.ok ? content.value : undefined,
    pdf: async () => sent?.pdf ?? (await rebuild()).pdf,
    zip: async () => sent?.zip ?? (await rebuild()).zip,
    readingCopy: async () => {
      const english = need();
      return builder.renderAntrag({
        document: english,
        language: 'en',
        fontBytes: await loadFontBytes(),
        signing: signingFor(english),
      });
    },
  };
}
