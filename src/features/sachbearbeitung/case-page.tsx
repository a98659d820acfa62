import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../api/api-error';
import {
  caseBundle,
  caseReviewKey,
  caseReviewQuery,
  caseUpload,
  checkIncome,
  markReceipt,
  recordAttachmentViewed,
} from '../../api/case-review-client';
import type { CaseReviewState } from '../../api/contracts/case-review';
import { caseTakenProblemSchema } from '../../api/contracts/caseworker-queue';
import { readApplicationBundle } from '../../documents/bundle/application-document-check';
import type { ReceiptJudgement } from '../../domain/case-review/receipt-mark';
import { reviewedLimit } from '../../domain/case-review/reviewed-limit';
import { useMessages } from '../../i18n/feature-messages';
import { formatCalendarDate, formatInstantDate } from '../../i18n/format-date';
import { useI18n } from '../../i18n/use-i18n';
import { NotificationBanner } from '../../ui/notification-banner';
import { PageHeading } from '../../ui/page-heading';
import { SummaryList } from '../../ui/summary-list';
import { usePageTitle } from '../../ui/use-page-title';
import { BundleProblems } from './bundle-problems';
import { CaseHistory } from './case-history';
import { caseMessages } from './case-messages';
import { CaseReviewView, type ShownFile } from './case-review-view';
import { useCaseworker } from './caseworker-layout';
import { DecisionPanel } from './decision-panel';
import { MemberPartsSection } from './member-parts-section';
import { queuePath } from './sachbearbeitung-paths';
import './case-page.css';

const berlinDay = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Berlin',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The bundle as received, verified in this browser by the same reader as the CLI and the server. */
async function verifiedBundle(reference: string) {
  return readApplicationBundle(await caseBundle(reference));
}

/**
 * One case (/sachbearbeitung/vorgang/:reference; issue 13, deliverables 4 to 6). Opening it assigns it to the
 * caseworker (the server answers 409 naming who has it otherwise), loads the bundle as received and verifies it
 * here: a bundle that fails shows each problem and offers no decision. Otherwise the review with marks and ticks
 * (saved on the server, each audited), the decision, the letters and the case's history.
 */
export function CasePage() {
  const t = useMessages(caseMessages);
  const { t: core, language } = useI18n();
  const { reference = '' } = useParams();
  usePageTitle(t('case.title', { reference }), core('app.name'));
  const { session, endSession } = useCaseworker();
  const queryClient = useQueryClient();
  const bundle = useQuery({
    queryKey: ['caseworker', 'case', reference, 'bundle'],
    queryFn: () => verifiedBundle(reference),
    staleTime: Infinity,
    retry: false,
  });
  const review = useQuery({ ...caseReviewQuery(reference), enabled: bundle.isSuccess });
  const [extraFile, setExtraFile] = useState<ShownFile | undefined>(undefined);
  const unauthenticated = [bundle.error, review.error].some(
    (error) => error instanceof ApiError && error.status === 401,
  );
  useEffect(() => {
    if (unauthenticated) endSession('expired');
  }, [unauthenticated, endSession]);

  const state = review.data;
  const judgements = useMemo(
    () =>
      new Map<string, ReceiptJudgement>(
        (state?.receiptMarks ?? []).map((entry) => [
          entry.receiptId,
          { mark: entry.mark, reason: entry.reason },
        ]),
      ),
    [state],
  );
  const incomeChecks = useMemo(
    () => new Map((state?.incomeChecks ?? []).map((entry) => [entry.incomeId, entry.by.displayName])),
    [state],
  );
  const update = (next: CaseReviewState) => {
    queryClient.setQueryData(caseReviewKey(reference), next);
    void queryClient.invalidateQueries({ queryKey: ['caseworker', 'case', reference, 'history'] });
  };

  const back = (
    <p>
      <Link to={queuePath}>{t('case.back')}</Link>
    </p>
  );

  if (bundle.isPending) {
    return (
      <div className="page">
        {back}
        <PageHeading>{t('case.title', { reference })}</PageHeading>
        <p role="status">{t('case.loading')}</p>
      </div>
    );
  }
  if (bundle.isError) {
    const error = bundle.error;
    const taken =
      error instanceof ApiError && error.status === 409
        ? caseTakenProblemSchema.safeParse(error.problem)
        : undefined;
    const notFound = error instanceof ApiError && error.status === 404;
    return (
      <div className="page">
        {back}
        <PageHeading>{t('case.title', { reference })}</PageHeading>
        <NotificationBanner kind={taken?.success ? 'info' : 'error'} title={t('case.title', { reference })}>
          <p>
            {taken?.success
              ? t('case.taken', { name: taken.data.assignedTo.displayName })
              : notFound
                ? t('case.notFound')
                : t('case.failed')}
          </p>
          {!taken?.success && !notFound && (
            <button type="button" className="button button--secondary" onClick={() => void bundle.refetch()}>
              {t('case.retry')}
            </button>
          )}
        </NotificationBanner>
      </div>
    );
  }

  const read = bundle.data;
  const limit = read.ok ? reviewedLimit(read.application, judgements) : undefined;
  const decided = state?.decision !== null && state?.decision !== undefined;
  const editable = state !== undefined && !decided && state.assignedTo?.id === session.caseworker.id;

  const showUpload = async (upload: CaseReviewState['uploads'][number]) => {
    const bytes = await caseUpload(reference, upload.id);
    setExtraFile({ key: `upload-${upload.id}`, name: upload.name, type: upload.mediaType, bytes });
  };

  return (
    <div className="page page--wide">
      {back}
      <PageHeading>{t('case.title', { reference })}</PageHeading>
      <section aria-labelledby="facts-title">
        <h2 id="facts-title" className="visually-hidden">
          {t('case.facts')}
        </h2>
        <SummaryList
          rows={[
            { key: t('case.fact.reference'), value: reference },
            ...(read.ok
              ? [{ key: t('case.fact.applicationId'), value: read.application.applicationId }]
              : []),
            ...(read.ok ? [{ key: t('case.fact.year'), value: String(read.application.year) }] : []),
            ...(state
              ? [
                  { key: t('case.fact.status'), value: t(`case.status.${state.status}`) },
                  { key: t('case.fact.assigned'), value: state.assignedTo?.displayName ?? '–' },
                  { key: t('case.fact.deleteOn'), value: formatCalendarDate(state.deleteOn, language) },
                ]
              : []),
          ]}
        />
      </section>

      {!read.ok ? (
        <BundleProblems problems={read.problems} />
      ) : (
        <>
          <CaseReviewView
            document={read.application}
            files={read.files}
            flags={read.flags}
            judgements={judgements}
            onMark={
              editable
                ? async (receiptId, judgement) => update(await markReceipt(reference, receiptId, judgement))
                : undefined
            }
            incomeChecks={incomeChecks}
            {...(editable
              ? {
                  // A tick that did not reach the server shows the server's state again.
                  onIncomeCheck: (incomeId: string, checked: boolean) =>
                    void checkIncome(reference, incomeId, checked)
                      .then(update)
                      .catch(() => queryClient.invalidateQueries({ queryKey: caseReviewKey(reference) })),
                }
              : {})}
            onViewed={(fileId) => void recordAttachmentViewed(reference, fileId).catch(() => undefined)}
            extraFile={extraFile}
          />
          <MemberPartsSection reference={reference} document={read.application} />
          {state && state.uploads.length > 0 && (
            <section aria-labelledby="uploads-title">
              <h2 id="uploads-title">{t('uploads.title')}</h2>
              <ul>
                {state.uploads.map((upload) => (
                  <li key={upload.id}>
                    <button
                      type="button"
                      className="case-link-button"
                      onClick={() => void showUpload(upload)}
                    >
                      {t('uploads.show', {
                        name: upload.name,
                        date: formatInstantDate(upload.receivedAt, language),
                      })}
                    </button>
                  </li>
                ))}
              </ul>
            </section>
          )}
          {state && (
            <DecisionPanel
              reference={reference}
              state={state}
              document={read.application}
              limit={limit?.ok ? limit.value : undefined}
              caseworkerId={session.caseworker.id}
              today={berlinDay.format(new Date())}
              onChanged={update}
            />
          )}
        </>
      )}
      <CaseHistory reference={reference} />
    </div>
  );
}
