import { useId } from 'react';
import type { Cents } from '../../../domain/money/cents';
import { useMessages } from '../../../i18n/feature-messages';
import { chartBox, chartGeometry, monthEndSums, type ChartPoint } from './chart-geometry';
import { useLimitFormat } from './limit-format';
import { limitMessages } from './limit-messages';
import './limit.css';

type Props = {
  year: number;
  /** Counted payments by date with their running sum (applicationLimit's timeline). */
  timeline: readonly ChartPoint[];
  limitCents: Cents;
  limitReachedOn: string | null;
};

/**
 * Cumulative counted co-payments across the year against the limit (ux.md, "The calculation preview"). Inline SVG
 * without inline styles (CSP): classes in limit.css. The two lines differ by dash pattern and carry text labels,
 * so colour is never needed (WCAG 1.4.1); the table below says the same in words (WCAG 1.1.1).
 */
export function LimitChart({ year, timeline, limitCents, limitReachedOn }: Props) {
  const t = useMessages(limitMessages);
  const { money, date, month } = useLimitFormat();
  const id = useId();
  const headingId = `${id}-heading`;
  const paid = timeline.at(-1)?.runningCents ?? 0;
  const reached =
    limitReachedOn === null ? t('chart.notReached') : t('chart.reached', { date: date(limitReachedOn) });
  if (timeline.length === 0)
    return (
      <section aria-labelledby={headingId}>
        <h3 id={headingId}>{t('chart.title', { year })}</h3>
        <p>{t('chart.none')}</p>
      </section>
    );
  const limitText = t('chart.limitLabel', { amount: money(limitCents) });
  const paidText = t('chart.paidLabel', { amount: money(paid) });
  // The labels go where no line crosses them (chart-labels.ts).
  const geometry = chartGeometry(timeline, limitCents, year, { limit: limitText, paid: paidText });
  const { plot, limitY, labels } = geometry;
  return (
    <section className="limit-chart" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('chart.title', { year })}</h3>
      <svg
        className="limit-chart__svg"
        viewBox={`0 0 ${chartBox.width} ${chartBox.height}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        focusable="false"
      >
        <title id={`${id}-title`}>{t('chart.title', { year })}</title>
        <desc id={`${id}-desc`}>
          {t('chart.desc', { total: money(paid), limit: money(limitCents), reached })}
        </desc>
        <line
          className="limit-chart__axis"
          x1={plot.left}
          x2={plot.right}
          y1={plot.bottom}
          y2={plot.bottom}
        />
        {geometry.months.map((tick) => (
          <g key={tick.month}>
            <line
              className="limit-chart__tick"
              x1={tick.x}
              x2={tick.x}
              y1={plot.bottom}
              y2={plot.bottom + 5}
            />
            <text className="limit-chart__text" x={tick.labelX} y={plot.bottom + 18} textAnchor="middle">
              {month(tick.month, 'short')}
            </text>
          </g>
        ))}
        <line className="limit-chart__limit" x1={plot.left} x2={plot.right} y1={limitY} y2={limitY} />
        <path className="limit-chart__paid" d={geometry.paidPath} />
        <text
          className="limit-chart__text limit-chart__label"
          x={labels.limit.x}
          y={labels.limit.baseline}
          textAnchor={labels.limit.anchor}
        >
          {limitText}
        </text>
        <text
          className="limit-chart__text limit-chart__label"
          x={labels.paid.x}
          y={labels.paid.baseline}
          textAnchor={labels.paid.anchor}
        >
          {paidText}
        </text>
      </svg>
      <MonthEndTable year={year} timeline={timeline} />
      <p>{reached}</p>
    </section>
  );
}

/** The chart's text alternative: the running sum at the end of each month. */
function MonthEndTable({ year, timeline }: { year: number; timeline: readonly ChartPoint[] }) {
  const t = useMessages(limitMessages);
  const { money, month } = useLimitFormat();
  return (
    <table className="calculation">
      <caption className="limit-caption">{t('chart.table.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('chart.table.month')}</th>
          <th scope="col">{t('chart.table.sum')}</th>
        </tr>
      </thead>
      <tbody>
        {monthEndSums(timeline, year).map((row) => (
          <tr key={row.month}>
            <th scope="row">{`${month(row.month, 'long')} ${year}`}</th>
            <td>{money(row.cents)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
