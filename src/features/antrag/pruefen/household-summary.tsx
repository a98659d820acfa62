import type { ApplicationDraft } from '../../../domain/application/application-draft';
import { formatGermanDate } from '../../../domain/application/fields/german-date';
import { householdPeople } from '../../../domain/application/household-people';
import { memberStep } from '../../../domain/application/steps/household-steps';
import type { StepContext } from '../../../domain/application/steps/step-context';
import { useLocalized } from '../../../i18n/feature-messages';
import { SummaryList, type SummaryListRow } from '../../../ui/summary-list';
import { householdPages } from '../haushalt/household-flow';
import { personPages } from '../persoenliche-angaben/person-flow';
import { AnswerValue, SummarySection, useSummaryParts } from './summary-parts';

/**
 * Haushalt: the applicant and each member with their details and whether and why they count for the year
 * (§ 62 Abs. 2 SGB V), then whether the list is complete.
 */
export function HouseholdSummary({ draft, context }: { draft: ApplicationDraft; context: StepContext }) {
  const { t, change } = useSummaryParts();
  const localized = useLocalized();
  const members = draft.answers.household?.members ?? [];
  const people = householdPeople(draft, context);
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
      actions: change(personPages.name, applicantName),
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
        t('household.born', { date: formatGermanDate(birthDate) }),
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
    rows.push({ key: name, value, actions: change(householdPages.member(member.id), name) });
  }
  const complete = draft.answers.household?.complete === true;
  rows.push({
    key: t('household.complete'),
    value: (
      <AnswerValue
        checked={complete ? (members.length === 0 ? t('household.nobody') : t('yes')) : undefined}
      />
    ),
    actions: change(householdPages.overview, t('household.complete')),
  });
  return (
    <SummarySection id="haushalt" title={t('section.haushalt')}>
      <SummaryList rows={rows} />
    </SummarySection>
  );
}
