import type { ApplicationDocument } from '../../../domain/application/application-document';
import type { ApplicationDraft } from '../../../domain/application/application-draft';
import type { StepContext } from '../../../domain/application/steps/step-context';
import type { SubmissionReceiptRecord } from '../../../storage/pending-submission';
import type { DocumentBuilder } from './document-builder';
import { loadFontBytes } from './load-font';
import { applicationDocumentFor, bundleRequestFor, signingFor } from './prepare-documents';
import { readSentBundle } from './sent-bundle';

/**
 * Where the confirmation page's files come from. Normally the bundle as sent, kept encrypted with the draft
 * (storage: sentBundles): the zip is offered byte for byte, the Antrag PDF is the one inside it, and the cover
 * sheet, the refund and the English reading copy are made from the application.json inside it. Only a draft
 * sent before the app kept its bundle has none: then the files are rebuilt from the draft, and the page says so
 * (`exact: false`) rather than presenting them as sent.
 */
export type ConfirmationDocuments = {
  /** Whether the PDF and the zip are the bytes that were sent (false: rebuilt from the draft). */
  exact: boolean;
  /** The application as sent (or, when not exact, as rebuilt). */
  document: ApplicationDocument | undefined;
  pdf(): Promise<Uint8Array>;
  readingCopy(): Promise<Uint8Array>;
  zip(): Promise<Uint8Array>;
};

export async function loadConfirmationDocuments(options: {
  draft: ApplicationDraft;
  context: StepContext;
  receipt: SubmissionReceiptRecord;
  builder: DocumentBuilder;
  loadFileBytes: (id: string) => Promise<Uint8Array | undefined>;
  loadSentBundle: (draftId: string) => Promise<Uint8Array | undefined>;
}): Promise<ConfirmationDocuments> {
  const { draft, context, receipt, builder, loadFileBytes } = options;
  const stored = await options.loadSentBundle(receipt.draftId);
  const sent = stored && readSentBundle(stored);
  const readingCopyOf = (document: ApplicationDocument | undefined) => async () => {
    if (!document) throw new Error('The application cannot be read: no reading copy');
    return builder.renderAntrag({
      document,
      language: 'en',
      fontBytes: await loadFontBytes(),
      signing: signingFor(document),
    });
  };
  if (sent) {
    return {
      exact: true,
      document: sent.document,
      pdf: async () => sent.pdf,
      zip: async () => sent.zip,
      readingCopy: readingCopyOf(sent.document),
    };
  }
  // Rebuilt deterministically: the same application id (derived from the draft), createdAt = the receipt time.
  const built = applicationDocumentFor(draft, context, receipt.receivedAt);
  const document = built.ok ? built.value : undefined;
  let rebuilt: Promise<{ zip: Uint8Array; pdf: Uint8Array }> | undefined;
  const rebuild = () =>
    (rebuilt ??= (async () => {
      if (!document) throw new Error('The draft is no longer complete: the documents cannot be made again');
      return builder.buildDocuments(await bundleRequestFor(document, loadFileBytes, await loadFontBytes()));
    })());
  return {
    exact: false,
    document,
    pdf: async () => (await rebuild()).pdf,
    zip: async () => (await rebuild()).zip,
    readingCopy: readingCopyOf(document),
  };
}
