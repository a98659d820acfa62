import { useId, useMemo, useState } from 'react';
import type { MemberPartSummary } from '../../domain/member-part/member-part-summary';
import { incomeTypeInfo } from '../../domain/income/income-catalogue';
import { formatMoney } from '../../domain/money/format-money';
import { paymentCategories } from '../../domain/zuzahlung/payment-category';
import { useLocalized, useMessages } from '../../i18n/feature-messages';
import { formatCalendarDate, formatInstantDate } from '../../i18n/format-date';
import { useI18n } from '../../i18n/use-i18n';
import { NotificationBanner } from '../../ui/notification-banner';
import { SummaryList } from '../../ui/summary-list';
import { attachmentFileButtons, payloadFilesByName, type ChosenAttachment } from './attachment-file-buttons';
import { AttachmentViewer } from './attachment-viewer';
import { CaseTable } from './case-table';
import { memberPartMessages } from './member-part-messages';
import type { PdfRenderer } from './pdf-render';
import { verifyCitedPart } from './verify-cited-part';

export type MemberPartViewProps = {
  /** What application.json cites of the part (memberParts[]). */
  cited: MemberPartSummary;
  /** The member's name as the application's household lists them. */
  memberName: string;
  /** The member's bag as kept with the case. */
  bytes: Uint8Array;
  /** pdf.js by default; tests pass their own (jsdom has no canvas). */
  renderer?: PdfRenderer;
};

/**
 * One member's own part on the case page (issue 14, ADR 0025): the bag verified here with the reader of
 * `bundle verify` and compared with the application's citation, then the member's incomes with their proofs, the
 * chronic-illness answer with its certificate and the receipts with their files — health data, shown only inside
 * the case. A part that fails shows each problem instead, and nothing of its content.
 */
export function MemberPartView({ cited, memberName, bytes, renderer }: MemberPartViewProps) {
  const t = useMessages(memberPartMessages);
  const localized = useLocalized();
  const { language } = useI18n();
  const locale = language === 'en' ? 'en' : 'de';
  const headingId = useId();
  const [shown, setShown] = useState<ChosenAttachment | undefined>(undefined);
  const verified = useMemo(() => verifyCitedPart(bytes, cited), [bytes, cited]);

  const byName = useMemo(() => payloadFilesByName(verified.ok ? verified.files : []), [verified]);

  if (!verified.ok) {
    return (
      <section aria-labelledby={headingId} className="case-member-part">
        <h3 id={headingId}>{t('part.title', { name: memberName })}</h3>
        <NotificationBanner kind="error" title={t('part.problems.title', { name: memberName })}>
          <p>{t('part.problems.lead')}</p>
          <ul data-testid="member-part-problems">
            {verified.problems.map((problem, index) => (
              <li key={`${problem.code}-${problem.path}-${index}`}>
                <strong>
                  {problem.path === ''
                    ? t('part.problems.whole')
                    : t('part.problems.file', { path: problem.path })}
                </strong>
                : {localized(problem.message)}
              </li>
            ))}
          </ul>
        </NotificationBanner>
      </section>
    );
  }

  const { document } = verified;
  const attachments = new Map(document.attachments.map((attachment) => [attachment.fileId, attachment]));
  const fileButtons = attachmentFileButtons({
    attachments,
    files: byName,
    shownFileId: shown?.fileId,
    onShow: setShown,
    missingLabel: (name) => t('part.files.missing', { name }),
    showLabel: (name) => t('part.files.show', { name }),
  });
  const coPaymentSum = cited.coPayments.reduce((sum, payment) => sum + payment.amountCents, 0);
  const { chronic } = document;

  return (
    <section aria-labelledby={headingId} className="case-member-part">
      <h3 id={headingId}>{t('part.title', { name: memberName })}</h3>
      <p role="status">{t('part.verified')}</p>
      <SummaryList
        rows={[
          {
            key: t('part.fact.member'),
            value: `${document.member.givenName} ${document.member.familyName}`.trim(),
          },
          { key: t('part.fact.birthDate'), value: formatCalendarDate(document.member.birthDate, language) },
          { key: t('part.fact.createdAt'), value: formatInstantDate(document.createdAt, language) },
          { key: t('part.fact.income'), value: formatMoney(cited.incomeCents, locale) },
          { key: t('part.fact.coPayments'), value: formatMoney(coPaymentSum, locale) },
        ]}
      />

      <h4>{t('part.incomes')}</h4>
      {document.incomes.length === 0 ? (
        <p>{t('part.incomes.none')}</p>
      ) : (
        <CaseTable
          id={`${headingId}-incomes`}
          caption={t('part.incomes')}
          columns={[t('part.incomes.col.type'), t('part.incomes.col.annual'), t('part.incomes.col.proof')]}
        >
          {document.incomes.map((income) => (
            <tr key={income.id}>
              <td>
                {incomeTypeInfo(income.type).label[locale]}
                {income.description !== '' && <div className="case-muted">{income.description}</div>}
              </td>
              <td className="case-table__number">{formatMoney(income.annualCents, locale)}</td>
              <td>
                {income.proof === 'upload'
                  ? fileButtons(income.proofFileIds)
                  : income.proof === 'post'
                    ? t('part.proof.post')
                    : t('part.proof.none')}
              </td>
            </tr>
          ))}
        </CaseTable>
      )}

      <h4>{t('part.chronic')}</h4>
      <p>
        {chronic.chronicallyIll ? t('part.chronic.yes') : t('part.chronic.no')}
        {chronic.chronicallyIll && chronic.certificateIssuedOn && (
          <>
            {' '}
            ({t('part.chronic.issuedOn', { date: formatCalendarDate(chronic.certificateIssuedOn, language) })}
            )
          </>
        )}
      </p>
      {chronic.chronicallyIll &&
        (chronic.certificate === 'doctorSends' ? (
          <p>{t('part.chronic.doctorSends')}</p>
        ) : (
          fileButtons(chronic.certificateFileIds)
        ))}

      <h4>{t('part.receipts')}</h4>
      {document.receipts.length === 0 ? (
        <p>{t('part.receipts.none')}</p>
      ) : (
        <CaseTable
          id={`${headingId}-receipts`}
          caption={t('part.receipts')}
          columns={[
            t('part.receipts.col.date'),
            t('part.receipts.col.category'),
            t('part.receipts.col.provider'),
            t('part.receipts.col.amount'),
            t('part.receipts.col.files'),
          ]}
        >
          {document.receipts.map((receipt) => (
            <tr key={receipt.id}>
              <td>{formatCalendarDate(receipt.countsOn, language)}</td>
              <td>{paymentCategories[receipt.category].label[locale]}</td>
              <td>{receipt.provider}</td>
              <td className="case-table__number">{formatMoney(receipt.amountCents, locale)}</td>
              <td>{fileButtons(receipt.fileIds)}</td>
            </tr>
          ))}
        </CaseTable>
      )}

      {shown && (
        <div className="case-member-part__viewer">
          <h4>{t('part.files.title', { name: memberName })}</h4>
          <AttachmentViewer
            key={shown.fileId}
            name={shown.name}
            type={shown.type}
            bytes={shown.bytes}
            {...(renderer ? { renderer } : {})}
          />
          <button type="button" className="button button--secondary" onClick={() => setShown(undefined)}>
            {t('part.files.close')}
          </button>
        </div>
      )}
    </section>
  );
}
