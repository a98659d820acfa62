import type { CheckedApplication, SectionState } from '../../../domain/application/check-application';
import { incomeEntryStep } from '../../../domain/application/steps/income-steps';
import { incomeTypeInfo } from '../../../domain/income/income-catalogue';
import { countableAnnualCents } from '../../../domain/income/income-countable-part';
import { useLocalized, useMessages } from '../../../i18n/feature-messages';
import { SummaryList, type SummaryListRow } from '../../../ui/summary-list';
import { figuresMessages } from './figures-messages';
import { AnswerValue, SummarySection, useSummaryParts } from './summary-parts';
import { pagePath } from '../flow/flow-paths';
import { incomeEntryPath } from '../einnahmen/income-entry-path';
import { SeparatelyProvided } from '../mitwirken/separately-provided';

type Props = { checked: CheckedApplication; state: SectionState };

const proofKeys = {
  post: 'income.proofPost',
  upload: 'income.proofUpload',
  none: 'income.proofNone',
} as const;

/** Einnahmen per counted person: each income with its amount and the year's amount, and the counted total. */
export function IncomeSummary({ checked, state }: Props) {
  const { draft, context } = checked;
  const parts = useSummaryParts();
  const { change, money, nameOf } = parts;
  const t = useMessages(figuresMessages);
  const localized = useLocalized();
  const incomes = draft.answers.incomes ?? {};
  const entries = incomes.entries ?? [];
  const counted = checked.counted;
  const memberIds = counted.map((person) => person.id);
  const year = context.year;
  return (
    <SummarySection id="einnahmen" title={parts.t('section.einnahmen')} state={state}>
      {counted.map((person) => {
        const name = nameOf(person);
        // A member's own part (issue 14): only its sums are known here, and the member declared it themselves.
        const part = checked.memberParts.get(person.id);
        if (part)
          return (
            <section key={person.id} aria-labelledby={`check-income-${person.id}`}>
              <h3 id={`check-income-${person.id}`}>{name}</h3>
              <SeparatelyProvided name={name} part={part} />
            </section>
          );
        let total = 0;
        const rows = entries
          .filter((entry) => entry.memberId === person.id)
          .map((entry): SummaryListRow => {
            const type = entry.type ? localized(incomeTypeInfo(entry.type).label) : t('income.untitled');
            const result = incomeEntryStep({ memberIds }).safeParse(entry);
            let checked: string | undefined;
            let key = type;
            if (result.success) {
              const income = result.data;
              if (income.type === 'other') key = `${type}: ${income.description}`;
              total += countableAnnualCents(income);
              const amount = money(income.amountCents);
              checked =
                income.period === 'month'
                  ? t('income.month', {
                      amount,
                      months: income.months ?? 12,
                      annual: money(income.annualCents),
                    })
                  : t(income.period === 'year' ? 'income.year' : 'income.once', { amount });
              checked += ` (${t(proofKeys[income.proof])})`;
            }
            return {
              key,
              value: <AnswerValue checked={checked} typed={entry.amount} />,
              actions: change(incomeEntryPath(entry.id), t('income.context', { type, name })),
            };
          });
        if ((incomes.noIncomeMemberIds ?? []).includes(person.id)) {
          rows.push({
            key: t('income.none'),
            value: t('income.noneValue', { year }),
            actions: change(
              pagePath('incomes.overview'),
              t('income.context', { type: t('income.none'), name }),
            ),
          });
        } else if (rows.length === 0) {
          rows.push({
            key: t('income.none'),
            value: <AnswerValue checked={undefined} typed={t('income.noEntries')} />,
            actions: change(pagePath('incomes.overview'), name),
          });
        } else {
          rows.push({ key: t('income.total', { year }), value: money(total) });
        }
        return (
          <section key={person.id} aria-labelledby={`check-income-${person.id}`}>
            <h3 id={`check-income-${person.id}`}>{name}</h3>
            <SummaryList rows={rows} />
          </section>
        );
      })}
      <SummaryList
        rows={[
          {
            key: t('income.complete'),
            value: <AnswerValue checked={incomes.complete === true ? parts.t('yes') : undefined} />,
            actions: change(pagePath('incomes.overview'), t('income.complete')),
          },
        ]}
      />
    </SummarySection>
  );
}
