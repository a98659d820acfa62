import { useCallback, useMemo, useState } from 'react';
import { useWatch } from 'react-hook-form';
import { useSearchParams } from 'react-router';
import { z } from 'zod';
import type { IncomeEntryAnswers } from '../../../domain/application/draft-answers';
import { incomeEntryStep, type CheckedIncomeEntry } from '../../../domain/application/steps/income-steps';
import { incomeCatalogue, incomeTypeInfo, incomeTypes } from '../../../domain/income/income-catalogue';
import { useLocalized, useMessages } from '../../../i18n/feature-messages';
import { RadioGroup } from '../../../ui/radio-group';
import { SelectField } from '../../../ui/select-field';
import { TextField } from '../../../ui/text-field';
import { useOpenDraft } from '../draft/use-open-draft';
import { useUpdateAnswers } from '../draft/use-update-answers';
import { useFlowNext } from '../flow/use-flow-next';
import { EntryPageGate } from '../form/entry-page-gate';
import { upsertEntry } from '../form/upsert-entry';
import { QuestionPage } from '../form/question-page';
import { UploadField } from '../form/upload-field';
import { fieldId, useStepForm } from '../form/use-step-form';
import { entryAnswersFrom, type IncomeEntryForm } from './income-entry-values';
import { incomeMessages } from './income-messages';
import { personName } from '../form/person-name';
import { pagePath } from '../flow/flow-paths';

const order = [
  'memberId',
  'type',
  'description',
  'amount',
  'period',
  'months',
  'proof',
  'proofFileIds',
] as const;

// Parental allowance always asks for its months: the Sockelbetrag is taken out per month paid (docs/rules/rules.md § 5).
const parentalTypes: readonly string[] = ['parentalAllowance', 'parentalAllowancePlus'];

// Counting types first, then those that count partly, then those that do not (docs/rules/rules.md § 5), each group in the
// catalogue's order, so that the list reads like the insurers' own forms.
const typesInOrder = (['yes', 'partly', 'no'] as const).flatMap((counts) =>
  incomeTypes.filter((type) => incomeCatalogue[type].counts === counts),
);

/** One income of one counted person, on its own page (GOV.UK add-another); saved as the user types. */
export function IncomeEntryPage() {
  // Without a complete household nobody knows whose income counts; with the flat rule none is needed.
  return (
    <EntryPageGate page="incomes.entry" overview="incomes.overview">
      {(entryId) => <EntryForm entryId={entryId} />}
    </EntryPageGate>
  );
}

function EntryForm({ entryId }: { entryId: string }) {
  const { draft, context, checked } = useOpenDraft();
  const t = useMessages(incomeMessages);
  const localized = useLocalized();
  const updateAnswers = useUpdateAnswers();
  const [search] = useSearchParams();
  // New or existing is decided when the page opens: the first keystroke stores the entry, and the heading must
  // not change from "Einnahme angeben" to "Einnahme ändern" under the user's fingers.
  const [isNew] = useState(() => !draft.answers.incomes?.entries?.some((entry) => entry.id === entryId));
  const memberKey = checked.counted.map((person) => person.id).join('\u0000');
  const schema = useMemo(
    () =>
      z.preprocess(
        (values) => entryAnswersFrom(values as Partial<IncomeEntryForm>, entryId),
        incomeEntryStep({ memberIds: memberKey.split('\u0000') }),
      ) as unknown as z.ZodType<CheckedIncomeEntry, IncomeEntryForm>,
    [memberKey, entryId],
  );
  const people = checked.counted;
  const memberIds = people.map((person) => person.id);
  const stored = draft.answers.incomes?.entries?.find((entry) => entry.id === entryId);
  const preset = search.get('person') ?? undefined;
  const onlyPerson = people.length === 1 ? people[0]?.id : undefined;
  const defaults: IncomeEntryForm = stored
    ? {
        months: '12',
        ...stored,
        memberId: stored.memberId ?? onlyPerson,
        proofFileIds: stored.proofFileIds ?? [],
      }
    : {
        id: entryId,
        memberId: preset !== undefined && memberIds.includes(preset) ? preset : onlyPerson,
        months: '12',
        proofFileIds: [],
      };
  const save = useCallback(
    (values: IncomeEntryForm) => {
      const entry = entryAnswersFrom(values, entryId);
      updateAnswers('incomes', (previous) => {
        const next: IncomeEntryAnswers[] = upsertEntry(previous?.entries, entry);
        // An income for someone contradicts "has no income": the newer answer wins.
        const noIncome = (previous?.noIncomeMemberIds ?? []).filter((id) => id !== entry.memberId);
        return { ...previous, entries: next, noIncomeMemberIds: noIncome };
      });
    },
    [entryId, updateAnswers],
  );
  const { form, submit, errorList, errorFor } = useStepForm({
    schema,
    defaults,
    save,
    next: useFlowNext('incomes.entry'),
    order,
  });
  const [type, period, proof, memberId] = useWatch({
    control: form.control,
    name: ['type', 'period', 'proof', 'memberId'],
  });
  const chosenType = incomeTypes.find((candidate) => candidate === type);
  const info = chosenType ? incomeTypeInfo(chosenType) : undefined;
  const parental = type !== undefined && parentalTypes.includes(type);
  const asksMonths = period === 'month' || parental;
  const nameOf = (id: string | undefined) => {
    const person = people.find((candidate) => candidate.id === id);
    return person ? personName(person, { self: t('person.self'), unnamed: t('person.unnamed') }).name : '';
  };
  // With one counted person there is nobody to choose; a stored entry of someone who no longer counts still
  // shows the choice, so that its error has a field to point to.
  const single = onlyPerson !== undefined && defaults.memberId === onlyPerson;
  return (
    <QuestionPage
      title={isNew ? t('entry.title.new') : t('entry.title.edit')}
      caption={t('caption')}
      backTo={pagePath('incomes.overview')}
      errors={errorList}
      submitCount={form.formState.submitCount}
      onSubmit={(event) => void submit(event)}
    >
      {single ? (
        <p className="lead">{t('entry.memberFixed', { name: nameOf(memberId ?? onlyPerson) })}</p>
      ) : (
        <RadioGroup
          id={fieldId('memberId')}
          legend={t('entry.member')}
          error={errorFor('memberId')}
          options={people.map((person) => ({ value: person.id, label: nameOf(person.id) }))}
          registration={form.register('memberId')}
        />
      )}
      <SelectField
        id={fieldId('type')}
        label={t('entry.type')}
        hint={t('entry.type.hint')}
        error={errorFor('type')}
        placeholder={t('entry.type.placeholder')}
        options={typesInOrder.map((value) => {
          const counts = incomeCatalogue[value].counts;
          const label = localized(incomeCatalogue[value].label);
          return {
            value,
            label: counts === 'yes' ? label : `${label} ${t(`entry.type.suffix.${counts}`)}`,
          };
        })}
        registration={form.register('type')}
      />
      {/* Polite live region: the explanation changes with the choice, without moving focus (WCAG 4.1.3). */}
      <div className="field-hint" aria-live="polite">
        {info && (
          <p>
            <strong>{t(`entry.type.counts.${info.counts}`)}</strong> {localized(info.explanation)}
          </p>
        )}
      </div>
      {type === 'other' && (
        <TextField
          id={fieldId('description')}
          label={t('entry.description')}
          hint={t('entry.description.hint')}
          error={errorFor('description')}
          autoComplete="off"
          width="long"
          registration={form.register('description')}
        />
      )}
      <TextField
        id={fieldId('amount')}
        label={t('entry.amount')}
        hint={t('entry.amount.hint')}
        error={errorFor('amount')}
        autoComplete="off"
        inputMode="decimal"
        width="money"
        suffix="€"
        spellCheck={false}
        registration={form.register('amount')}
      />
      <RadioGroup
        id={fieldId('period')}
        legend={t('entry.period')}
        error={errorFor('period')}
        options={[
          { value: 'month', label: t('entry.period.month') },
          { value: 'year', label: t('entry.period.year'), hint: t('entry.period.year.hint') },
          { value: 'once', label: t('entry.period.once'), hint: t('entry.period.once.hint') },
        ]}
        registration={form.register('period')}
      />
      {asksMonths && (
        <TextField
          id={fieldId('months')}
          label={t('entry.months')}
          hint={parental ? t('entry.months.hintParental', { year: context.year }) : t('entry.months.hint')}
          error={errorFor('months')}
          autoComplete="off"
          inputMode="numeric"
          width="short"
          registration={form.register('months')}
        />
      )}
      {/* An income that does not count needs no proof (incomeEntryStep does not ask for one): say so instead. */}
      {info?.counts === 'no' ? (
        <p>{t('entry.proof.notNeeded')}</p>
      ) : (
        <RadioGroup
          id={fieldId('proof')}
          legend={t('entry.proof')}
          hint={t('entry.proof.hint')}
          error={errorFor('proof')}
          options={[
            { value: 'upload', label: t('entry.proof.upload') },
            { value: 'post', label: t('entry.proof.post'), hint: t('entry.proof.post.hint') },
          ]}
          registration={form.register('proof')}
        />
      )}
      {proof === 'upload' && info?.counts !== 'no' && (
        <UploadField
          name="proofFileIds"
          label={t('entry.proofFiles')}
          hint={t('entry.proofFiles.hint')}
          error={errorFor('proofFileIds')}
          control={form.control}
          setValue={form.setValue}
        />
      )}
    </QuestionPage>
  );
}
