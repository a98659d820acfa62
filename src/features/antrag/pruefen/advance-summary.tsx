import type { CheckedApplication, SectionState } from '../../../domain/application/check-application';
import { applicationLimit } from '../../../domain/application/application-limit';
import { advanceAmountFor, advanceAmounts } from '../../../domain/vorauszahlung/advance-amounts';
import { useMessages } from '../../../i18n/feature-messages';
import { SummaryList, type SummaryListRow } from '../../../ui/summary-list';
import { pagePath } from '../flow/flow-paths';
import { advanceMessages } from '../vorauszahlung/advance-messages';
import { AnswerValue, SummarySection, useSummaryParts } from './summary-parts';

/** Vorauszahlung: the amount chosen (as it stands now) and the way to pay, each with its change link. */
export function AdvanceSummary({ checked, state }: { checked: CheckedApplication; state: SectionState }) {
  const { t, change, money } = useSummaryParts();
  const a = useMessages(advanceMessages);
  if (state.reason === 'notOffered') return null;
  const { option, method } = checked.advance;
  const raw = checked.draft.answers.advancePayment ?? {};
  const limit = applicationLimit(checked);
  const amount =
    limit && (option === 'full' || option === 'rest')
      ? money(advanceAmountFor(option, advanceAmounts(limit.result.limitCents, limit.result.paidCents)))
      : '';
  const optionText =
    option === undefined
      ? undefined
      : option === 'none'
        ? a('answer.none')
        : a(option === 'full' ? 'answer.full' : 'answer.rest', { amount });
  const rows: SummaryListRow[] = [
    {
      key: a('question.option'),
      value: <AnswerValue checked={optionText} typed={raw.option} />,
      actions: change(pagePath('advance.offer'), a('question.option')),
    },
  ];
  if (option === 'full' || option === 'rest') {
    const methodText =
      method === undefined
        ? undefined
        : method.method === 'transfer'
          ? a('method.transfer')
          : `${a('method.directDebit')}: ${method.accountHolder}, ${method.iban}`;
    rows.push({
      key: a('method.title'),
      value: <AnswerValue checked={methodText} typed={raw.method} />,
      actions: change(pagePath('advance.method'), a('method.title')),
    });
  }
  return (
    <SummarySection
      id="vorauszahlung"
      title={t('section.vorauszahlung')}
      state={state.reason === 'optional' ? undefined : state}
    >
      <SummaryList rows={rows} />
    </SummarySection>
  );
}
