import type { BundleFile } from '../../documents/bundle/read-bundle';
import type { AttachmentType } from './attachment-viewer';
import type { FileButtons } from './file-buttons';

/** An attachment the caseworker chose to see: its id in the document's attachments list and the file in data/. */
export type ChosenAttachment = { fileId: string; name: string; type: AttachmentType; bytes: Uint8Array };

export type AttachmentFileButtonsOptions = {
  /** The document's attachments list by file id (application.json or member-part.json). */
  attachments: ReadonlyMap<string, { name: string }>;
  /** The bag's payload files by their name in data/ (payloadFilesByName). */
  files: ReadonlyMap<string, BundleFile>;
  /** The file id shown now, so that its button reads as pressed. */
  shownFileId: string | undefined;
  onShow: (chosen: ChosenAttachment) => void;
  /** Each view words its buttons in its own messages. */
  missingLabel: (name: string) => string;
  showLabel: (name: string) => string;
};

/**
 * The payload files of a verified bag by the name the attachments list gives them (data/ left off), for
 * attachmentFileButtons.
 */
export const payloadFilesByName = (files: readonly BundleFile[]): Map<string, BundleFile> =>
  new Map(files.map((file) => [file.path.replace(/^data\//, ''), file]));

/**
 * The "Anzeigen" buttons for an entry's file ids, the same for the application (case-review-view.tsx) and for a
 * member's part (member-part-view.tsx): both documents cite their files by id through an attachments list, and a
 * caseworker must see the same list for both. An id the list or the bag does not hold — or that names the
 * document itself — is shown as missing rather than dropped, so that a gap in the proofs stays visible.
 */
export function attachmentFileButtons({
  attachments,
  files,
  shownFileId,
  onShow,
  missingLabel,
  showLabel,
}: AttachmentFileButtonsOptions): FileButtons {
  return (fileIds) => {
    if (fileIds.length === 0) return null;
    return (
      <ul className="case-file-list">
        {fileIds.map((fileId) => {
          const attachment = attachments.get(fileId);
          const file = attachment ? files.get(attachment.name) : undefined;
          if (!attachment || !file || file.type === 'application/json') {
            return <li key={fileId}>{missingLabel(attachment?.name ?? fileId)}</li>;
          }
          return (
            <li key={fileId}>
              <button
                type="button"
                className="case-link-button"
                aria-pressed={shownFileId === fileId}
                onClick={() =>
                  onShow({
                    fileId,
                    name: attachment.name,
                    type: file.type as AttachmentType,
                    bytes: file.bytes,
                  })
                }
              >
                {showLabel(attachment.name)}
              </button>
            </li>
          );
        })}
      </ul>
    );
  };
}
