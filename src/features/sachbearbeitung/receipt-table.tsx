import { useId, useState, type FormEvent } from 'react';
import type { ApplicationDocument } from '../../domain/application/application-document';
import {
  countsForLimit,
  receiptMarks,
  type ReceiptJudgement,
  type ReceiptMark,
} from '../../domain/case-review/receipt-mark';
import { formatMoney } from '../../domain/money/format-money';
import { paymentCategories } from '../../domain/zuzahlung/payment-category';
import { useMessages } from '../../i18n/feature-messages';
import { formatCalendarDate } from '../../i18n/format-date';
import { useI18n } from '../../i18n/use-i18n';
import { caseMessages } from './case-messages';
import type { FileButtons } from './file-buttons';

type Receipt = ApplicationDocument['receipts'][number];

export type ReceiptTableProps = {
  receipts: readonly Receipt[];
  personName: (memberId: string) => string;
  judgements: ReadonlyMap<string, ReceiptJudgement>;
  /** Saves a judgement; rejects when it was not saved. Absent while the case is decided (marks are frozen). */
  onMark: ((receiptId: string, judgement: ReceiptJudgement) => Promise<void>) | undefined;
  fileButtons: FileButtons;
};

/**
 * Every receipt with its files and the caseworker's judgement (issue 13, deliverable 5): countable, not countable,
 * illegible or duplicate, with a reason for each left out (it goes into the letter). The totals above the table
 * and the limit comparison follow each saved judgement.
 */
export function ReceiptTable({ receipts, personName, judgements, onMark, fileButtons }: ReceiptTableProps) {
  const t = useMessages(caseMessages);
  const { language } = useI18n();
  const locale = language === 'en' ? 'en' : 'de';
  if (receipts.length === 0) return <p>{t('receipts.none')}</p>;
  const total = receipts.reduce((sum, r) => sum + r.amountCents, 0);
  const counted = receipts
    .filter((r) => countsForLimit(judgements.get(r.id)))
    .reduce((sum, r) => sum + r.amountCents, 0);
  return (
    <>
      <p role="status" aria-live="polite" data-testid="receipt-totals">
        {t('receipts.totals', {
          total: formatMoney(total, locale),
          counted: formatMoney(counted, locale),
          left: formatMoney(total - counted, locale),
        })}
      </p>
      {!onMark && <p>{t('receipts.frozen')}</p>}
      {/* A focusable scroll region (axe scrollable-region-focusable); named by the table's caption. */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex */}
      <div className="case-table-wrapper" role="region" aria-labelledby="receipts-caption" tabIndex={0}>
        <table className="case-table">
          <caption id="receipts-caption" className="visually-hidden">
            {t('receipts.title')}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('receipts.col.date')}</th>
              <th scope="col">{t('receipts.col.person')}</th>
              <th scope="col">{t('receipts.col.category')}</th>
              <th scope="col">{t('receipts.col.provider')}</th>
              <th scope="col">{t('receipts.col.amount')}</th>
              <th scope="col">{t('receipts.col.files')}</th>
              <th scope="col">{t('receipts.col.mark')}</th>
            </tr>
          </thead>
          <tbody>
            {receipts.map((receipt) => (
              <tr key={receipt.id} data-receipt-id={receipt.id}>
                <td>{formatCalendarDate(receipt.countsOn, language)}</td>
                <td>{personName(receipt.memberId)}</td>
                <td>{paymentCategories[receipt.category].label[locale]}</td>
                <td>
                  {receipt.provider}
                  {receipt.description !== '' && <div className="case-muted">{receipt.description}</div>}
                </td>
                <td className="case-table__number">{formatMoney(receipt.amountCents, locale)}</td>
                <td>{fileButtons(receipt.fileIds)}</td>
                <td>
                  <MarkForm receipt={receipt} judgement={judgements.get(receipt.id)} onMark={onMark} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

function MarkForm({
  receipt,
  judgement,
  onMark,
}: {
  receipt: Receipt;
  judgement: ReceiptJudgement | undefined;
  onMark: ReceiptTableProps['onMark'];
}) {
  const t = useMessages(caseMessages);
  const { language } = useI18n();
  const locale = language === 'en' ? 'en' : 'de';
  const id = useId();
  const [mark, setMark] = useState<ReceiptMark>(judgement?.mark ?? 'countable');
  const [reason, setReason] = useState(judgement?.reason ?? '');
  const [state, setState] = useState<'idle' | 'saving' | 'saved' | 'failed' | 'invalid'>('idle');
  const label = t('receipts.mark.label', {
    date: formatCalendarDate(receipt.countsOn, language),
    amount: formatMoney(receipt.amountCents, locale),
  });
  if (!onMark) return <span>{t(`receipts.mark.${judgement?.mark ?? 'countable'}`)}</span>;
  const needsReason = mark !== 'countable';
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (needsReason && reason.trim().length < 3) {
      setState('invalid');
      document.getElementById(`${id}-reason`)?.focus();
      return;
    }
    setState('saving');
    try {
      await onMark(receipt.id, { mark, reason: needsReason ? reason.trim() : '' });
      setState('saved');
    } catch {
      setState('failed');
    }
  };
  return (
    <form className="case-mark" onSubmit={(event) => void submit(event)} aria-label={label}>
      <label htmlFor={`${id}-mark`} className="visually-hidden">
        {label}
      </label>
      <select
        id={`${id}-mark`}
        value={mark}
        onChange={(event) => {
          setMark(event.target.value as ReceiptMark);
          setState('idle');
        }}
      >
        {receiptMarks.map((option) => (
          <option key={option} value={option}>
            {t(`receipts.mark.${option}`)}
          </option>
        ))}
      </select>
      {needsReason && (
        <>
          <label htmlFor={`${id}-reason`}>{t('receipts.reason.label')}</label>
          {state === 'invalid' && (
            <p className="case-error" id={`${id}-reason-error`}>
              {t('receipts.reason.required')}
            </p>
          )}
          <input
            id={`${id}-reason`}
            type="text"
            maxLength={300}
            value={reason}
            aria-invalid={state === 'invalid' || undefined}
            aria-describedby={state === 'invalid' ? `${id}-reason-error` : undefined}
            onChange={(event) => setReason(event.target.value)}
          />
        </>
      )}
      <button type="submit" className="button button--secondary" disabled={state === 'saving'}>
        {t('receipts.save')}
      </button>
      <span role="status" className="case-muted">
        {state === 'saved' ? t('receipts.saved', { mark: t(`receipts.mark.${mark}`) }) : ''}
        {state === 'failed' ? t('receipts.saveFailed') : ''}
      </span>
    </form>
  );
}
