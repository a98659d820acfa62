import { useCallback, useMemo, useRef, useState } from 'react';
import { useWatch } from 'react-hook-form';
import { useLocation } from 'react-router';
import { z } from 'zod';
import type { ReceiptEntryAnswers } from '../../../domain/application/draft-answers';
import { receiptEntryStep, type CheckedReceipt } from '../../../domain/application/steps/receipt-steps';
import { formatMoney } from '../../../domain/money/format-money';
import { paymentCategories, paymentCategoryList } from '../../../domain/zuzahlung/payment-category';
import { useI18n } from '../../../i18n/use-i18n';
import { receiptWarnings } from '../../../domain/zuzahlung/receipt-warnings';
import { useLocalized, useMessages } from '../../../i18n/feature-messages';
import { formatCalendarDate } from '../../../i18n/format-date';
import { ButtonGroup } from '../../../ui/button-group';
import { RadioGroup } from '../../../ui/radio-group';
import { SelectField } from '../../../ui/select-field';
import { TextField } from '../../../ui/text-field';
import { WarningText } from '../../../ui/warning-text';
import { pagePath } from '../flow/flow-paths';
import { useOpenDraft } from '../draft/use-open-draft';
import { useUpdateAnswers } from '../draft/use-update-answers';
import { useFlowNext } from '../flow/use-flow-next';
import { EntryPageGate } from '../form/entry-page-gate';
import { upsertEntry } from '../form/upsert-entry';
import type { ReceiptEntryState } from './receipt-entry-state';
import { LimitPanel } from '../belastungsgrenze/limit-panel';
import { personName } from '../form/person-name';
import { QuestionPage } from '../form/question-page';
import { UploadField } from '../form/upload-field';
import { fieldId, useStepForm } from '../form/use-step-form';
import { checkedReceipts } from './checked-receipts';
import { receiptCategoryOptions } from './receipt-category-options';
import { receiptAnswersFrom, type ReceiptEntryForm } from './receipt-entry-values';
import { receiptMessages } from './receipt-messages';
import { receiptPeople } from './receipt-people';
import './receipts.css';

const order = [
  'kind',
  'memberId',
  'date',
  'periodFrom',
  'periodTo',
  'category',
  'provider',
  'amount',
  'description',
] as const;

/** One receipt on its own page; saved as the user types; "save and add another" keeps the pace of a paper pile. */
export function ReceiptEntryPage() {
  return (
    <EntryPageGate page="receipts.entry" overview="receipts.overview">
      {(receiptId) => <EntryForm receiptId={receiptId} />}
    </EntryPageGate>
  );
}

function EntryForm({ receiptId }: { receiptId: string }) {
  const { draft, context, checked } = useOpenDraft();
  const flowNext = useFlowNext('receipts.entry');
  const t = useMessages(receiptMessages);
  const localized = useLocalized();
  const { language } = useI18n();
  const locale = language === 'en' ? 'en' : 'de';
  const updateAnswers = useUpdateAnswers();
  const location = useLocation();
  const entries = draft.answers.receipts?.entries ?? [];
  // New or existing is decided when the page opens: the first keystroke stores the receipt.
  const [isNew] = useState(() => !entries.some((entry) => entry.id === receiptId));
  // A member who handed in their own part (issue 14) entered their receipts there: not offered here.
  const ownReceipts = (person: { id: string }) => !checked.memberParts.has(person.id);
  const memberKey = checked.counted
    .filter(ownReceipts)
    .map((person) => person.id)
    .join('\u0000');
  const { year, referenceDate } = context;
  const schema = useMemo(
    () =>
      z.preprocess(
        (values) => receiptAnswersFrom(values as Partial<ReceiptEntryForm>, receiptId),
        receiptEntryStep({ year, referenceDate, memberIds: memberKey.split('\u0000') }),
      ) as unknown as z.ZodType<CheckedReceipt, ReceiptEntryForm>,
    [memberKey, receiptId, year, referenceDate],
  );
  const people = checked.counted.filter(ownReceipts);
  const stored = entries.find((entry) => entry.id === receiptId);
  const onlyPerson = people.length === 1 ? people[0]?.id : undefined;
  // A new receipt starts like the last one: same person, kind of payment and provider (a pile of pharmacy slips).
  const last = entries.at(-1);
  const [defaults] = useState<ReceiptEntryForm>(() =>
    stored
      ? { ...stored, kind: stored.kind ?? 'single', fileIds: stored.fileIds ?? [] }
      : {
          id: receiptId,
          kind: 'single',
          memberId: last?.memberId ?? onlyPerson,
          category: last?.category,
          provider: last?.provider,
          fileIds: [],
        },
  );
  const save = useCallback(
    (values: ReceiptEntryForm) => {
      const entry = receiptAnswersFrom(values, receiptId);
      updateAnswers('receipts', (previous) => {
        const next: ReceiptEntryAnswers[] = upsertEntry(previous?.entries, entry);
        return { ...previous, entries: next };
      });
    },
    [receiptId, updateAnswers],
  );
  const intent = useRef<'another' | 'overview'>(isNew ? 'another' : 'overview');
  const { form, submit, errorList, errorFor, returnTo } = useStepForm({
    schema,
    defaults,
    save,
    next: (checked) =>
      intent.current === 'another'
        ? {
            to: flowNext({ another: true }),
            state: {
              focusId: fieldId('date'),
              saved: {
                date: formatCalendarDate(checked.countsOn, locale),
                amount: formatMoney(checked.amountCents, locale),
              },
            } satisfies ReceiptEntryState,
          }
        : flowNext({ another: false }),
    order,
  });
  // After "Speichern und weiteren Beleg erfassen" typing goes on at the date (the layout focuses it): say what was
  // saved, in a status message that screen readers announce without moving focus (WCAG 4.1.3).
  const saved = (location.state as ReceiptEntryState | null)?.saved;

  const values = useWatch({ control: form.control }) as ReceiptEntryForm;
  const kind = values.kind === 'summary' ? 'summary' : 'single';
  const category = paymentCategoryList.find((candidate) => candidate === values.category);
  const memberIds = people.map((person) => person.id);
  const typed = receiptEntryStep({ ...context, memberIds }).safeParse(receiptAnswersFrom(values, receiptId));
  const warnings = typed.success
    ? receiptWarnings(typed.data, [...checkedReceipts(checked).values()], receiptPeople(checked))
    : [];
  const nameOf = (id: string | undefined) => {
    const person = people.find((candidate) => candidate.id === id);
    return person ? personName(person, { self: t('person.self'), unnamed: t('person.unnamed') }).name : '';
  };
  const single = onlyPerson !== undefined && defaults.memberId === onlyPerson;
  const addAnother = (
    <button type="submit" className="button" onClick={() => (intent.current = 'another')}>
      {t('entry.another')}
    </button>
  );
  const toOverview = (primary: boolean) => (
    <button
      type="submit"
      className={primary ? 'button' : 'button button--secondary'}
      onClick={() => (intent.current = 'overview')}
    >
      {t('entry.save')}
    </button>
  );
  return (
    <QuestionPage
      title={isNew ? t('entry.title.new') : t('entry.title.edit')}
      caption={t('caption')}
      backTo={returnTo ?? pagePath('receipts.overview')}
      errors={errorList}
      submitCount={form.formState.submitCount}
      onSubmit={(event) => void submit(event)}
      // The running total stays in sight while a pile of receipts is typed in.
      after={<LimitPanel />}
      buttons={
        // Enter in a field presses the first button: for a new receipt that is "save and add another".
        <ButtonGroup>
          {isNew && returnTo === undefined ? (
            <>
              {addAnother}
              {toOverview(false)}
            </>
          ) : (
            toOverview(true)
          )}
        </ButtonGroup>
      }
    >
      <div role="status" className="receipt-saved">
        {saved && isNew && <p>{t('entry.saved', saved)}</p>}
      </div>
      <RadioGroup
        id={fieldId('kind')}
        legend={t('entry.kind')}
        error={errorFor('kind')}
        inline
        options={[
          { value: 'single', label: t('entry.kind.single') },
          { value: 'summary', label: t('entry.kind.summary'), hint: t('entry.kind.summary.hint') },
        ]}
        registration={form.register('kind')}
      />
      {single ? (
        <p className="lead">{t('entry.memberFixed', { name: nameOf(onlyPerson) })}</p>
      ) : (
        <RadioGroup
          id={fieldId('memberId')}
          legend={t('entry.member')}
          error={errorFor('memberId')}
          options={people.map((person) => ({ value: person.id, label: nameOf(person.id) }))}
          registration={form.register('memberId')}
        />
      )}
      {kind === 'single' ? (
        <TextField
          id={fieldId('date')}
          label={t('entry.date')}
          hint={t('entry.date.hint', { year: context.year })}
          error={errorFor('date')}
          autoComplete="off"
          inputMode="text"
          width="medium"
          spellCheck={false}
          registration={form.register('date')}
        />
      ) : (
        <>
          <TextField
            id={fieldId('periodFrom')}
            label={t('entry.periodFrom')}
            hint={t('entry.period.hint', { year: context.year })}
            error={errorFor('periodFrom')}
            autoComplete="off"
            width="medium"
            spellCheck={false}
            registration={form.register('periodFrom')}
          />
          <TextField
            id={fieldId('periodTo')}
            label={t('entry.periodTo')}
            error={errorFor('periodTo')}
            autoComplete="off"
            width="medium"
            spellCheck={false}
            registration={form.register('periodTo')}
          />
        </>
      )}
      <SelectField
        id={fieldId('category')}
        label={t('entry.category')}
        hint={t('entry.category.hint')}
        error={errorFor('category')}
        placeholder={t('entry.category.placeholder')}
        options={receiptCategoryOptions(localized, t('entry.category.suffix'))}
        registration={form.register('category')}
      />
      {/* Polite live region: the explanation changes with the choice, without moving focus (WCAG 4.1.3). */}
      <div className="field-hint" aria-live="polite">
        {category && <p>{localized(paymentCategories[category].explanation)}</p>}
      </div>
      <TextField
        id={fieldId('provider')}
        label={t('entry.provider')}
        hint={t('entry.provider.hint')}
        error={errorFor('provider')}
        autoComplete="off"
        width="long"
        registration={form.register('provider')}
      />
      <TextField
        id={fieldId('amount')}
        label={t('entry.amount')}
        hint={kind === 'summary' ? t('entry.amount.summaryHint') : t('entry.amount.hint')}
        error={errorFor('amount')}
        autoComplete="off"
        inputMode="decimal"
        width="money"
        suffix="€"
        spellCheck={false}
        registration={form.register('amount')}
      />
      <div aria-live="polite">
        {warnings.length > 0 && (
          <WarningText>
            {warnings.map((warning) => (
              <span key={warning.code} className="receipt-warning">
                {localized(warning.message)}{' '}
              </span>
            ))}
          </WarningText>
        )}
      </div>
      <TextField
        id={fieldId('description')}
        label={t('entry.description')}
        hint={t('entry.description.hint')}
        error={errorFor('description')}
        autoComplete="off"
        width="long"
        registration={form.register('description')}
      />
      <UploadField
        name="fileIds"
        label={t('entry.files')}
        hint={t('entry.files.hint')}
        error={errorFor('fileIds')}
        control={form.control}
        setValue={form.setValue}
      />
    </QuestionPage>
  );
}
