import type { CheckedApplication, SectionState } from '../../../domain/application/check-application';
import { certificateRenewalForYear } from '../../../domain/application/certificate-renewal';
import { chronicMemberStep } from '../../../domain/application/steps/chronic-steps';
import { useMessages } from '../../../i18n/feature-messages';
import { useFormatDate } from '../../../i18n/format-date';
import { SummaryList, type SummaryListRow } from '../../../ui/summary-list';
import { WarningText } from '../../../ui/warning-text';
import { figuresMessages } from './figures-messages';
import { AnswerValue, SummarySection, useSummaryParts } from './summary-parts';
import { pagePath } from '../flow/flow-paths';
import { SeparatelyProvided } from '../mitwirken/separately-provided';

type Props = { checked: CheckedApplication; state: SectionState };

/**
 * Chronische Erkrankung: per counted person, whether seriously chronically ill and how Muster 55 arrives; an
 * uploaded certificate older than a year is flagged with the day it had to be renewed (never blocks sending).
 */
export function ChronicSummary({ checked, state }: Props) {
  const { draft, context, memberParts } = checked;
  const parts = useSummaryParts();
  const t = useMessages(figuresMessages);
  const formatDate = useFormatDate();
  const answers = draft.answers.chronic?.members ?? [];
  const schema = chronicMemberStep(context);
  const rows = checked.counted.map((person): SummaryListRow => {
    const name = parts.nameOf(person);
    // A member's own part (issue 14) answered this there; the applicant does not see the answer.
    const part = memberParts.get(person.id);
    if (part) return { key: name, value: <SeparatelyProvided name={name} part={part} showFigures={false} /> };
    const answer = answers.find((entry) => entry.memberId === person.id) ?? { memberId: person.id };
    const result = schema.safeParse(answer);
    let checked: string | undefined;
    let renewOn: string | undefined;
    if (result.success) {
      const illness = result.data;
      const issuedOn = illness.chronicallyIll ? illness.certificateIssuedOn : undefined;
      checked = !illness.chronicallyIll
        ? t('chronic.no')
        : illness.certificate === 'upload'
          ? `${t('chronic.upload')} (${[
              parts.files(illness.certificateFileIds),
              ...(issuedOn === undefined ? [] : [t('chronic.issuedOn', { date: formatDate(issuedOn) })]),
            ].join(', ')})`
          : t('chronic.doctorSends');
      if (issuedOn !== undefined) {
        const renewal = certificateRenewalForYear(issuedOn, context);
        if (renewal.due) renewOn = renewal.renewOn;
      }
    }
    return {
      key: name,
      value: (
        <>
          <AnswerValue checked={checked} typed={t('chronic.unanswered')} />
          {renewOn !== undefined && (
            <WarningText>{t('chronic.renewal', { date: formatDate(renewOn) })}</WarningText>
          )}
        </>
      ),
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
