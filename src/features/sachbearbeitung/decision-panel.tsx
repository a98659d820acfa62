import { useState, type FormEvent } from 'react';
import { ApiError } from '../../api/api-error';
import { approveSecond, caseLetter, decideCase } from '../../api/case-review-client';
import type { CaseDecisionRequest, CaseReviewState } from '../../api/contracts/case-review';
import type { ApplicationDocument } from '../../domain/application/application-document';
import { approvalOf } from '../../domain/case-review/approval';
import { addDays } from '../../domain/limit-case/add-days';
import type { LimitCaseOutput } from '../../domain/limit-case/compute-limit-case';
import { formatMoney } from '../../domain/money/format-money';
import { useMessages } from '../../i18n/feature-messages';
import { formatCalendarDate, formatInstantDate } from '../../i18n/format-date';
import { useI18n } from '../../i18n/use-i18n';
import { ErrorSummary, type FieldError } from '../../ui/error-summary';
import { caseMessages } from './case-messages';
import { DecisionChoice } from './decision-choice';
import { DecisionField } from './decision-field';

type Choice = CaseDecisionRequest['kind'];

export type DecisionPanelProps = {
  reference: string;
  state: CaseReviewState;
  document: ApplicationDocument;
  limit: LimitCaseOutput | undefined;
  caseworkerId: string;
  /** The Berlin calendar day, for the deadline's minimum (the page reads the clock, not this component). */
  today: string;
  onChanged: (state: CaseReviewState) => void;
};

/** "TT.MM.JJJJ" to ISO, or undefined. */
function isoFromGerman(text: string): string | undefined {
  const match = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text.trim());
  const [, day = '', month = '', year = ''] = match ?? [];
  if (!match) return undefined;
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso ? undefined : iso;
}

/**
 * The decision (issue 13, deliverable 6): approve, confirm an advance payment, request documents, or reject — with
 * the consequences of each shown before saving. A decision awaiting its second approval shows who proposed it, and
 * another caseworker approves it here. The letters follow as downloads.
 */
export function DecisionPanel({
  reference,
  state,
  document,
  limit,
  caseworkerId,
  today,
  onChanged,
}: DecisionPanelProps) {
  const t = useMessages(caseMessages);
  const { language } = useI18n();
  const locale = language === 'en' ? 'en' : 'de';
  const money = (cents: number) => formatMoney(cents, locale);
  const date = (iso: string) => formatCalendarDate(iso, language);
  const [choice, setChoice] = useState<Choice>(document.advancePayment ? 'confirmAdvance' : 'approve');
  const [reason, setReason] = useState('');
  const [documents, setDocuments] = useState('');
  const [dueOn, setDueOn] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [submitCount, setSubmitCount] = useState(0);
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<string | undefined>(undefined);
  const approval = limit ? approvalOf(document, limit) : undefined;
  const minimumDue = addDays(today, 14);
  const decision = state.decision;

  const run = async (work: () => Promise<CaseReviewState>) => {
    setPending(true);
    setFailure(undefined);
    try {
      onChanged(await work());
    } catch (error) {
      const reasonText =
        error instanceof ApiError && error.code === 'case.bundleInvalid'
          ? t('decision.bundleInvalid')
          : error instanceof Error
            ? error.message
            : String(error);
      setFailure(t('decision.failed', { reason: reasonText }));
    } finally {
      setPending(false);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitCount((n) => n + 1);
    const found: FieldError[] = [];
    let request: CaseDecisionRequest;
    if (choice === 'reject') {
      if (reason.trim().length < 10)
        found.push({ fieldId: 'decision-reason', message: t('decision.reject.required') });
      request = { kind: 'reject', reason: reason.trim() };
    } else if (choice === 'requestDocuments') {
      const list = documents
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line.length > 0);
      if (list.length === 0)
        found.push({ fieldId: 'decision-documents', message: t('decision.request.required') });
      const iso = isoFromGerman(dueOn);
      if (!iso || iso < minimumDue)
        found.push({
          fieldId: 'decision-due',
          message: t('decision.request.dueOnInvalid', { example: date(addDays(today, 28)) }),
        });
      request = { kind: 'requestDocuments', documents: list, dueOn: iso ?? '' };
    } else {
      request = { kind: choice };
    }
    setErrors(found);
    if (found.length > 0) return;
    void run(() => decideCase(reference, request));
  };

  const downloadLetter = async (letterId: number, name: string) => {
    let bytes: Uint8Array;
    try {
      bytes = await caseLetter(reference, letterId);
    } catch {
      setFailure(t('letters.failed'));
      return;
    }
    const url = URL.createObjectURL(new Blob([new Uint8Array(bytes)], { type: 'application/pdf' }));
    const link = window.document.createElement('a');
    link.href = url;
    link.download = name;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };

  const errorOf = (fieldId: string) => errors.find((error) => error.fieldId === fieldId)?.message;

  return (
    <section aria-labelledby="decision-title" className="case-decision">
      <h2 id="decision-title">{t('decision.title')}</h2>

      {state.documentRequests.length > 0 && (
        <>
          <h3>{t('decision.requests')}</h3>
          <ul>
            {state.documentRequests.map((request) => (
              <li key={request.id}>
                {t('decision.requestEntry', {
                  documents: request.documents.join(', '),
                  date: date(request.dueOn),
                })}
              </li>
            ))}
          </ul>
        </>
      )}

      {decision?.state === 'final' && (
        <div className="case-decision__final" role="status">
          <p>
            <strong>
              {decision.kind === 'reject'
                ? t('decision.final.reject', { reason: decision.reason ?? '' })
                : t(
                    decision.kind === 'approve' ? 'decision.final.approve' : 'decision.final.confirmAdvance',
                    {
                      from: decision.exemptFrom ? date(decision.exemptFrom) : '',
                      until: decision.exemptUntil ? date(decision.exemptUntil) : '',
                      refund: money(decision.refundCents),
                    },
                  )}
            </strong>
          </p>
          <p>
            {t('decision.final.by', {
              name: decision.proposedBy.displayName,
              date: formatInstantDate(decision.proposedAt, language),
            })}
            {decision.secondBy && decision.secondAt && (
              <>
                {' '}
                {t('decision.final.second', {
                  name: decision.secondBy.displayName,
                  date: formatInstantDate(decision.secondAt, language),
                })}
              </>
            )}
          </p>
        </div>
      )}

      {decision?.state === 'awaitingSecond' && (
        <div className="case-decision__awaiting">
          <p role="status">
            {t('decision.awaiting', {
              name: decision.proposedBy.displayName,
              date: formatInstantDate(decision.proposedAt, language),
            })}
          </p>
          {decision.proposedBy.id === caseworkerId ? (
            <p>{t('decision.awaiting.own')}</p>
          ) : (
            <button
              type="button"
              className="button"
              disabled={pending}
              onClick={() => void run(() => approveSecond(reference))}
            >
              {t('decision.secondApprove')}
            </button>
          )}
        </div>
      )}

      {!decision && (
        <form onSubmit={submit} noValidate>
          <ErrorSummary title={t('decision.error.summary')} errors={errors} submitCount={submitCount} />
          <fieldset>
            <legend>{t('decision.legend')}</legend>
            {!document.advancePayment && (
              <DecisionChoice
                id="decision-approve"
                label={t('decision.approve')}
                checked={choice === 'approve'}
                onChoose={() => setChoice('approve')}
                hint={
                  <>
                    {approval
                      ? t('decision.approve.hint', {
                          from: date(approval.exemptFrom),
                          until: date(approval.exemptUntil),
                          refund: money(approval.refundCents),
                        })
                      : t('decision.approve.notReached')}
                    {approval && approval.refundCents > state.fourEyesAboveCents && (
                      <> {t('decision.approve.fourEyes', { limit: money(state.fourEyesAboveCents) })}</>
                    )}
                  </>
                }
              />
            )}
            {document.advancePayment && (
              <DecisionChoice
                id="decision-advance"
                label={t('decision.confirmAdvance')}
                checked={choice === 'confirmAdvance'}
                onChoose={() => setChoice('confirmAdvance')}
                hint={t('decision.confirmAdvance.hint')}
              />
            )}
            <DecisionChoice
              id="decision-request"
              label={t('decision.request')}
              checked={choice === 'requestDocuments'}
              onChoose={() => setChoice('requestDocuments')}
            />
            <DecisionChoice
              id="decision-reject"
              label={t('decision.reject')}
              checked={choice === 'reject'}
              onChoose={() => setChoice('reject')}
            />
          </fieldset>

          {choice === 'reject' && (
            <DecisionField
              id="decision-reason"
              label={t('decision.reject.reason')}
              error={errorOf('decision-reason')}
              value={reason}
              onChange={setReason}
              rows={4}
              maxLength={1000}
            />
          )}

          {choice === 'requestDocuments' && (
            <>
              <DecisionField
                id="decision-documents"
                label={t('decision.request.documents')}
                error={errorOf('decision-documents')}
                value={documents}
                onChange={setDocuments}
                rows={3}
              />
              <DecisionField
                id="decision-due"
                label={t('decision.request.dueOn')}
                error={errorOf('decision-due')}
                value={dueOn}
                onChange={setDueOn}
              />
              <p>{t('decision.request.notice')}</p>
            </>
          )}

          <button type="submit" className="button" disabled={pending}>
            {t('decision.submit')}
          </button>
          <p role="status">{pending ? t('decision.pending') : ''}</p>
        </form>
      )}
      {failure && (
        <p role="alert" className="case-error">
          {failure}
        </p>
      )}

      {state.letters.length > 0 && (
        <>
          <h3>{t('letters.title')}</h3>
          <ul>
            {state.letters.map((letter) => {
              const title = t(`letters.${letter.kind}`, {
                date: formatInstantDate(letter.createdAt, language),
              });
              return (
                <li key={letter.id}>
                  <button
                    type="button"
                    className="case-link-button"
                    onClick={() =>
                      void downloadLetter(letter.id, `${reference}-${letter.kind}-${letter.id}.pdf`)
                    }
                  >
                    {t('letters.download', { name: title })}
                  </button>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
