import { createContext, useContext } from 'react';
import type { ApplicationDraft, DraftFile } from '../../../domain/application/application-draft';
import type { CheckedApplication } from '../../../domain/application/check-application';
import type { AnswerSection, Answers } from '../../../domain/application/draft-answers';
import type { StepContext } from '../../../domain/application/steps/step-context';
import type { LocalizedText } from '../../../domain/validation/result';
import type { DraftFile as StoredFile, DraftSummary, SubmissionMark } from '../../../storage/draft-store';
import type { PendingSubmissions } from '../../../storage/pending-submission';
import type { StorageErrorCode } from '../../../storage/storage-error';
import type { SkippedFile } from './check-imported-files';

export type SaveState =
  | { status: 'saved'; at?: string }
  | { status: 'saving' }
  | { status: 'failed'; code: StorageErrorCode }
  /** Another tab saved this draft: nothing is written here until the user decides (no silent overwrite). */
  | { status: 'conflict' };

export type BrokenDraft = { id: string; year: number | null; reason: string };

export type AddFilesResult = {
  added: DraftFile[];
  rejected: { name: string; reason: LocalizedText }[];
  /** Added, but with something the user should know (a photo this browser could not shrink). */
  notes: { name: string; reason: LocalizedText }[];
};

export type DraftApi = {
  storeKind: 'device' | 'memory';
  passphraseProtected: boolean;
  drafts: readonly DraftSummary[];
  brokenDrafts: readonly BrokenDraft[];
  /** The draft being edited; undefined until one is started or opened. */
  draft: ApplicationDraft | undefined;
  /** Parts of the opened draft that could not be read (kept in the draft, shown to the user). */
  unreadableParts: readonly string[];
  /**
   * The open draft's submission: pending (being sent; it waits at most until `until`) or sent. Either makes the
   * wizard pages read-only (ADR 0016). Optional only for read-only test doubles of this API.
   */
  submission?: SubmissionMark;
  saveState: SaveState;
  /** Year and today's date for the step checks; undefined without a draft. */
  context: StepContext | undefined;
  /** The draft's one checked pass (checkApplication), computed once per change; undefined without a draft. */
  checked: CheckedApplication | undefined;
  startDraft(year: number): Promise<void>;
  openDraft(id: string): Promise<boolean>;
  /** Moves the open draft to another year; false if that year already has a draft. */
  changeYear(year: number): Promise<boolean>;
  /** Replaces one section's answers, computed from the latest ones (pages save as the user types). */
  updateAnswers<S extends AnswerSection>(
    section: S,
    update: (previous: Answers[S] | undefined) => NonNullable<Answers[S]>,
  ): void;
  setLastPath(path: string): void;
  addFiles(files: readonly File[]): Promise<AddFilesResult>;
  removeFile(id: string): void;
  loadFileBytes(id: string): Promise<Uint8Array | undefined>;
  deleteDraft(id: string): Promise<void>;
  deleteEverything(): Promise<void>;
  retrySave(): void;
  /** After a conflict: take the other tab's version (reload) or keep this one (overwrite). */
  resolveConflict(keep: 'theirs' | 'mine'): void;
  lock(): void;
  /**
   * The bundle being sent with its idempotency key, then the insurer's receipt (ADR 0010), for the send pages.
   * Optional only so that read-only test doubles of this API need not provide it; the real API always does.
   */
  submissions?: PendingSubmissions;
  /**
   * Never replaces a draft of the same year unless `replace` says so; the files pass the checks of an upload.
   * A failure (quota, a broken file) leaves the existing draft as it was.
   */
  importDraft(content: unknown, files: readonly StoredFile[], replace: boolean): Promise<ImportOutcome>;
  /**
   * "Weiteren Antrag stellen": a new draft (new application id) copied from the sent one, marked as a further
   * application to the earlier reference. Optional only for read-only test doubles of this API.
   */
  startFurtherApplication?(): Promise<boolean>;
  /**
   * The applicant's registration for invitations and the members' parts as received (ADR 0024); kept in the draft,
   * so encrypted at rest. Optional only for read-only test doubles of this API.
   */
  updateInvitations?(
    update: (previous: ApplicationDraft['invitations']) => ApplicationDraft['invitations'],
  ): void;
  /**
   * A family member's own draft for the invitation (issue 14): opened if this device has one for it, else created
   * with the member as the draft's person. 'yearTaken' when this device keeps another draft of that year in
   * progress. Optional only for read-only test doubles of this API.
   */
  startMemberDraft?(input: MemberDraftInput): Promise<'opened' | 'created' | 'yearTaken'>;
};

export type MemberDraftInput = {
  year: number;
  memberOf: NonNullable<ApplicationDraft['memberOf']>;
  /** As the member typed it to open the invitation (TT.MM.JJJJ): their own date of birth. */
  birthDate: string;
};

export type ImportOutcome =
  | { ok: true; replaced: boolean; unreadableParts: string[]; skipped: SkippedFile[]; notes: SkippedFile[] }
  | { ok: false; reason: 'notADraft' | 'newerVersion' | 'unknownVersion' | 'sent' | 'sending' }
  | { ok: false; reason: 'yearTaken'; year: number }
  | { ok: false; reason: 'storage'; code: StorageErrorCode };

export const DraftContext = createContext<DraftApi | null>(null);

export function useDraft(): DraftApi {
  const value = useContext(DraftContext);
  if (!value) throw new Error('useDraft must be used below the application layout');
  return value;
}
