import type { ApplicationDocument } from '../../../domain/application/application-document';
import type { ApplicationDraft } from '../../../domain/application/application-draft';
import { buildApplicationDocument } from '../../../domain/application/build-application-document';
import { checkApplication } from '../../../domain/application/check-application';
import type { StepContext } from '../../../domain/application/steps/step-context';
import type { Result } from '../../../domain/validation/result';
import { attachmentNames } from '../../../documents/bundle/attachment-name';
import { applicationIdFor } from './application-id';
import { attachmentNameInputs } from './attachment-inputs';
import type { BundleRequest, Signing } from './build-documents';

/**
 * application.json for this draft, with the id derived from the draft and `createdAt` as given: the moment the
 * bundle was built, which the pending record keeps, so the same draft always gives the same document.
 */
export function applicationDocumentFor(
  draft: ApplicationDraft,
  context: StepContext,
  createdAt: string,
): Result<ApplicationDocument> {
  return buildApplicationDocument(checkApplication(draft, context), {
    applicationId: applicationIdFor(draft.id),
    createdAt,
    nameAttachments: (refs) => attachmentNames(attachmentNameInputs(refs)),
  });
}

/** The calendar day of `createdAt` in Germany, where the applicant signs (the renderer never reads the clock). */
export function signingFor(document: ApplicationDocument): Signing {
  const day = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Berlin',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(document.createdAt));
  return { place: document.applicant.address.city, signedOn: day };
}

export class MissingAttachmentError extends Error {
  constructor(readonly fileId: string) {
    super(`Attachment ${fileId} could not be read from the draft`);
  }
}

/** Everything the worker needs: the document, each attachment's bytes under its bundle name, the font. */
export async function bundleRequestFor(
  document: ApplicationDocument,
  loadFileBytes: (id: string) => Promise<Uint8Array | undefined>,
  fontBytes: Uint8Array,
): Promise<BundleRequest> {
  const attachments = [];
  for (const attachment of document.attachments) {
    const bytes = await loadFileBytes(attachment.fileId);
    if (!bytes) throw new MissingAttachmentError(attachment.fileId);
    attachments.push({ name: attachment.name, bytes });
  }
  return { document, attachments, fontBytes, signing: signingFor(document) };
}
