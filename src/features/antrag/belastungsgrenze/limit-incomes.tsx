import { welfareLabels } from '../../../domain/belastungsgrenze/welfare';
import { useLocalized, useMessages } from '../../../i18n/feature-messages';
import { limitMessages } from './limit-messages';
import { useLimitFormat } from './limit-format';
import type { IncomeLineView, LimitView } from './limit-view';

type Props = { view: LimitView; year: number };

/**
 * Step one: the Bruttoeinnahmen zum Lebensunterhalt of every counted member (§ 62 Abs. 2 S. 1 SGB V), each
 * income with its annual amount, and what does not count with the reason; or the flat rule instead.
 */
export function LimitIncomes({ view, year }: Props) {
  const t = useMessages(limitMessages);
  const localized = useLocalized();
  const { money } = useLimitFormat();
  return (
    <section aria-labelledby="limit-incomes">
      <h2 id="limit-incomes">{t('incomes.title', { year })}</h2>
      {view.flatMonthlyCents !== undefined ? (
        <p>{t('incomes.flat', { benefit: localized(welfareLabels[view.welfare]) })}</p>
      ) : (
        view.incomes.map((member) => {
          const name = view.nameOf(member.memberId);
          if (member.separately)
            return (
              <p key={member.memberId}>
                {t('incomes.separately', { name, amount: money(member.countableCents) })}
              </p>
            );
          if (member.lines.length === 0) return <p key={member.memberId}>{t('incomes.none', { name })}</p>;
          return (
            <table className="calculation" key={member.memberId}>
              <caption className="limit-caption">{t('incomes.caption', { name })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('incomes.type')}</th>
                  <th scope="col">{t('incomes.annual')}</th>
                </tr>
              </thead>
              <tbody>
                {member.lines.map((line) => (
                  <IncomeRow key={line.id} line={line} />
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">{t('incomes.subtotal')}</th>
                  <MoneyCell cents={member.countableCents} />
                </tr>
              </tfoot>
            </table>
          );
        })
      )}
    </section>
  );
}

function MoneyCell({ cents }: { cents: number }) {
  const { money } = useLimitFormat();
  return <td>{money(cents)}</td>;
}

function IncomeRow({ line }: { line: IncomeLineView }) {
  const t = useMessages(limitMessages);
  const localized = useLocalized();
  const { money } = useLimitFormat();
  const { info } = line;
  const reason = localized(info.explanation);
  const notCounted = info.counts === 'no' || (line.countableCents === 0 && line.annualCents > 0);
  return (
    <tr>
      <th scope="row">
        {localized(info.label)}
        {info.counts === 'no' && (
          <span className="hint limit-hint">{t('incomes.counts.no', { reason })}</span>
        )}
        {info.counts === 'partly' && (
          <span className="hint limit-hint">
            {t('incomes.counts.partly', { amount: money(line.countableCents), reason })}
          </span>
        )}
      </th>
      <td>
        {money(line.annualCents)}
        {notCounted && <span className="limit-hint">{t('incomes.notCounted')}</span>}
      </td>
    </tr>
  );
}
