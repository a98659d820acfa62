import type { CheckedApplication } from '../../../domain/application/check-application';
import { memberStep } from '../../../domain/application/steps/household-steps';
import { useLocalized } from '../../../i18n/feature-messages';
import { useFormatDate } from '../../../i18n/format-date';
import { SummaryList, type SummaryListRow } from '../../../ui/summary-list';
import { AnswerValue, SummarySection, useSummaryParts } from './summary-parts';
import { pagePath } from '../flow/flow-paths';

/**
 * Haushalt: the applicant and each member with their details and whether and why they count for the year
 * (§ 62 Abs. 2 SGB V), then whether the list is complete.
 */
export function HouseholdSummary({ checked }: { checked: CheckedApplication }) {
  const { draft, context } = checked;
  const { t, change } = useSummaryParts();
  const localized = useLocalized();
  const formatDate = useFormatDate();
  const members = draft.answers.household?.members ?? [];
  const people = checked.people;
  const counting = (personId: string) => {
    const decision = people.find((person) => person.id === personId)?.decision;
    if (!decision) return undefined;
    const verdict = t(decision.counts ? 'household.counts' : 'household.countsNot', { year: context.year });
    return `${verdict} ${localized(decision.explanation)}`;
  };
  const applicantName = people[0]?.name ?? t('household.you');
  const rows: SummaryListRow[] = [
    {
      key: t('household.applicant', { name: applicantName }),
      value: counting('applicant'),
      actions: change(pagePath('person.name'), applicantName),
    },
  ];
  for (const member of members) {
    const checked = memberStep(context).safeParse(member);
    const name = `${member.givenName ?? ''} ${member.familyName ?? ''}`.trim() || t('household.unnamed');
    let value;
    if (checked.success) {
      const { relation, birthDate, insurer, insurerName } = checked.data;
      const details = [
        t(`relation.${relation}`),
        t('household.born', { date: formatDate(birthDate) }),
        insurer === 'same'
          ? t('household.insurer.same')
          : t('household.insurer.other', { name: insurerName }),
      ].join(', ');
      value = (
        <>
          <p>{details}</p>
          <p>{counting(member.id)}</p>
        </>
      );
    } else {
      const typed = [member.relation && t(`relation.${member.relation}`), member.birthDate?.trim()]
        .filter(Boolean)
        .join(', ');
      value = <AnswerValue checked={undefined} typed={typed} />;
    }
    rows.push({
      key: name,
      value,
      actions: change(pagePath('household.member', { memberId: member.id }), name),
    });
  }
  const complete = draft.answers.household?.complete === true;
  rows.push({
    key: t('household.complete'),
    value: (
      <AnswerValue
        checked={complete ? (members.length === 0 ? t('household.nobody') : t('yes')) : undefined}
      />
    ),
    actions: change(pagePath('household.overview'), t('household.complete')),
  });
  return (
    <SummarySection id="haushalt" title={t('section.haushalt')}>
      <SummaryList rows={rows} />
    </SummarySection>
  );
}
