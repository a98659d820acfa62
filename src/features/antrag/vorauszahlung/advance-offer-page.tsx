import { useCallback } from 'react';
import type { AdvancePaymentAnswers } from '../../../domain/application/draft-answers';
import { advanceOfferStep } from '../../../domain/application/steps/advance-steps';
import { advanceAmounts } from '../../../domain/vorauszahlung/advance-amounts';
import { useMessages } from '../../../i18n/feature-messages';
import { RadioGroup } from '../../../ui/radio-group';
import { WarningText } from '../../../ui/warning-text';
import { WhyDisclosure } from '../../../ui/why-disclosure';
import { LimitCalculation } from '../belastungsgrenze/limit-calculation';
import { useLimitFormat } from '../belastungsgrenze/limit-format';
import { limitMessages } from '../belastungsgrenze/limit-messages';
import { ProvisionalNotice } from '../belastungsgrenze/limit-notices';
import { limitView } from '../belastungsgrenze/limit-view';
import { useFlowNext } from '../flow/use-flow-next';
import { QuestionPage } from '../form/question-page';
import { useSectionAnswers } from '../form/use-section-answers';
import { fieldId, useStepForm } from '../form/use-step-form';
import { useOpenDraft } from '../draft/use-open-draft';
import { advanceMessages } from './advance-messages';
import { AdvanceCoverage } from './advance-coverage';
import './advance.css';

type Offer = Pick<AdvancePaymentAnswers, 'option'>;

/**
 * The advance payment's offer (docs/rules/rules.md § 7): the limit with its arithmetic, as on "Ihre
 * Belastungsgrenze", the two amounts side by side with what each means, who is covered, what is not, and that
 * nothing is paid back. For a coming year only the whole amount exists.
 */
export function AdvanceOfferPage() {
  const t = useMessages(advanceMessages);
  const tl = useMessages(limitMessages);
  const { money } = useLimitFormat();
  const { checked } = useOpenDraft();
  const { values, save, context } = useSectionAnswers('advancePayment');
  const onChange = useCallback((raw: Offer) => save(raw), [save]);
  const { form, submit, errorList, errorFor } = useStepForm({
    schema: advanceOfferStep(context),
    defaults: { option: values.option },
    save: onChange,
    next: useFlowNext('advance.offer'),
    order: ['option'],
  });
  const view = limitView(checked, { self: t('covered.self'), unnamed: tl('person.unnamed') });
  const { year } = context;
  const coming = checked.advance.coming;
  const amounts = view ? advanceAmounts(view.result.limitCents, view.result.paidCents) : undefined;
  const restOffered = !coming && amounts !== undefined && !amounts.limitReached;
  const options = [
    ...(amounts && !amounts.limitReached
      ? [{ value: 'full', label: t('answer.full', { amount: money(amounts.fullCents) }) }]
      : []),
    ...(restOffered && amounts.paidCents > 0
      ? [{ value: 'rest', label: t('answer.rest', { amount: money(amounts.restCents) }) }]
      : []),
    ...(coming ? [] : [{ value: 'none', label: t('answer.none') }]),
  ];
  return (
    <QuestionPage
      title={t('offer.title', { year })}
      caption={t('caption')}
      backTo="/antrag"
      errors={errorList}
      submitCount={form.formState.submitCount}
      onSubmit={(event) => void submit(event)}
    >
      {view?.result.provisional && <ProvisionalNotice year={year} />}
      <p>{t('offer.intro', { year })}</p>
      <WhyDisclosure>
        <p>{t('offer.why')}</p>
      </WhyDisclosure>
      <p>{t('offer.expected', { year })}</p>
      {view && view.gaps.length > 0 && <p className="advance-interim">{t('interim')}</p>}
      {view && (
        <LimitCalculation
          result={view.result}
          flatMonthlyCents={view.flatMonthlyCents}
          nameOf={view.nameOf}
        />
      )}
      {amounts && (
        <section aria-labelledby="advance-options">
          <h2 id="advance-options">{t('options.title')}</h2>
          <div className="advance-options">
            <div className="advance-option">
              <h3>{t('option.full.title')}</h3>
              <p className="advance-option__amount">{money(amounts.fullCents)}</p>
              <p>{t('option.full.text')}</p>
            </div>
            <div className="advance-option">
              <h3>{t('option.rest.title')}</h3>
              <p className="advance-option__amount">{money(amounts.restCents)}</p>
              <p>
                {coming
                  ? t('option.coming')
                  : amounts.limitReached
                    ? t('option.rest.reached')
                    : amounts.paidCents > 0
                      ? t('option.rest.text', {
                          year,
                          paid: money(amounts.paidCents),
                          limit: money(amounts.fullCents),
                        })
                      : t('option.rest.none', { year })}
              </p>
            </div>
          </div>
        </section>
      )}
      <WarningText>
        <strong>{t('noRefund.title')}.</strong> {t('noRefund.text')}
      </WarningText>
      <AdvanceCoverage />
      <RadioGroup
        id={fieldId('option')}
        legend={t('question.option')}
        error={errorFor('option')}
        options={options}
        registration={form.register('option')}
      />
    </QuestionPage>
  );
}
