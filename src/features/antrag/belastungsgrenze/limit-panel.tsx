import { Link } from 'react-router';
import { useMessages } from '../../../i18n/feature-messages';
import { useDraft } from '../draft/draft-context';
import { useLimitFormat } from './limit-format';
import { limitMessages } from './limit-messages';
import { limitView } from './limit-view';
import './limit.css';

export const limitPagePath = '/antrag/belastungsgrenze';

/**
 * The limit at a glance beside incomes and receipts, so people see at once what an entry changes; the full
 * arithmetic is one link away. Renders nothing without a draft.
 */
export function LimitPanel() {
  const t = useMessages(limitMessages);
  const { money, date } = useLimitFormat();
  const { checked } = useDraft();
  if (!checked) return null;
  const view = limitView(checked, { self: t('person.self'), unnamed: t('person.unnamed') });
  if (!view) return null;
  const { result, gaps } = view;
  const mark = result.provisional ? ` ${t('provisional.label')}` : '';
  const rows: [string, string][] = [
    [t('panel.limit', { year: result.year }) + mark, money(result.limitCents)],
    [t('panel.paid'), money(result.paidCents)],
    result.refundCents > 0
      ? [t('panel.refund') + mark, money(result.refundCents)]
      : [t('panel.remaining'), money(result.remainingCents)],
  ];
  if (result.limitReachedOn !== null) rows.push([t('panel.reachedOn'), date(result.limitReachedOn)]);
  return (
    <aside className="limit-panel" aria-labelledby="limit-panel-title">
      <h2 id="limit-panel-title">{t('panel.title')}</h2>
      <dl>
        {rows.map(([key, value]) => (
          <div key={key}>
            <dt>{key}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {gaps.length > 0 && <p>{t('panel.interim')}</p>}
      {result.provisional && <p>{t('panel.provisional', { year: result.year })}</p>}
      <p>
        <Link to={limitPagePath}>{t('panel.link')}</Link>
      </p>
    </aside>
  );
}
