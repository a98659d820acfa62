import { useCallback } from 'react';
import type { Answers } from '../../../domain/application/draft-answers';
import { welfareKindStep } from '../../../domain/application/steps/welfare-step';
import { welfareKinds, welfareLabels } from '../../../domain/belastungsgrenze/welfare';
import { figuresForYear } from '../../../domain/figures/figures-for-year';
import { formatMoney } from '../../../domain/money/format-money';
import { useLocalized, useMessages } from '../../../i18n/feature-messages';
import { useI18n } from '../../../i18n/use-i18n';
import { RadioGroup } from '../../../ui/radio-group';
import { QuestionPage } from '../form/question-page';
import { useSectionAnswers } from '../form/use-section-answers';
import { fieldId, useStepForm } from '../form/use-step-form';
import { welfareMessages } from './welfare-messages';
import { useFlowNext } from '../flow/use-flow-next';

type Welfare = NonNullable<Answers['welfare']>;

const schema = welfareKindStep();

/** Bürgergeld, Sozialhilfe, Grundsicherung or care-home costs paid by the welfare office (§ 62 Abs. 2 S. 5–6). */
export function WelfarePage() {
  const t = useMessages(welfareMessages);
  const localized = useLocalized();
  const { language } = useI18n();
  const { values, save, context } = useSectionAnswers('welfare');
  const onChange = useCallback((raw: Welfare) => save(raw), [save]);
  const { form, submit, errorList, errorFor } = useStepForm({
    schema,
    defaults: { kind: values.kind },
    save: onChange,
    next: useFlowNext('welfare.kind'),
    order: ['kind'],
  });
  // The fixed amount of the year applied for, so that people see what replaces their incomes.
  const figures = figuresForYear(context.year);
  const hint = figures.ok
    ? t(figures.value.status === 'provisional' ? 'kind.hint.provisional' : 'kind.hint', {
        year: context.year,
        amount: formatMoney(
          12 * figures.value.regelbedarfsstufe1MonthlyCents,
          language === 'en' ? 'en' : 'de',
        ),
      })
    : undefined;
  return (
    <QuestionPage
      title={t('kind.title')}
      caption={t('caption')}
      headingInField
      backTo="/antrag"
      errors={errorList}
      submitCount={form.formState.submitCount}
      onSubmit={(event) => void submit(event)}
    >
      <RadioGroup
        id={fieldId('kind')}
        legend={t('kind.title')}
        legendAsHeading
        hint={hint}
        error={errorFor('kind')}
        options={welfareKinds.map((kind) => ({
          value: kind,
          label: localized(welfareLabels[kind]),
          hint: t(`kind.hint.${kind}`),
        }))}
        registration={form.register('kind')}
      />
    </QuestionPage>
  );
}
