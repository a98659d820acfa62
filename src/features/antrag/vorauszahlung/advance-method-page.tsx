import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { serviceInfoQuery } from '../../../api/service-info-query';
import { applicationLimit } from '../../../domain/application/application-limit';
import {
  advancePaymentAnswersSchema,
  type AdvancePaymentAnswers,
} from '../../../domain/application/draft-answers';
import { advanceMethodStep } from '../../../domain/application/steps/advance-steps';
import { advanceAmountFor, advanceAmounts } from '../../../domain/vorauszahlung/advance-amounts';
import { debitDate, mandateReference } from '../../../domain/vorauszahlung/sepa-mandate';
import { useMessages } from '../../../i18n/feature-messages';
import { useFormatDate } from '../../../i18n/format-date';
import { CheckboxField } from '../../../ui/checkbox-field';
import { RadioGroup } from '../../../ui/radio-group';
import { TextField } from '../../../ui/text-field';
import { applicationIdFor } from '../absenden/application-id';
import { StatusQueryClient } from '../absenden/status-query-client';
import { useLimitFormat } from '../belastungsgrenze/limit-format';
import { todayIso } from '../draft/clock';
import { useOpenDraft } from '../draft/use-open-draft';
import { pagePath } from '../flow/flow-paths';
import { useFlowNext } from '../flow/use-flow-next';
import { QuestionPage } from '../form/question-page';
import { useSectionAnswers } from '../form/use-section-answers';
import { fieldId, useStepForm } from '../form/use-step-form';
import { advanceMessages } from './advance-messages';
import './advance.css';

type Method = Pick<AdvancePaymentAnswers, 'method' | 'accountHolder' | 'iban' | 'mandate'>;

/**
 * Transfer (details and GiroCode after sending, once the application has its reference) or a one-off SEPA Core
 * mandate (EPC016 DS-01): creditor and identifier, mandate reference, the debtor's name and IBAN, the
 * pre-notification of amount and date, and the eight-week refund right. The creditor data are stored with the
 * answer, as they stood in the text the applicant agreed to. The wizard lives outside the app's query layout: the
 * page brings the query client for the service info (the creditor data) itself.
 */
export function AdvanceMethodPage() {
  return (
    <StatusQueryClient>
      <AdvanceMethodForm />
    </StatusQueryClient>
  );
}

function AdvanceMethodForm() {
  const t = useMessages(advanceMessages);
  const { money } = useLimitFormat();
  const formatDate = useFormatDate();
  const { checked, draft } = useOpenDraft();
  const bank = useSectionAnswers('bank').values;
  const { values, save } = useSectionAnswers('advancePayment');
  const info = useQuery(serviceInfoQuery());
  const creditorName = info.data?.advancePayment.accountHolder;
  const creditorId = info.data?.advancePayment.creditorId;
  const creditor = useMemo(
    () => (creditorName && creditorId ? { creditorName, creditorId } : undefined),
    [creditorName, creditorId],
  );
  // The form holds what the applicant types; the creditor data join it once the mandate is given, both for the
  // check on "Speichern und weiter" and for what is saved.
  const schema = useMemo(
    () =>
      advancePaymentAnswersSchema
        .transform((raw) => (raw.mandate === true && creditor ? { ...raw, ...creditor } : raw))
        .pipe(advanceMethodStep()),
    [creditor],
  );
  const onChange = useCallback(
    (raw: Method) => save(raw.mandate === true && creditor ? { ...raw, ...creditor } : raw),
    [save, creditor],
  );
  const { form, submit, errorList, errorFor } = useStepForm({
    schema,
    defaults: {
      method: values.method,
      accountHolder: values.accountHolder ?? bank.accountHolder,
      iban: values.iban ?? bank.iban,
      mandate: values.mandate ?? false,
    },
    save: onChange,
    next: useFlowNext('advance.method'),
    order: ['method', 'accountHolder', 'iban', 'mandate'],
  });
  const method = form.watch('method');
  const limit = applicationLimit(checked);
  const option = checked.advance.option;
  const amount =
    limit && (option === 'full' || option === 'rest')
      ? advanceAmountFor(option, advanceAmounts(limit.result.limitCents, limit.result.paidCents))
      : undefined;
  return (
    <QuestionPage
      title={t('method.title')}
      caption={t('caption')}
      headingInField
      backTo={pagePath('advance.offer')}
      errors={errorList}
      submitCount={form.formState.submitCount}
      onSubmit={(event) => void submit(event)}
    >
      <RadioGroup
        id={fieldId('method')}
        legend={t('method.title')}
        legendAsHeading
        error={errorFor('method')}
        options={[
          { value: 'transfer', label: t('method.transfer'), hint: t('method.transfer.hint') },
          { value: 'directDebit', label: t('method.directDebit'), hint: t('method.directDebit.hint') },
        ]}
        registration={form.register('method')}
      />
      {method === 'directDebit' && (
        <>
          <TextField
            id={fieldId('accountHolder')}
            label={t('mandate.holder')}
            error={errorFor('accountHolder')}
            autoComplete="off"
            width="long"
            spellCheck={false}
            registration={form.register('accountHolder')}
          />
          <TextField
            id={fieldId('iban')}
            label={t('mandate.iban')}
            hint={t('mandate.iban.hint')}
            error={errorFor('iban')}
            autoComplete="off"
            width="long"
            spellCheck={false}
            registration={form.register('iban')}
          />
          {creditor ? (
            <section className="advance-mandate" aria-labelledby="advance-mandate">
              <h2 id="advance-mandate">{t('mandate.title')}</h2>
              <p>
                {t('mandate.creditor', { name: creditor.creditorName })}
                <br />
                {t('mandate.creditorId', { id: creditor.creditorId })}
                <br />
                {t('mandate.reference', { reference: mandateReference(applicationIdFor(draft.id)) })}
              </p>
              <p>{t('mandate.text', { name: creditor.creditorName })}</p>
              <p>{t('mandate.refund')}</p>
              {amount !== undefined && (
                <p>
                  {t('mandate.preNotification', {
                    amount: money(amount),
                    date: formatDate(debitDate(todayIso())),
                  })}
                </p>
              )}
              <p>{t('mandate.returned')}</p>
            </section>
          ) : (
            <p role="status">{info.isError ? t('mandate.unavailable') : t('mandate.loading')}</p>
          )}
          <CheckboxField
            id={fieldId('mandate')}
            label={t('mandate.confirm')}
            error={errorFor('mandate')}
            registration={form.register('mandate')}
          />
        </>
      )}
    </QuestionPage>
  );
}
