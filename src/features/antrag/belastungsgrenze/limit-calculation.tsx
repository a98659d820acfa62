import type { FigureKey } from '../../../domain/figures/year-figures';
import type { LimitCaseOutput } from '../../../domain/limit-case/compute-limit-case';
import { useLocalized, useMessages } from '../../../i18n/feature-messages';
import { useLimitFormat } from './limit-format';
import { limitMessages, type LimitMessageKey } from './limit-messages';

type Props = {
  result: LimitCaseOutput;
  /** Monthly Regelbedarfsstufe 1 under the flat rule, else undefined. */
  flatMonthlyCents: number | undefined;
  nameOf: (memberId: string) => string;
};

const figureLabels: Record<FigureKey, LimitMessageKey> = {
  bezugsgroesse: 'figures.bezugsgroesse',
  firstDependant: 'figures.firstDependant',
  furtherDependant: 'figures.furtherDependant',
  child: 'figures.child',
  child2024Retroactive: 'figures.child2024Retroactive',
  regelbedarfsstufe1: 'figures.regelbedarfsstufe1',
};

/**
 * Steps two to five (docs/rules/rules.md § 3): gross income, each deduction of § 62 Abs. 2 S. 2–3 SGB V with the member and
 * the year's figure, the assessable income (never below 0), the rate with its reason, the limit; then the
 * figures of law used, each with its paragraph and source.
 */
export function LimitCalculation({ result, flatMonthlyCents, nameOf }: Props) {
  const t = useMessages(limitMessages);
  const localized = useLocalized();
  const { money } = useLimitFormat();
  const { year, provisional } = result;
  const mark = provisional ? ` ${t('provisional.label')}` : '';
  return (
    <section aria-labelledby="limit-calculation">
      <h2 id="limit-calculation">{t('calc.title')}</h2>
      <table className="calculation">
        <caption className="limit-caption">{t('calc.caption', { year }) + mark}</caption>
        <tbody>
          <tr>
            <th scope="row">
              {flatMonthlyCents === undefined
                ? t('calc.gross')
                : t('calc.grossFlat', { monthly: money(flatMonthlyCents) })}
            </th>
            <td>{money(result.grossIncomeCents)}</td>
          </tr>
          {result.deductions.map((deduction) => (
            <tr key={deduction.memberId}>
              <th scope="row">
                {t(`calc.deduction.${deduction.kind}`, { name: nameOf(deduction.memberId) })}
              </th>
              <td>− {money(deduction.amountCents)}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">{t('calc.assessable')}</th>
            <td>{money(result.assessableIncomeCents)}</td>
          </tr>
          <tr>
            <th scope="row">
              {t('calc.rate', { rate: result.ratePercent })}
              <span className="hint limit-hint">{localized(result.explanation.rate)}</span>
            </th>
            <td>× {result.ratePercent} %</td>
          </tr>
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('calc.limit', { year }) + mark}</th>
            <td>{money(result.limitCents)}</td>
          </tr>
        </tfoot>
      </table>
      <h3>{t('figures.title', { year }) + mark}</h3>
      <ul className="bullets">
        {result.explanation.figures.map((figure) => (
          <li key={figure.key}>
            {t(figureLabels[figure.key])}: {money(figure.cents)}{' '}
            <span className="hint">
              ({figure.paragraph}; {figure.source})
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
