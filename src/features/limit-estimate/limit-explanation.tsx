import type { Belastungsgrenze } from '../../domain/belastungsgrenze/compute-belastungsgrenze';
import type { Deduction } from '../../domain/belastungsgrenze/household-deductions';
import { formatMoney } from '../../domain/money/format-money';
import type { FeatureTranslate } from '../../i18n/feature-messages';
import type { EstimateMessageKey } from './estimate-messages';

type Translate = FeatureTranslate<EstimateMessageKey>;

type Props = { result: Belastungsgrenze; language: string; t: Translate };

function memberLabel(memberId: string, t: Translate): string {
  const [kind, number] = memberId.split('-');
  if (kind === 'spouse') return t('estimate.member.spouse');
  if (kind === 'child') return t('estimate.member.child', { n: number ?? '' });
  return t('estimate.member.other', { n: number ?? '' });
}

function deductionLabel(deduction: Deduction, t: Translate): string {
  const kind =
    deduction.kind === 'child'
      ? t('estimate.deduction.child')
      : deduction.kind === 'firstDependant'
        ? t('estimate.deduction.first')
        : t('estimate.deduction.further');
  return `${memberLabel(deduction.memberId, t)}: ${kind}`;
}

/** The arithmetic of the limit, line by line, so people can follow and check it. */
export function LimitExplanation({ result, language, t }: Props) {
  const locale = language === 'de' ? 'de' : 'en';
  const money = (cents: number) => formatMoney(cents, locale);
  const text = (localized: { de: string; en: string }) => (language === 'de' ? localized.de : localized.en);
  return (
    <section className="result-panel" aria-labelledby="estimate-result-title">
      <h2 id="estimate-result-title">{t('estimate.result.title', { year: result.year })}</h2>
      <p className="result-panel__figure">{money(result.limitCents)}</p>
      {result.provisionalNotice && <p className="notice">{text(result.provisionalNotice)}</p>}
      <table className="calculation">
        <caption className="visually-hidden">{t('estimate.result.caption')}</caption>
        <tbody>
          <tr>
            <th scope="row">
              {result.grossIncomeBasis === 'flatWelfare'
                ? t('estimate.result.grossFlat')
                : t('estimate.result.gross')}
            </th>
            <td>{money(result.grossIncomeCents)}</td>
          </tr>
          {result.deductions.map((deduction) => (
            <tr key={deduction.memberId}>
              <th scope="row">{deductionLabel(deduction, t)}</th>
              <td>− {money(deduction.amountCents)}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">{t('estimate.result.assessable')}</th>
            <td>{money(result.assessableIncomeCents)}</td>
          </tr>
          <tr>
            <th scope="row">{text(result.rateReason.explanation)}</th>
            <td>× {result.ratePercent} %</td>
          </tr>
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('estimate.result.limit')}</th>
            <td>{money(result.limitCents)}</td>
          </tr>
        </tfoot>
      </table>
      <p>{t('estimate.result.meaning', { limit: money(result.limitCents) })}</p>
      <h3>{t('estimate.result.sources')}</h3>
      <ul className="bullets">
        {result.figuresUsed.map((figure) => (
          <li key={figure.key}>
            {money(figure.cents)} – {figure.paragraph}; {figure.source}
          </li>
        ))}
      </ul>
    </section>
  );
}
