import { useQuery } from '@tanstack/react-query';
import { caseHistoryQuery } from '../../api/case-review-client';
import { useMessages } from '../../i18n/feature-messages';
import { useI18n } from '../../i18n/use-i18n';
import { caseMessages } from './case-messages';

const time = (iso: string, language: string) =>
  new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'de-DE', {
    dateStyle: 'short',
    timeStyle: 'medium',
    timeZone: 'Europe/Berlin',
  }).format(new Date(iso));

/** The case's audit trail (issue 13, deliverable 2): who did what, when, with which outcome. */
export function CaseHistory({ reference }: { reference: string }) {
  const t = useMessages(caseMessages);
  const { language } = useI18n();
  const history = useQuery(caseHistoryQuery(reference));
  if (!history.data) return null;
  return (
    <section aria-labelledby="history-title">
      <h2 id="history-title">{t('history.title')}</h2>
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex */}
      <div className="case-table-wrapper" role="region" aria-labelledby="history-caption" tabIndex={0}>
        <table className="case-table">
          <caption id="history-caption" className="visually-hidden">
            {t('history.title')}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('history.col.at')}</th>
              <th scope="col">{t('history.col.who')}</th>
              <th scope="col">{t('history.col.what')}</th>
              <th scope="col">{t('history.col.outcome')}</th>
            </tr>
          </thead>
          <tbody>
            {history.data.entries.map((entry, index) => (
              <tr key={`${entry.at}-${index}`}>
                <td>{time(entry.at, language)}</td>
                <td>
                  {entry.actorName ?? (entry.actorRole === 'none' ? t('history.applicant') : entry.actorRole)}
                </td>
                <td>
                  <code>{entry.action}</code>
                  {entry.detail && <span className="case-muted"> {entry.detail}</span>}
                </td>
                <td>{entry.outcome}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
