import type { ApplicationDocument } from '../../domain/application/application-document';
import {
  limitDifferenceFields,
  limitDifferences,
  type LimitDifferenceField,
} from '../../domain/case-review/limit-differences';
import type { LimitCaseOutput } from '../../domain/limit-case/compute-limit-case';
import { formatMoney } from '../../domain/money/format-money';
import { useMessages } from '../../i18n/feature-messages';
import { formatCalendarDate } from '../../i18n/format-date';
import { pluralKey } from '../../i18n/plural';
import { useI18n } from '../../i18n/use-i18n';
import { caseMessages } from './case-messages';

/**
 * The Antrag's figures beside the rule engine's, recomputed from the bundle with the caseworker's marks
 * (reviewedLimit), and each difference named in a sentence above the table — the first thing a caseworker reads.
 */
export function LimitComparison({
  stated,
  recomputed,
}: {
  stated: ApplicationDocument['calculation'];
  recomputed: LimitCaseOutput | undefined;
}) {
  const t = useMessages(caseMessages);
  const { language } = useI18n();
  const locale = language === 'en' ? 'en' : 'de';
  const show = (field: LimitDifferenceField, value: unknown): string => {
    if (field === 'limitReachedOn')
      return typeof value === 'string' ? formatCalendarDate(value, language) : t('limit.notReached');
    if (field === 'ratePercent') return `${String(value)} %`;
    if (field === 'provisional') return value ? t('limit.yes') : t('limit.no');
    return formatMoney(Number(value), locale);
  };
  if (!recomputed) {
    return (
      <section aria-labelledby="limit-title">
        <h2 id="limit-title">{t('limit.title')}</h2>
        <p role="alert">{t('limit.failed')}</p>
      </section>
    );
  }
  const differences = limitDifferences(stated, recomputed);
  return (
    <section aria-labelledby="limit-title">
      <h2 id="limit-title">{t('limit.title')}</h2>
      <p>{t('limit.lead')}</p>
      <div role="status" aria-live="polite" className="case-differences">
        {differences.length === 0 ? (
          <p>{t('limit.same')}</p>
        ) : (
          <>
            <p>
              <strong>
                {t(pluralKey('limit.differences', differences.length), { count: differences.length })}
              </strong>
            </p>
            <ul>
              {differences.map((difference) => (
                <li key={difference.field}>
                  {t('limit.difference', {
                    item: t(`limit.row.${difference.field}`),
                    stated: show(difference.field, difference.stated),
                    recomputed: show(difference.field, difference.recomputed),
                  })}
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
      <table className="case-table">
        <caption className="visually-hidden">{t('limit.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('limit.col.item')}</th>
            <th scope="col">{t('limit.col.stated')}</th>
            <th scope="col">{t('limit.col.recomputed')}</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{t('limit.gross')}</th>
            <td>–</td>
            <td data-testid="recomputed-grossIncomeCents">
              {formatMoney(recomputed.grossIncomeCents, locale)}
            </td>
          </tr>
          <tr>
            <th scope="row">{t('limit.assessable')}</th>
            <td>–</td>
            <td>{formatMoney(recomputed.assessableIncomeCents, locale)}</td>
          </tr>
          {limitDifferenceFields.map((field) => {
            const differs = differences.some((difference) => difference.field === field);
            return (
              <tr key={field} className={differs ? 'case-table__differs' : undefined}>
                <th scope="row">{t(`limit.row.${field}`)}</th>
                <td>{show(field, stated[field])}</td>
                <td data-testid={`recomputed-${field}`}>
                  {differs ? (
                    <strong>{show(field, recomputed[field])}</strong>
                  ) : (
                    show(field, recomputed[field])
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
