import type { ApplicationDraft } from '../../../domain/application/application-draft';
import { welfareStep } from '../../../domain/application/steps/welfare-step';
import { welfareLabels } from '../../../domain/belastungsgrenze/welfare';
import { useLocalized } from '../../../i18n/feature-messages';
import { SummaryList, type SummaryListRow } from '../../../ui/summary-list';
import { AnswerValue, SummarySection, useSummaryParts } from './summary-parts';
import { pagePath } from '../flow/flow-paths';

/** Sozialleistungen: which benefit, if any, and the notice that proves it. */
export function WelfareSummary({ draft }: { draft: ApplicationDraft }) {
  const { t, change, files } = useSummaryParts();
  const localized = useLocalized();
  const welfare = draft.answers.welfare ?? {};
  const checked = welfareStep().safeParse(welfare);
  const rows: SummaryListRow[] = [
    {
      key: t('welfare.kind'),
      value: (
        <AnswerValue
          checked={welfare.kind === undefined ? undefined : localized(welfareLabels[welfare.kind])}
        />
      ),
      actions: change(pagePath('welfare.kind'), t('welfare.kind')),
    },
  ];
  if (welfare.kind !== undefined && welfare.kind !== 'none') {
    rows.push({
      key: t('welfare.notice'),
      value: <AnswerValue checked={checked.success ? files(checked.data.noticeFileIds) : undefined} />,
      actions: change(pagePath('welfare.notice'), t('welfare.notice')),
    });
  }
  return (
    <SummarySection id="sozialleistungen" title={t('section.sozialleistungen')}>
      <SummaryList rows={rows} />
    </SummarySection>
  );
}
