import type { LimitCaseOutput } from '../../../domain/limit-case/compute-limit-case';
import { useMessages } from '../../../i18n/feature-messages';
import { useLimitFormat } from './limit-format';
import { limitMessages } from './limit-messages';

/** The counted co-payments against the limit (§ 62 Abs. 1 S. 1 SGB V, docs/rules/rules.md § 6): paid, reached, refund. */
export function LimitPayments({ result }: { result: LimitCaseOutput }) {
  const t = useMessages(limitMessages);
  const { money, date } = useLimitFormat();
  const mark = result.provisional ? ` ${t('provisional.label')}` : '';
  return (
    <>
      <table className="calculation">
        <caption className="limit-caption">{t('paid.caption')}</caption>
        <tbody>
          <tr>
            <th scope="row">{t('paid.paid')}</th>
            <td>{money(result.paidCents)}</td>
          </tr>
          <tr>
            <th scope="row">{t('calc.limit', { year: result.year }) + mark}</th>
            <td>{money(result.limitCents)}</td>
          </tr>
          <tr>
            <th scope="row">{t('paid.reachedOn')}</th>
            <td>{result.limitReachedOn === null ? t('paid.notReached') : date(result.limitReachedOn)}</td>
          </tr>
          <tr>
            <th scope="row">{t('paid.remaining')}</th>
            <td>{money(result.remainingCents)}</td>
          </tr>
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('paid.refund') + mark}</th>
            <td>{money(result.refundCents)}</td>
          </tr>
        </tfoot>
      </table>
      {result.refundCents > 0 && <p>{t('paid.refundText', { refund: money(result.refundCents) })}</p>}
    </>
  );
}
