import type { ApplicationDraft } from '../../../domain/application/application-draft';
import { countedPeople } from '../../../domain/application/household-people';
import type { SectionState } from '../../../domain/application/section-status';
import { chronicMemberStep } from '../../../domain/application/steps/chronic-steps';
import type { StepContext } from '../../../domain/application/steps/step-context';
import { useMessages } from '../../../i18n/feature-messages';
import { SummaryList, type SummaryListRow } from '../../../ui/summary-list';
import { chronicPages } from '../chronische-erkrankung/chronic-flow';
import { figuresMessages } from './figures-messages';
import { AnswerValue, SummarySection, useSummaryParts } from './summary-parts';

type Props = { draft: ApplicationDraft; context: StepContext; state: SectionState };

/** Chronische Erkrankung: per counted person, whether seriously chronically ill and how Muster 55 arrives. */
export function ChronicSummary({ draft, context, state }: Props) {
  const parts = useSummaryParts();
  const t = useMessages(figuresMessages);
  const answers = draft.answers.chronic?.members ?? [];
  const rows = countedPeople(draft, context).map((person): SummaryListRow => {
    const name = parts.nameOf(person);
    const answer = answers.find((entry) => entry.memberId === person.id) ?? { memberId: person.id };
    const result = chronicMemberStep().safeParse(answer);
    let checked: string | undefined;
    if (result.success) {
      const illness = result.data;
      checked = !illness.chronicallyIll
        ? t('chronic.no')
        : illness.certificate === 'upload'
          ? `${t('chronic.upload')} (${parts.files(illness.certificateFileIds)})`
          : t('chronic.doctorSends');
    }
    return {
      key: name,
      value: <AnswerValue checked={checked} typed={t('chronic.unanswered')} />,
      actions: parts.change(chronicPages.member(person.id), t('chronic.context', { name })),
    };
  });
  return (
    <SummarySection id="chronische-erkrankung" title={parts.t('section.chronische-erkrankung')} state={state}>
      <SummaryList rows={rows} />
    </SummarySection>
  );
}
