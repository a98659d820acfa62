import { Suspense, lazy } from 'react';
import { submissionStatusOrder, type SubmissionState } from '../../../api/contracts/submission';
import { useMessages } from '../../../i18n/feature-messages';
import { useI18n } from '../../../i18n/use-i18n';
import { formatReceivedDate } from '../absenden/format-received';
import { statusMessages } from './status-messages';
import './status.css';

// Only an advance payment's status needs the transfer details, the GiroCode and the cards: loaded with it alone.
const AdvancePaymentStatus = lazy(() =>
  import('./advance-payment-status').then((module) => ({ default: module.AdvancePaymentStatus })),
);
// The caseworker's answer (a request for documents with the upload, the decision with its letter and cards): only
// once there is one.
const DocumentRequestStatus = lazy(() =>
  import('./document-request-status').then((module) => ({ default: module.DocumentRequestStatus })),
);
const DecisionStatus = lazy(() =>
  import('./decision-status').then((module) => ({ default: module.DecisionStatus })),
);

type Props = {
  state: SubmissionState;
  /**
   * The Abrufcode the status was fetched with, and how to fetch it again: with them the page offers the letters
   * and the upload of requested documents; without them only the decision's one sentence.
   */
  access?: { abrufcode: string; refresh: () => Promise<unknown> };
};

/**
 * eingegangen → in Bearbeitung → entschieden, the current step marked in words (not by weight alone), with the
 * dates known; with the Abrufcode, a request for documents and the decision in full, else the decision in one
 * sentence. The same on /antrag/status and on the public lookup.
 */
export function StatusSteps({ state, access }: Props) {
  const t = useMessages(statusMessages);
  const { language } = useI18n();
  const current = submissionStatusOrder.indexOf(state.status);
  const dateOf = (index: number): string | undefined => {
    if (index === 0) return state.receivedAt;
    if (index === 2 && state.decision) return state.decision.decidedAt;
    return index === current ? state.updatedAt : undefined;
  };
  return (
    <>
      <h2 id="status-steps-title">{t('status.steps')}</h2>
      <ol className="status-steps" aria-labelledby="status-steps-title">
        {submissionStatusOrder.map((status, index) => {
          const date = index <= current ? dateOf(index) : undefined;
          const where =
            index < current ? 'status.done' : index === current ? 'status.current' : 'status.open';
          return (
            <li key={status} {...(index === current ? { 'aria-current': 'step' as const } : {})}>
              {t(`status.step.${status}`)}
              {date && ` ${t('status.on', { date: formatReceivedDate(date, language) })}`} {t(where)}
            </li>
          );
        })}
      </ol>
      {access ? (
        <Suspense fallback={null}>
          {/* Open as the server sees it: requested, and not decided yet (document-request-status.tsx). */}
          {(state.documentRequests?.length ?? 0) > 0 && !state.decision && state.status !== 'entschieden' && (
            <DocumentRequestStatus state={state} abrufcode={access.abrufcode} refresh={access.refresh} />
          )}
          {state.decision && <DecisionStatus state={state} abrufcode={access.abrufcode} />}
        </Suspense>
      ) : (
        state.decision && <p>{t(`status.decision.${state.decision.outcome}`)}</p>
      )}
      {state.advancePayment && (
        <Suspense fallback={null}>
          <AdvancePaymentStatus state={state} />
        </Suspense>
      )}
    </>
  );
}
