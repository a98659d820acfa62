import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState } from 'react';
import { useForm, useWatch, type FieldErrors } from 'react-hook-form';
import {
  computeBelastungsgrenze,
  type Belastungsgrenze,
} from '../../domain/belastungsgrenze/compute-belastungsgrenze';
import { welfareKinds, welfareLabels } from '../../domain/belastungsgrenze/welfare';
import { figuresForYear, supportedYears } from '../../domain/figures/figures-for-year';
import { useMessages } from '../../i18n/feature-messages';
import { useI18n } from '../../i18n/use-i18n';
import { estimateMessages, type EstimateMessageKey } from './estimate-messages';
import { ErrorSummary } from '../../ui/error-summary';
import { PageHeading } from '../../ui/page-heading';
import { usePageTitle } from '../../ui/use-page-title';
import { estimateHousehold } from './estimate-household';
import { LimitExplanation } from './limit-explanation';
import { limitEstimateSchema, type LimitEstimate, type LimitEstimateForm } from './limit-estimate-schema';

const fieldOrder = ['year', 'welfare', 'spouse', 'children', 'others', 'income', 'chronic'] as const;
type FieldName = (typeof fieldOrder)[number];

// The UI may read the clock (the rules never do): the current year is the default where the table has it.
function defaultYear(): string {
  const years = supportedYears();
  const current = new Date().getFullYear();
  return String(years.includes(current) ? current : years[years.length - 1]);
}

export function LimitEstimatePage() {
  const { t: core, language } = useI18n();
  const t = useMessages(estimateMessages);
  usePageTitle(t('estimate.title'), core('app.name'));
  const idPrefix = useId();
  const id = (name: FieldName) => `${idPrefix}-${name}`;
  const [result, setResult] = useState<Belastungsgrenze | null>(null);
  const { register, handleSubmit, control, formState } = useForm<LimitEstimateForm, unknown, LimitEstimate>({
    resolver: zodResolver(limitEstimateSchema),
    defaultValues: {
      year: defaultYear(),
      welfare: 'none',
      spouse: 'no',
      children: '0',
      others: '0',
      income: '',
      chronic: 'no',
    },
    // Validate when the user asks for the result, not while they type (ux.md).
    mode: 'onSubmit',
    // The error summary takes focus instead (GOV.UK pattern); RHF would move it to the first field.
    shouldFocusError: false,
    reValidateMode: 'onSubmit',
  });
  const errors: FieldErrors<LimitEstimateForm> = formState.errors;
  const onWelfare = useWatch({ control, name: 'welfare' }) !== 'none';

  const submit = handleSubmit(
    (estimate) => {
      const figures = figuresForYear(estimate.year);
      if (!figures.ok) return;
      setResult(computeBelastungsgrenze({ figures: figures.value, ...estimateHousehold(estimate) }));
    },
    () => setResult(null),
  );

  const message = (name: FieldName) => {
    const text = errors[name]?.message;
    return text ? t(text as EstimateMessageKey) : undefined;
  };
  const summary = fieldOrder.flatMap((name) => {
    const text = message(name);
    return text ? [{ fieldId: id(name), message: text }] : [];
  });
  const describedBy = (name: FieldName, hint?: boolean) =>
    [hint ? `${id(name)}-hint` : '', errors[name] ? `${id(name)}-error` : ''].filter(Boolean).join(' ') ||
    undefined;
  const errorText = (name: FieldName) =>
    errors[name] && (
      <span className="field-error" id={`${id(name)}-error`}>
        <span className="visually-hidden">{t('estimate.error.prefix')} </span>
        {message(name)}
      </span>
    );
  const fieldClass = (name: FieldName) => (errors[name] ? 'field field--error' : 'field');
  const yesNo = (name: 'spouse' | 'chronic', legend: EstimateMessageKey, hint?: EstimateMessageKey) => (
    <div className={fieldClass(name)}>
      <fieldset aria-describedby={describedBy(name, Boolean(hint))}>
        <legend>{t(legend)}</legend>
        {hint && (
          <span className="field-hint" id={`${id(name)}-hint`}>
            {t(hint)}
          </span>
        )}
        {errorText(name)}
        <div className="radios">
          <label>
            <input type="radio" value="yes" id={id(name)} {...register(name)} />
            {t('estimate.yes')}
          </label>
          <label>
            <input type="radio" value="no" {...register(name)} />
            {t('estimate.no')}
          </label>
        </div>
      </fieldset>
    </div>
  );

  // Amounts and counts are neither identity data nor WCAG 1.3.5 purposes: no autocomplete (security checklist, tension 2).
  const textField = (
    name: 'children' | 'others' | 'income',
    label: EstimateMessageKey,
    hint: string,
    inputMode: 'numeric' | 'decimal',
  ) => (
    <div className={fieldClass(name)}>
      <label htmlFor={id(name)}>{t(label)}</label>
      <span className="field-hint" id={`${id(name)}-hint`}>
        {hint}
      </span>
      {errorText(name)}
      <input
        className={inputMode === 'decimal' ? 'input--money' : 'input--short'}
        id={id(name)}
        inputMode={inputMode}
        autoComplete="off"
        aria-describedby={describedBy(name, true)}
        aria-invalid={Boolean(errors[name])}
        {...register(name)}
      />
    </div>
  );

  return (
    <div className="page">
      <PageHeading>{t('estimate.title')}</PageHeading>
      <p className="lead">{t('estimate.lead')}</p>
      <ErrorSummary
        title={t('estimate.error.summary')}
        errors={summary}
        submitCount={formState.submitCount}
      />
      <form onSubmit={(event) => void submit(event)} noValidate>
        <div className={fieldClass('year')}>
          <label htmlFor={id('year')}>{t('estimate.year')}</label>
          {errorText('year')}
          <select id={id('year')} aria-describedby={describedBy('year')} {...register('year')}>
            {supportedYears().map((year) => (
              <option key={year} value={String(year)}>
                {year}
                {isProvisional(year) ? ` (${t('estimate.provisional')})` : ''}
              </option>
            ))}
          </select>
        </div>
        <div className={fieldClass('welfare')}>
          <label htmlFor={id('welfare')}>{t('estimate.welfare')}</label>
          <span className="field-hint" id={`${id('welfare')}-hint`}>
            {t('estimate.welfare.hint')}
          </span>
          {errorText('welfare')}
          <select id={id('welfare')} aria-describedby={describedBy('welfare', true)} {...register('welfare')}>
            {welfareKinds.map((kind) => (
              <option key={kind} value={kind}>
                {language === 'de' ? welfareLabels[kind].de : welfareLabels[kind].en}
              </option>
            ))}
          </select>
        </div>
        {yesNo('spouse', 'estimate.spouse', 'estimate.spouse.hint')}
        {textField('children', 'estimate.children', t('estimate.children.hint'), 'numeric')}
        {textField('others', 'estimate.others', t('estimate.others.hint'), 'numeric')}
        {textField(
          'income',
          'estimate.income',
          onWelfare ? t('estimate.income.welfareHint') : t('estimate.income.hint'),
          'decimal',
        )}
        {yesNo('chronic', 'estimate.chronic', 'estimate.chronic.hint')}
        <button type="submit" className="button">
          {t('estimate.submit')}
        </button>
      </form>
      <div aria-live="polite">{result && <LimitExplanation result={result} language={language} t={t} />}</div>
    </div>
  );
}

function isProvisional(year: number): boolean {
  const figures = figuresForYear(year);
  return figures.ok && figures.value.status === 'provisional';
}
