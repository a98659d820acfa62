import type { DraftFile } from './application-draft';
import type { ApplicationAttachment } from './application-document';

/** One attached file before it has its name in the bundle. */
export type AttachmentRef = Omit<ApplicationAttachment, 'name'> & {
  file: DraftFile;
  /** Position of the member in the household (applicant = 1), for names like muster55-m2.pdf. */
  memberIndex: number | null;
  /** For receipts: the day it counts on and the provider. */
  date: string | null;
  label: string | null;
};

/** Where an entry cites its files: what the attachments list and the file names say of them. */
export type AttachmentPlace = Pick<AttachmentRef, 'purpose' | 'refId' | 'memberIndex' | 'date' | 'label'>;

/**
 * Collects the files a document's entries cite, in the order cited, and names them for the bag's data/ folder:
 * the same for the application (build-application-document.ts) and a member's part
 * (build-member-part-document.ts), so that both list and name their proofs alike. A file id the draft no longer
 * holds is left out. With `citeOnce` a file two entries cite is listed once, at the first (a member's part, whose
 * schema refuses a file listed twice); without it each citation is listed, as the application always has.
 */
export function collectAttachments(files: readonly DraftFile[], { citeOnce }: { citeOnce: boolean }) {
  const byId = new Map(files.map((file) => [file.id, file]));
  const refs: AttachmentRef[] = [];
  return {
    /** Whether the draft still holds the file: an entry may cite only files kept. */
    holds: (fileId: string): boolean => byId.has(fileId),
    attach(fileIds: readonly string[], place: AttachmentPlace): void {
      for (const fileId of fileIds) {
        const file = byId.get(fileId);
        if (file === undefined || (citeOnce && refs.some((ref) => ref.fileId === fileId))) continue;
        refs.push({ fileId, type: file.type, file, ...place });
      }
    },
    /** The attachments list, each file under the name `nameAttachments` gives it (its id if none). */
    named(nameAttachments: (refs: readonly AttachmentRef[]) => string[]): ApplicationAttachment[] {
      const names = nameAttachments(refs);
      return refs.map(({ fileId, type, purpose, refId }, i) => ({
        fileId,
        name: names[i] ?? fileId,
        type,
        purpose,
        refId,
      }));
    },
  };
}
