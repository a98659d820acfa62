import type { ApplicationDraft } from '../../../domain/application/application-draft';
import type { CheckedApplication } from '../../../domain/application/check-application';
import {
  buildMemberPartDocument,
  type MemberDeclarationAnswers,
} from '../../../domain/member-part/build-member-part-document';
import type { Problem } from '../../../domain/validation/result';
import { attachmentNames } from '../../../documents/bundle/attachment-name';
import { buildMemberPartBag } from '../../../documents/member-part/build-member-part-bag';
import { appVersion } from '../absenden/build-documents';
import { attachmentNameInputs } from '../absenden/attachment-inputs';

export type MemberPartBytes =
  { ok: true; bytes: Uint8Array } | { ok: false; problems: Problem[] } | { ok: false; missingFile: string };

/**
 * The member's own bag (issue 14) from their draft: member-part.json and their proofs, named as the applicant's
 * attachments are named, built by the same writer as the applicant's bundle. The bag is what the server verifies
 * and keeps; the applicant's app receives only its summary.
 */
export async function memberPartBytes(
  checked: CheckedApplication,
  memberOf: NonNullable<ApplicationDraft['memberOf']>,
  declarations: MemberDeclarationAnswers,
  loadFileBytes: (id: string) => Promise<Uint8Array | undefined>,
  createdAt: string,
): Promise<MemberPartBytes> {
  const document = buildMemberPartDocument(checked, {
    memberOf,
    createdAt,
    declarations,
    nameAttachments: (refs) => attachmentNames(attachmentNameInputs(refs)),
  });
  if (!document.ok) return { ok: false, problems: document.problems };
  const files = [];
  for (const attachment of document.value.attachments) {
    const bytes = await loadFileBytes(attachment.fileId);
    if (!bytes) return { ok: false, missingFile: attachment.fileId };
    files.push({ name: attachment.name, bytes });
  }
  return { ok: true, bytes: buildMemberPartBag({ document: document.value, files, appVersion }) };
}
