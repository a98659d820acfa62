import type { ApplicationDocument } from '../../../domain/application/application-document';
import { applicationDocumentVersion } from '../../../domain/application/application-document';
import { rulesVersion } from '../../../domain/figures/rules-version';
import type { AntragLanguage } from '../../../documents/antrag/antrag-content';
import { antragContentFromApplication } from '../../../documents/antrag/antrag-content-from-application';
import { renderAntragPdf } from '../../../documents/antrag/render-antrag-pdf';
import { buildBundle } from '../../../documents/bundle/build-bundle';

// Pure work on bytes, with no DOM and no storage: it runs inside the module worker in the browser
// (build-documents.worker.ts) and directly in tests and where no worker is available (document-builder.ts).

/** Written into bag-info.txt: which app made the bundle (package.json's version). */
export const appVersion = '0.1.0';

export type Signing = { place: string | null; signedOn: string };

export type BundleRequest = {
  document: ApplicationDocument;
  /** In the order of `document.attachments`, with their names in the bundle. */
  attachments: readonly { name: string; bytes: Uint8Array }[];
  fontBytes: Uint8Array;
  signing: Signing;
};

export type BuiltDocuments = { zip: Uint8Array; pdf: Uint8Array };

export type ReadingCopyRequest = {
  document: ApplicationDocument;
  language: AntragLanguage;
  fontBytes: Uint8Array;
  signing: Signing;
};

/** The Antrag PDF in `language`; English is the reading copy, marked as such by the renderer's English copy. */
export async function renderAntrag(request: ReadingCopyRequest): Promise<Uint8Array> {
  const content = antragContentFromApplication(request.document, request.language, request.signing);
  if (!content.ok) throw new Error(`Antrag content: ${content.problem.message.en}`);
  return renderAntragPdf(content.value, { fontBytes: request.fontBytes });
}

/** The German Antrag PDF and the upload bundle (BagIt in a zip, ADR 0009) holding it, built once. */
export async function buildDocuments(request: BundleRequest): Promise<BuiltDocuments> {
  const { document } = request;
  const pdf = await renderAntrag({ ...request, language: 'de' });
  const zip = buildBundle({
    applicationId: document.applicationId,
    year: document.year,
    created: document.createdAt,
    appVersion,
    schemaVersion: applicationDocumentVersion,
    rulesVersion,
    applicationJson: new TextEncoder().encode(`${JSON.stringify(document, null, 2)}\n`),
    antragPdf: pdf,
    attachments: request.attachments,
  });
  return { zip, pdf };
}
