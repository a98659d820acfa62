import type { CheckedApplication, SectionState } from '../../../domain/application/check-application';
import { chronicMemberStep } from '../../../domain/application/steps/chronic-steps';
import { useMessages } from '../../../i18n/feature-messages';
import { SummaryList, type SummaryListRow } from '../../../ui/summary-list';
import { figuresMessages } from './figures-messages';
import { AnswerValue, SummarySection, useSummaryParts } from './summary-parts';
import { pagePath } from '../flow/flow-paths';

type Props = { checked: CheckedApplication; state: SectionState };

/** Chronische Erkrankung: per counted person, whether seriously chronically ill and how Muster 55 arrives. */
export function ChronicSummary({ checked, state }: Props) {
  const { draft } = checked;
  const parts = useSummaryParts();
  const t = useMessages(figuresMessages);
  const answers = draft.answers.chronic?.members ?? [];
  const rows = checked.counted.map((person): SummaryListRow => {
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
      actions: parts.change(
        pagePath('chronic.member', { memberId: person.id }),
        t('chronic.context', { name }),
      ),
    };
  });
  return (
    <SummarySection id="chronische-erkrankung" title={parts.t('section.chronische-erkrankung')} state={state}>
      <SummaryList rows={rows} />
    </SummarySection>
  );
}
