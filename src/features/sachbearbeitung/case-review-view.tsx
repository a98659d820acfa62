import { useMemo, useState } from 'react';
import type { BundleFlag } from '../../documents/bundle/bundle-problem';
import type { BundleFile } from '../../documents/bundle/read-bundle';
import type { ApplicationDocument } from '../../domain/application/application-document';
import type { ReceiptJudgement } from '../../domain/case-review/receipt-mark';
import { reviewedLimit } from '../../domain/case-review/reviewed-limit';
import { formatMoney } from '../../domain/money/format-money';
import { incomeTypeInfo } from '../../domain/income/income-catalogue';
import { welfareLabels } from '../../domain/belastungsgrenze/welfare';
import { useLocalized, useMessages } from '../../i18n/feature-messages';
import { formatCalendarDate } from '../../i18n/format-date';
import { useI18n } from '../../i18n/use-i18n';
import { SummaryList } from '../../ui/summary-list';
import { AttachmentViewer, type AttachmentType } from './attachment-viewer';
import { caseMessages } from './case-messages';
import { attachmentFileButtons, payloadFilesByName } from './attachment-file-buttons';
import { LimitComparison } from './limit-comparison';
import { ReceiptTable } from './receipt-table';

export type ShownFile = {
  key: string;
  name: string;
  type: AttachmentType;
  bytes: Uint8Array;
  fileId?: string;
};

export type CaseReviewViewProps = {
  document: ApplicationDocument;
  files: readonly BundleFile[];
  flags: readonly BundleFlag[];
  judgements: ReadonlyMap<string, ReceiptJudgement>;
  onMark: ((receiptId: string, judgement: ReceiptJudgement) => Promise<void>) | undefined;
  /** Income ids checked off, with who did it; absent where ticks cannot be kept (a bundle from a file). */
  incomeChecks?: ReadonlyMap<string, string>;
  onIncomeCheck?: (incomeId: string, checked: boolean) => void;
  /** Called once per file shown (the case page records it in the audit log). */
  onViewed?: (fileId: string) => void;
  /** A file from outside the bundle to show (an upload sent after a request), chosen by the page. */
  extraFile?: ShownFile | undefined;
};

const relationWords = {
  de: {
    applicant: 'Antragsteller/in',
    spouse: 'Ehe- oder Lebenspartner/in',
    child: 'Kind',
    other: 'Angehörige/r',
  },
  en: { applicant: 'Applicant', spouse: 'Spouse or partner', child: 'Child', other: 'Further dependant' },
} as const;

/**
 * The application as summary lists beside its attachments (issue 13, deliverable 5): the limit recomputed with the
 * caseworker's judgements and compared with the Antrag, the people, the incomes with their proofs, the receipts
 * with their judgements, and the chronic-illness certificates — health data only here, inside the case.
 */
export function CaseReviewView(props: CaseReviewViewProps) {
  const { document, files, flags, judgements } = props;
  const t = useMessages(caseMessages);
  const { language } = useI18n();
  const localized = useLocalized();
  const locale = language === 'en' ? 'en' : 'de';
  const [selected, setSelected] = useState<ShownFile | undefined>(undefined);
  const shown = props.extraFile ?? selected;

  const limit = useMemo(() => reviewedLimit(document, judgements), [document, judgements]);
  const names = useMemo(
    () => new Map(document.members.map((m) => [m.id, `${m.givenName} ${m.familyName}`.trim()])),
    [document],
  );
  const personName = (memberId: string) => names.get(memberId) ?? memberId;
  const byName = useMemo(() => payloadFilesByName(files), [files]);
  const attachments = useMemo(
    () => new Map(document.attachments.map((attachment) => [attachment.fileId, attachment])),
    [document],
  );

  const fileButtons = attachmentFileButtons({
    attachments,
    files: byName,
    shownFileId: shown?.key,
    onShow: (chosen) => setSelected({ key: chosen.fileId, ...chosen }),
    missingLabel: (name) => t('files.missing', { name }),
    showLabel: (name) => t('files.show', { name }),
  });

  const applicant = document.applicant;
  const representative = document.representative;
  const chronic = document.chronic.filter((entry) => entry.chronicallyIll);

  return (
    <div className="case-review">
      <div className="case-review__data">
        <LimitComparison stated={document.calculation} recomputed={limit.ok ? limit.value : undefined} />

        {flags.length > 0 && (
          <section aria-labelledby="flags-title">
            <h2 id="flags-title">{t('case.flags')}</h2>
            <ul>
              {flags.map((flag) => (
                <li key={`${flag.code}-${flag.path}`}>{localized(flag.message)}</li>
              ))}
            </ul>
          </section>
        )}

        <section aria-labelledby="people-title">
          <h2 id="people-title">{t('people.title')}</h2>
          <SummaryList
            rows={[
              { key: t('people.applicant'), value: `${applicant.givenName} ${applicant.familyName}` },
              { key: t('people.birthDate'), value: formatCalendarDate(applicant.birthDate, language) },
              { key: t('people.kvnr'), value: applicant.kvnr },
              {
                key: t('people.address'),
                value: `${applicant.address.street}, ${applicant.address.postalCode} ${applicant.address.city}`,
              },
              ...(representative
                ? [
                    {
                      key: t('people.representative'),
                      value: t(`people.representative.${representative.kind}`, {
                        name: `${representative.givenName} ${representative.familyName}`,
                      }),
                    },
                  ]
                : []),
              {
                key: t('people.welfare'),
                value:
                  document.welfare.kind === 'none'
                    ? t('people.welfare.none')
                    : welfareLabels[document.welfare.kind][locale],
              },
            ]}
          />
          {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex */}
          <div className="case-table-wrapper" role="region" aria-labelledby="people-caption" tabIndex={0}>
            <table className="case-table">
              <caption id="people-caption">{t('people.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('people.col.name')}</th>
                  <th scope="col">{t('people.col.relation')}</th>
                  <th scope="col">{t('people.col.birthDate')}</th>
                  <th scope="col">{t('people.col.insurer')}</th>
                  <th scope="col">{t('people.col.counts')}</th>
                </tr>
              </thead>
              <tbody>
                {document.members.map((member) => (
                  <tr key={member.id}>
                    <th scope="row">{personName(member.id)}</th>
                    <td>{relationWords[locale][member.relation]}</td>
                    <td>{formatCalendarDate(member.birthDate, language)}</td>
                    <td>{member.insurer === 'same' ? '✓' : member.insurer.other}</td>
                    <td>
                      {limit.ok && limit.value.countedMemberIds.includes(member.id)
                        ? t('limit.yes')
                        : t('limit.no')}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>

        <section aria-labelledby="incomes-title">
          <h2 id="incomes-title">{t('incomes.title')}</h2>
          {document.incomes.length === 0 ? (
            <p>{t('incomes.none')}</p>
          ) : (
            // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
            <div className="case-table-wrapper" role="region" aria-labelledby="incomes-caption" tabIndex={0}>
              <table className="case-table">
                <caption id="incomes-caption" className="visually-hidden">
                  {t('incomes.title')}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{t('incomes.col.person')}</th>
                    <th scope="col">{t('incomes.col.type')}</th>
                    <th scope="col">{t('incomes.col.annual')}</th>
                    <th scope="col">{t('incomes.col.proof')}</th>
                    {props.incomeChecks && <th scope="col">{t('incomes.col.checked')}</th>}
                  </tr>
                </thead>
                <tbody>
                  {document.incomes.map((income) => {
                    const type = incomeTypeInfo(income.type).label[locale];
                    const checkedBy = props.incomeChecks?.get(income.id);
                    return (
                      <tr key={income.id}>
                        <td>{personName(income.memberId)}</td>
                        <td>
                          {type}
                          {income.description !== '' && (
                            <div className="case-muted">{income.description}</div>
                          )}
                        </td>
                        <td className="case-table__number">{formatMoney(income.annualCents, locale)}</td>
                        <td>
                          {income.proof === 'upload'
                            ? fileButtons(income.proofFileIds)
                            : income.proof === 'post'
                              ? t('incomes.proof.post')
                              : t('incomes.proof.none')}
                        </td>
                        {props.incomeChecks && (
                          <td>
                            <input
                              type="checkbox"
                              id={`income-check-${income.id}`}
                              checked={checkedBy !== undefined}
                              disabled={!props.onIncomeCheck}
                              onChange={(event) => props.onIncomeCheck?.(income.id, event.target.checked)}
                            />
                            <label htmlFor={`income-check-${income.id}`} className="visually-hidden">
                              {t('incomes.check', { type, person: personName(income.memberId) })}
                            </label>
                            {checkedBy !== undefined && (
                              <span className="case-muted">
                                {' '}
                                {t('incomes.checkedBy', { name: checkedBy })}
                              </span>
                            )}
                          </td>
                        )}
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          )}
        </section>

        <section aria-labelledby="receipts-title">
          <h2 id="receipts-title">{t('receipts.title')}</h2>
          <ReceiptTable
            receipts={document.receipts}
            personName={personName}
            judgements={judgements}
            onMark={props.onMark}
            fileButtons={fileButtons}
          />
        </section>

        <section aria-labelledby="chronic-title">
          <h2 id="chronic-title">{t('chronic.title')}</h2>
          {chronic.length === 0 ? (
            <p>{t('chronic.none')}</p>
          ) : (
            <ul>
              {chronic.map((entry) => (
                <li key={entry.memberId}>
                  {t('chronic.entry', { person: personName(entry.memberId) })}
                  {entry.certificateIssuedOn && (
                    <>
                      {' '}
                      (
                      {t('chronic.issuedOn', {
                        date: formatCalendarDate(entry.certificateIssuedOn, language),
                      })}
                      )
                    </>
                  )}
                  {entry.certificate === 'doctorSends' ? (
                    <div>{t('chronic.doctorSends')}</div>
                  ) : (
                    fileButtons(entry.certificateFileIds)
                  )}
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>

      {shown && (
        <aside className="case-review__viewer" aria-labelledby="viewer-title">
          <h2 id="viewer-title">{t('files.title')}</h2>
          <AttachmentViewer
            key={shown.key}
            name={shown.name}
            type={shown.type}
            bytes={shown.bytes}
            onViewed={shown.fileId ? () => props.onViewed?.(shown.fileId ?? '') : undefined}
          />
          {!props.extraFile && (
            <button type="button" className="button button--secondary" onClick={() => setSelected(undefined)}>
              {t('files.close')}
            </button>
          )}
        </aside>
      )}
    </div>
  );
}
