import { useCallback } from 'react';
import { Navigate } from 'react-router';
import type { Answers } from '../../../domain/application/draft-answers';
import { welfareStep } from '../../../domain/application/steps/welfare-step';
import { welfareLabels } from '../../../domain/belastungsgrenze/welfare';
import { useLocalized, useMessages } from '../../../i18n/feature-messages';
import { QuestionPage } from '../form/question-page';
import { UploadField } from '../form/upload-field';
import { useSectionAnswers } from '../form/use-section-answers';
import { useStepForm } from '../form/use-step-form';
import { welfareMessages } from './welfare-messages';
import { pagePath } from '../flow/flow-paths';
import { useFlowNext } from '../flow/use-flow-next';

type Welfare = NonNullable<Answers['welfare']>;

const schema = welfareStep();

/** The current notice (Bescheid) proves the benefit and so the flat rule (§ 62 Abs. 2 S. 5–6 SGB V). */
export function NoticePage() {
  const { values, context } = useSectionAnswers('welfare');
  if (values.kind === undefined || values.kind === 'none')
    return <Navigate to={pagePath('welfare.kind')} replace />;
  return <NoticeForm year={context.year} />;
}

function NoticeForm({ year }: { year: number }) {
  const t = useMessages(welfareMessages);
  const localized = useLocalized();
  const { values, save } = useSectionAnswers('welfare');
  const onChange = useCallback((raw: Welfare) => save({ noticeFileIds: raw.noticeFileIds ?? [] }), [save]);
  const { form, submit, errorList, errorFor } = useStepForm({
    schema,
    defaults: { kind: values.kind, noticeFileIds: values.noticeFileIds ?? [] },
    save: onChange,
    next: useFlowNext('welfare.notice'),
    order: ['kind', 'noticeFileIds'],
  });
  const benefit = values.kind ? localized(welfareLabels[values.kind]) : '';
  return (
    <QuestionPage
      title={t('notice.title')}
      caption={t('caption')}
      backTo={pagePath('welfare.kind')}
      errors={errorList}
      submitCount={form.formState.submitCount}
      onSubmit={(event) => void submit(event)}
    >
      <p>{t('notice.intro')}</p>
      <UploadField
        name="noticeFileIds"
        label={t('notice.label', { benefit })}
        hint={t('notice.hint', { year })}
        error={errorFor('noticeFileIds')}
        control={form.control}
        setValue={form.setValue}
      />
    </QuestionPage>
  );
}
