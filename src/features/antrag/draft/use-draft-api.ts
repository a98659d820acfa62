import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ApplicationDraft, DraftFile } from '../../../domain/application/application-draft';
import type { CheckedApplication } from '../../../domain/application/check-application';
import type { StepContext } from '../../../domain/application/steps/step-context';
import { createDraft } from '../../../domain/application/new-draft';
import { maxFilesPerDraft } from '../../../domain/uploads/upload-policy';
import type { DraftFile as StoredFile, DraftStore, DraftSummary } from '../../../storage/draft-store';
import { openDraftChannel } from '../../../storage/draft-channel';
import type { PendingSubmissions } from '../../../storage/pending-submission';
import { toStorageError } from '../../../storage/storage-error';
import { nowIso, todayIso } from './clock';
import type { AddFilesResult, BrokenDraft, DraftApi, ImportOutcome, SaveState } from './draft-context';
import { memberDraftAnswers } from './member-draft';
import { deleteEverything, lockSession, rememberCurrentDraft } from './draft-session';
import { newId } from './new-id';
import { storedContent } from './stored-content';
import type { PhotoShrinker } from '../photos/photo-shrinker';

// Photos and export files are handled by code that loads with the first file, not with the wizard's layout.
const lazyPhotoShrinker: PhotoShrinker = (upload) =>
  import('../photos/shrink-photo-client').then(({ defaultPhotoShrinker }) => defaultPhotoShrinker(upload));

type CheckApplication = (draft: ApplicationDraft, context: StepContext) => CheckedApplication;
type Session = { store: DraftStore; passphraseProtected: boolean; currentDraftId?: string };

/**
 * The open draft in memory and its copy in the store. Every change is shown at once and written behind the
 * scenes, one write at a time with the latest state winning; a failed write keeps the answers in memory, says so,
 * and is retried with the next change or the user's "Erneut speichern".
 */
export function useDraftApi(
  session: Session,
  onLocked: () => void,
  shrinkPhoto: PhotoShrinker = lazyPhotoShrinker,
): DraftApi | undefined {
  const { store } = session;
  const [loaded, setLoaded] = useState(false);
  const [drafts, setDrafts] = useState<DraftSummary[]>([]);
  const [broken, setBroken] = useState<BrokenDraft[]>([]);
  const [draft, setDraftState] = useState<ApplicationDraft | undefined>();
  const [unreadableParts, setUnreadableParts] = useState<string[]>([]);
  const [saveState, setSaveState] = useState<SaveState>({ status: 'saved' });
  const draftRef = useRef<ApplicationDraft | undefined>(undefined);
  const pending = useRef<ApplicationDraft | undefined>(undefined);
  const writing = useRef(false);
  const stale = useRef(false);
  const channel = useMemo(() => (store.kind === 'device' ? openDraftChannel() : undefined), [store]);

  const refresh = useCallback(async () => {
    const list = await store.listDrafts();
    setDrafts(list);
    return list;
  }, [store]);

  const flush = useCallback(async () => {
    if (writing.current) return;
    writing.current = true;
    try {
      while (pending.current) {
        if (stale.current) {
          setSaveState({ status: 'conflict' });
          return;
        }
        const next = pending.current;
        pending.current = undefined;
        setSaveState({ status: 'saving' });
        try {
          const result = await store.saveDraft(storedContent(next), next.updatedAt);
          // Another tab created a draft for the same year meanwhile: keep this one in memory and say so.
          if (!result.ok) {
            pending.current ??= next;
            setSaveState({ status: 'failed', code: 'exists' });
            return;
          }
          channel?.announceChange(next.id);
        } catch (error) {
          pending.current ??= next;
          setSaveState({ status: 'failed', code: toStorageError(error).code });
          return;
        }
        // The list (expiry dates) is refreshed inside the loop: a change that arrives meanwhile finds
        // `writing` set, returns, and is written by the next round here — never left behind in memory.
        if (!pending.current) await refresh();
        // "Saved" only when nothing newer waits: the status must never claim more than is on the device.
        if (!pending.current) setSaveState({ status: 'saved', at: next.updatedAt });
      }
    } finally {
      writing.current = false;
    }
  }, [store, refresh, channel]);

  const show = useCallback((next: ApplicationDraft | undefined) => {
    draftRef.current = next;
    rememberCurrentDraft(next?.id);
    setDraftState(next);
  }, []);

  // A draft being sent or sent is read-only (ADR 0016): besides the layout's guard, no change reaches the store.
  const lockedRef = useRef(false);
  const locked = drafts.some((summary) => summary.id === draft?.id && summary.submission !== undefined);
  useEffect(() => {
    lockedRef.current = locked;
  }, [locked]);

  const change = useCallback(
    (mutate: (current: ApplicationDraft) => ApplicationDraft) => {
      const current = draftRef.current;
      if (!current || lockedRef.current) return;
      const next = { ...mutate(current), updatedAt: nowIso() };
      show(next);
      pending.current = next;
      void flush();
    },
    [show, flush],
  );

  const open = useCallback(
    async (id: string): Promise<boolean> => {
      const loadedDraft = await store.loadDraft(id);
      if (!loadedDraft.ok) return false;
      // The schema (zod, every answer section) loads only when there is a stored draft to read.
      const { parseStoredDraft } = await import('../../../domain/application/stored-draft');
      const parsed = parseStoredDraft(loadedDraft.content);
      if (!parsed.ok) {
        setBroken((list) => [
          ...list.filter((entry) => entry.id !== id),
          { id, year: loadedDraft.year, reason: parsed.reason },
        ]);
        return false;
      }
      setUnreadableParts(parsed.unreadableParts);
      show(parsed.draft);
      return true;
    },
    [store, show],
  );

  // Two tabs on one draft: the other tab's save marks ours stale, so neither overwrites the other silently.
  // Another tab that starts or finishes sending a draft changes what this tab may edit: the list is reloaded.
  useEffect(() => {
    if (!channel) return;
    const stop = channel.onChange((id) => {
      if (id === draftRef.current?.id) {
        stale.current = true;
        setSaveState({ status: 'conflict' });
      }
    });
    const stopSubmission = channel.onSubmission(() => void refresh().catch(() => undefined));
    return () => {
      stop();
      stopSubmission();
      channel.close();
    };
  }, [channel, refresh]);

  // The send pages use the store's submissions through this wrapper, so that the draft's list (and with it the
  // read-only guard) learns at once that a submission started, ended or was given up, here and in other tabs.
  // The one checked pass over the draft (checkApplication), once per change of the draft or of the day: every page,
  // the task list and the limit read it instead of checking the answers again.
  const today = todayIso();
  const year = draft?.year;
  const context = useMemo(
    () => (year === undefined ? undefined : { year, referenceDate: today }),
    [year, today],
  );
  // The step schemas load with the first draft, not before: the year question of a new user needs none of them.
  const [check, setCheck] = useState<CheckApplication | undefined>(undefined);
  const wantsCheck = draft !== undefined && check === undefined;
  useEffect(() => {
    if (!wantsCheck) return;
    let cancelled = false;
    void import('../../../domain/application/check-application').then((module) => {
      if (!cancelled) setCheck(() => module.checkApplication);
    });
    return () => {
      cancelled = true;
    };
  }, [wantsCheck]);
  const checked = useMemo(
    () => (draft && context && check ? check(draft, context) : undefined),
    [draft, context, check],
  );

  const submissions = useMemo((): PendingSubmissions => {
    const inner = store.submissions;
    const changed = async (draftId: string) => {
      channel?.announceSubmission(draftId);
      await refresh().catch(() => undefined);
    };
    return {
      savePending: async (pending) => {
        const result = await inner.savePending(pending);
        await changed(pending.draftId);
        return result;
      },
      loadPending: (draftId) => inner.loadPending(draftId),
      completeSubmission: async (receipt) => {
        await inner.completeSubmission(receipt);
        await changed(receipt.draftId);
      },
      discardPending: async (draftId) => {
        await inner.discardPending(draftId);
        await changed(draftId);
      },
      loadReceipt: (draftId) => inner.loadReceipt(draftId),
      loadSentBundle: (draftId) => inner.loadSentBundle(draftId),
    };
  }, [store, channel, refresh]);

  // A tab left open for weeks: expired drafts go when the user comes back to it, as at start-up (TR O.Data_4).
  useEffect(() => {
    const sweep = () => {
      if (document.visibilityState !== 'visible') return;
      void store
        .sweepExpired(nowIso())
        .then(async (removed) => {
          if (removed === 0) return;
          const list = await refresh();
          if (draftRef.current && !list.some((summary) => summary.id === draftRef.current?.id))
            show(undefined);
        })
        .catch(() => undefined);
    };
    document.addEventListener('visibilitychange', sweep);
    return () => document.removeEventListener('visibilitychange', sweep);
  }, [store, refresh, show]);

  // On arrival: purge expired drafts (TR O.Data_4), then resume the draft used last.
  useEffect(() => {
    let cancelled = false;
    void (async () => {
      await store.sweepExpired(nowIso());
      const list = await refresh();
      const brokenList: BrokenDraft[] = [];
      // The draft this tab had open, else the one changed last.
      const remembered = list.some((summary) => summary.id === session.currentDraftId)
        ? session.currentDraftId
        : undefined;
      const preferred = remembered ?? [...list].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0]?.id;
      for (const summary of list) {
        const result = await store.loadDraft(summary.id);
        if (!result.ok) brokenList.push({ id: summary.id, year: summary.year, reason: result.reason });
      }
      if (cancelled) return;
      setBroken(brokenList);
      if (preferred !== undefined && !brokenList.some((entry) => entry.id === preferred))
        await open(preferred);
      if (!cancelled) setLoaded(true);
    })().catch((error: unknown) => {
      if (!cancelled) {
        setSaveState({ status: 'failed', code: toStorageError(error).code });
        setLoaded(true);
      }
    });
    return () => {
      cancelled = true;
    };
    // Once per opened store: re-running it later would replace the draft being edited with the stored copy.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [store]);

  const api = useMemo((): DraftApi => {
    const startDraft = async (year: number) => {
      // The year's draft in progress, else its sent one (read-only, offering a further application).
      const ofYear = drafts.filter((summary) => summary.year === year);
      const existing = ofYear.find((summary) => summary.submission?.state !== 'sent') ?? ofYear[0];
      if (existing && (await open(existing.id))) return;
      const created = createDraft(newId(), year, nowIso());
      const result = await store.saveDraft(storedContent(created), created.updatedAt);
      if (!result.ok) {
        await open(result.existingId);
        return;
      }
      show(created);
      setUnreadableParts([]);
      await refresh();
    };
    const addFiles = async (files: readonly File[]): Promise<AddFilesResult> => {
      const result: AddFilesResult = { added: [], rejected: [], notes: [] };
      const current = draftRef.current;
      if (!current) return result;
      const { acceptFile, tooManyFiles } = await import('./accept-file');
      for (const file of files) {
        if (current.files.length + result.added.length >= maxFilesPerDraft) {
          result.rejected.push({ name: file.name, reason: tooManyFiles });
          continue;
        }
        // Photos are stored shrunk and without their EXIF (GPS position!); the index describes what is stored.
        const shrunk = await acceptFile(file, shrinkPhoto);
        if (!shrunk.ok) {
          result.rejected.push({ name: shrunk.name, reason: shrunk.reason });
          continue;
        }
        if (shrunk.note) result.notes.push({ name: shrunk.name, reason: shrunk.note });
        const meta: DraftFile = {
          id: newId(),
          name: shrunk.name,
          type: shrunk.type,
          size: shrunk.bytes.byteLength,
          addedAt: nowIso(),
        };
        const stored = await store.saveFile(current.id, { ...meta, bytes: shrunk.bytes }, meta.addedAt);
        if (stored.ok) result.added.push(meta);
        else
          result.rejected.push({
            name: file.name,
            reason: { de: 'Der Entwurf ist nicht mehr vorhanden.', en: 'The draft no longer exists.' },
          });
      }
      if (result.added.length > 0) change((d) => ({ ...d, files: [...d.files, ...result.added] }));
      return result;
    };
    return {
      storeKind: store.kind,
      passphraseProtected: session.passphraseProtected,
      drafts,
      brokenDrafts: broken,
      draft,
      unreadableParts,
      saveState,
      context,
      checked,
      startDraft,
      openDraft: open,
      changeYear: async (year) => {
        const current = draftRef.current;
        if (!current || lockedRef.current) return false;
        const holds = (summary: DraftSummary) => summary.submission?.state !== 'sent';
        if (drafts.some((summary) => summary.year === year && summary.id !== current.id && holds(summary)))
          return false;
        change((d) => ({ ...d, year }));
        return true;
      },
      updateAnswers: (section, update) =>
        change((d) => ({ ...d, answers: { ...d.answers, [section]: update(d.answers[section]) } })),
      setLastPath: (path) => {
        if (draftRef.current && draftRef.current.lastPath !== path) change((d) => ({ ...d, lastPath: path }));
      },
      addFiles,
      removeFile: (id) => {
        const current = draftRef.current;
        if (!current) return;
        change((d) => ({ ...d, files: d.files.filter((file) => file.id !== id) }));
        void store.deleteFile(current.id, id).catch(() => {
          // The record stays until the draft is deleted or expires; the draft no longer lists it.
        });
      },
      loadFileBytes: async (id) => {
        const current = draftRef.current;
        if (!current) return undefined;
        const result = await store.loadFile(current.id, id);
        return result.ok ? result.file.bytes : undefined;
      },
      deleteDraft: async (id) => {
        await store.deleteDraft(id);
        setBroken((list) => list.filter((entry) => entry.id !== id));
        if (draftRef.current?.id === id) show(undefined);
        await refresh();
      },
      deleteEverything: async () => {
        show(undefined);
        await deleteEverything();
        onLocked();
      },
      retrySave: () => {
        if (draftRef.current) pending.current ??= draftRef.current;
        void flush();
      },
      resolveConflict: (keep) => {
        stale.current = false;
        const current = draftRef.current;
        if (!current) return;
        if (keep === 'theirs') {
          pending.current = undefined;
          setSaveState({ status: 'saved' });
          void open(current.id);
          return;
        }
        pending.current = { ...current, updatedAt: nowIso() };
        void flush();
      },
      lock: () => {
        show(undefined);
        lockSession();
        onLocked();
      },
      submissions,
      submission: drafts.find((summary) => summary.id === draft?.id)?.submission,
      importDraft: async (content, files, replace): Promise<ImportOutcome> => {
        const { importIntoStore } = await import('./import-into-store');
        const result = await importIntoStore({ store, drafts, content, files, replace, shrinkPhoto });
        if (result.draft === undefined || !result.outcome.ok) return result.outcome;
        const { replacedId } = result;
        if (replacedId !== undefined) setBroken((list) => list.filter((entry) => entry.id !== replacedId));
        show(result.draft);
        setUnreadableParts(result.outcome.unreadableParts);
        await refresh();
        return result.outcome;
      },
      updateInvitations: (update) => change((d) => ({ ...d, invitations: update(d.invitations) })),
      startMemberDraft: async ({ year, memberOf, birthDate }) => {
        // The draft this device already keeps for the invitation, even when the year has another one meanwhile.
        for (const summary of drafts.filter((entry) => entry.year === year)) {
          const loadedDraft = await store.loadDraft(summary.id);
          if (!loadedDraft.ok) continue;
          const { parseStoredDraft } = await import('../../../domain/application/stored-draft');
          const parsed = parseStoredDraft(loadedDraft.content);
          if (parsed.ok && parsed.draft.memberOf?.invitationId === memberOf.invitationId) {
            await open(summary.id);
            // The link may have been sent again: the newest token and expiry count.
            change((d) => ({ ...d, memberOf }));
            return 'opened';
          }
        }
        const created: ApplicationDraft = {
          ...createDraft(newId(), year, nowIso()),
          memberOf,
          answers: memberDraftAnswers(memberOf, birthDate),
        };
        const result = await store.saveDraft(storedContent(created), created.updatedAt);
        if (!result.ok) return 'yearTaken';
        show(created);
        setUnreadableParts([]);
        await refresh();
        return 'created';
      },
      startFurtherApplication: async () => {
        const sent = draftRef.current;
        const mark = drafts.find((summary) => summary.id === sent?.id)?.submission;
        if (!sent || mark?.state !== 'sent') return false;
        // Files are copied too: documents sent later are usually added to what was already there.
        // The declarations are given anew for the new application; everything else is the starting point.
        const { declarations: _given, ...answers } = sent.answers;
        const copy: ApplicationDraft = {
          ...createDraft(newId(), sent.year, nowIso()),
          answers,
          files: sent.files,
          furtherApplicationTo: { reference: mark.reference },
        };
        const copied: StoredFile[] = [];
        for (const file of sent.files) {
          const loadedFile = await store.loadFile(sent.id, file.id);
          if (loadedFile.ok) copied.push(loadedFile.file);
        }
        copy.files = sent.files.filter((file) => copied.some((entry) => entry.id === file.id));
        const saved = await store.replaceDraft({ draft: storedContent(copy), files: copied }, copy.updatedAt);
        if (!saved.ok) return false;
        show(copy);
        setUnreadableParts([]);
        await refresh();
        return true;
      },
    };
  }, [
    store,
    session.passphraseProtected,
    drafts,
    broken,
    draft,
    context,
    checked,
    unreadableParts,
    saveState,
    open,
    show,
    refresh,
    change,
    flush,
    onLocked,
    shrinkPhoto,
    submissions,
  ]);

  return loaded ? api : undefined;
}
