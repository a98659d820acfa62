import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../../../api/api-error';
import { submissionProblemCodes } from '../../../api/contracts/submission';
import { submitApplication } from '../../../api/submit-application';
import { checkApplication } from '../../../domain/application/check-application';
import type { PendingSubmission } from '../../../storage/pending-submission';
import { nowIso } from '../draft/clock';
import { useDraft } from '../draft/draft-context';
import { useDocumentBuilder } from './document-builder';
import { loadFontBytes } from './load-font';
import { applicationDocumentFor, bundleRequestFor } from './prepare-documents';
import type { SendPhase, SendSummary } from './send-state';
import { sendTimeout } from './send-timeout';

type Built = { zip: Uint8Array; pdf: Uint8Array; createdAt: string };

const isAlreadySubmitted = (error: unknown): boolean =>
  error instanceof ApiError && error.code === submissionProblemCodes.alreadySubmitted;

const isFinalRefusal = (error: unknown): error is ApiError =>
  error instanceof ApiError &&
  error.kind === 'http' &&
  error.status !== undefined &&
  error.status < 500 &&
  ![408, 409, 429].includes(error.status);

/**
 * Sending as ADR 0010 describes it: the bundle is built once (in a worker), stored with a fresh idempotency key
 * before the first attempt, and sent with that key until a receipt arrives. A pending record found on arrival
 * (a reload during the retries) is resumed at once with the same key and bytes. A ref, not state, guards against
 * a second send: two clicks in one frame both see the state of the render before.
 */
export function useSendApplication() {
  const { draft, context, submissions, loadFileBytes } = useDraft();
  const builder = useDocumentBuilder();
  const [phase, setPhase] = useState<SendPhase>({ kind: 'preparing' });
  const [summary, setSummary] = useState<SendSummary>();
  const [resumed, setResumed] = useState(false);
  const built = useRef<Built | undefined>(undefined);
  const pending = useRef<PendingSubmission | undefined>(undefined);
  const sending = useRef(false);
  const controller = useRef<AbortController | undefined>(undefined);
  const draftId = draft?.id;

  const transmit = useCallback(
    async (record: PendingSubmission) => {
      if (!submissions) return;
      const abort = new AbortController();
      controller.current = abort;
      setPhase({ kind: 'sending' });
      try {
        const receipt = await submitApplication({
          bytes: record.bytes,
          idempotencyKey: record.idempotencyKey,
          year: record.year,
          signal: abort.signal,
          timeout: sendTimeout,
          onProgress: (progress) => setPhase({ kind: 'sending', progress }),
        });
        const { reference, manifestSha256, receivedAt, abrufcode } = receipt;
        // Keeps the pending bytes as the bundle as sent: the confirmation offers exactly these, also after a reload.
        await submissions.completeSubmission({
          draftId: record.draftId,
          year: record.year,
          reference,
          manifestSha256,
          receivedAt,
          abrufcode,
        });
        setPhase({ kind: 'sent' });
      } catch (error) {
        if (abort.signal.aborted) return;
        if (isAlreadySubmitted(error)) {
          // This device's bytes will never be taken (the application is there already): drop them, so that no
          // reload resends them either. What the applicant does next is their choice, never an automatic one.
          pending.current = undefined;
          await submissions.discardPending(record.draftId).catch(() => undefined);
          setPhase({ kind: 'alreadySubmitted' });
        } else if (error instanceof ApiError && error.kind === 'timeout') {
          setPhase({ kind: 'timedOut' });
        } else if (isFinalRefusal(error)) {
          pending.current = undefined;
          await submissions.discardPending(record.draftId).catch(() => undefined);
          setPhase({ kind: 'refused', code: error.code, title: error.message, paths: error.paths });
        } else {
          setPhase({ kind: 'failed' });
        }
      }
    },
    [submissions],
  );

  /** "Jetzt senden" and "Erneut senden": the first stores the bundle with a new key, the second reuses both. */
  const send = useCallback(async () => {
    if (sending.current || !submissions || draftId === undefined) return;
    sending.current = true;
    try {
      let record = pending.current;
      if (!record) {
        const bundle = built.current;
        if (!bundle || !summary) return;
        const candidate: PendingSubmission = {
          draftId,
          year: summary.document.year,
          idempotencyKey: crypto.randomUUID(),
          bytes: bundle.zip,
          createdAt: bundle.createdAt,
        };
        setPhase({ kind: 'sending' });
        const saved = await submissions.savePending(candidate);
        if (saved.ok) record = candidate;
        else if (saved.reason === 'submitted') return setPhase({ kind: 'sent' });
        else {
          // Another tab started sending this draft: continue its submission, never a second one.
          const loaded = await submissions.loadPending(draftId);
          if (!loaded.ok) return setPhase({ kind: 'storageFailed' });
          record = loaded.pending;
        }
        pending.current = record;
      }
      await transmit(record);
    } catch {
      setPhase({ kind: 'storageFailed' });
    } finally {
      sending.current = false;
    }
  }, [submissions, draftId, summary, transmit]);

  // On arrival: a receipt leads to the confirmation, a pending record is resumed, otherwise the bundle is built.
  // Only when the draft changes: the page must not rebuild or restart while the user types elsewhere.
  const latest = useRef({ draft, context, loadFileBytes });
  useEffect(() => {
    latest.current = { draft, context, loadFileBytes };
  });
  useEffect(() => {
    const { draft: current, context: stepContext, loadFileBytes: load } = latest.current;
    if (!submissions || !current || !stepContext) return;
    let cancelled = false;
    void (async () => {
      if (await submissions.loadReceipt(current.id)) return !cancelled && setPhase({ kind: 'sent' });
      const stored = await submissions.loadPending(current.id);
      if (cancelled) return;
      if (stored.ok) {
        const document = applicationDocumentFor(current, stepContext, stored.pending.createdAt);
        if (document.ok) setSummary({ bytes: stored.pending.bytes.byteLength, document: document.value });
        pending.current = stored.pending;
        setResumed(true);
        if (sending.current) return;
        sending.current = true;
        await transmit(stored.pending).finally(() => (sending.current = false));
        return;
      }
      if (!checkApplication(current, stepContext).readyToSend) return setPhase({ kind: 'notReady' });
      const createdAt = nowIso();
      const document = applicationDocumentFor(current, stepContext, createdAt);
      if (!document.ok) return setPhase({ kind: 'notReady' });
      const request = await bundleRequestFor(document.value, load, await loadFontBytes());
      const documents = await builder.buildDocuments(request);
      if (cancelled) return;
      built.current = { ...documents, createdAt };
      setSummary({ bytes: documents.zip.byteLength, document: document.value });
      setPhase({ kind: 'ready' });
    })().catch(() => {
      if (!cancelled) setPhase({ kind: 'prepareFailed' });
    });
    return () => {
      cancelled = true;
      controller.current?.abort();
    };
  }, [draftId, submissions, builder, transmit]);

  return { phase, summary, resumed, send };
}
