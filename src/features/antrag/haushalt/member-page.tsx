import { useCallback, useMemo } from 'react';
import { useWatch } from 'react-hook-form';
import { Navigate, useParams } from 'react-router';
import { z } from 'zod';
import { memberRelations, type MemberAnswers } from '../../../domain/application/draft-answers';
import { memberStep } from '../../../domain/application/steps/household-steps';
import type { StepContext } from '../../../domain/application/steps/step-context';
import { useMessages } from '../../../i18n/feature-messages';
import { RadioGroup } from '../../../ui/radio-group';
import { TextField } from '../../../ui/text-field';
import { isMemberId } from './member-id';
import { useOpenDraft } from '../draft/use-open-draft';
import { useUpdateAnswers } from '../draft/use-update-answers';
import { useFlowNext } from '../flow/use-flow-next';
import { QuestionPage } from '../form/question-page';
import { fieldId, useStepForm } from '../form/use-step-form';
import { maxMembers, upsertMember } from './household-edits';
import { householdMessages } from './household-messages';
import { withoutEmptyChoices } from '../form/without-empty-choices';
import { pagePath } from '../flow/flow-paths';

// Page order, for the error summary. The conditional questions follow the answer that reveals them.
const order = [
  'relation',
  'livesInCareHome',
  'givenName',
  'familyName',
  'birthDate',
  'insurer',
  'insurerName',
  'kvnr',
  'familyInsured',
] as const;

/** One household member (add-another: one person per page), new or to change. */
export function MemberPage() {
  const { memberId } = useParams();
  const { draft, context } = useOpenDraft();
  const members = draft.answers.household?.members ?? [];
  const stored = members.find((member) => member.id === memberId);
  if (!isMemberId(memberId) || (stored === undefined && members.length >= maxMembers)) {
    return <Navigate to={pagePath('household.overview')} replace />;
  }
  // A fresh form per member: the defaults are read once, when the page opens.
  return <MemberForm key={memberId} memberId={memberId} stored={stored} context={context} />;
}

type Props = { memberId: string; stored: MemberAnswers | undefined; context: StepContext };

function MemberForm({ memberId, stored, context }: Props) {
  const t = useMessages(householdMessages);
  const updateAnswers = useUpdateAnswers();
  const schema = useMemo(
    () => z.preprocess((raw: MemberAnswers) => withoutEmptyChoices(raw), memberStep(context)),
    [context],
  );
  // Saved into the household list on every change, by id; hidden answers stay (never clear what was typed).
  const save = useCallback(
    (values: MemberAnswers) =>
      updateAnswers('household', (previous) =>
        upsertMember(previous, { ...withoutEmptyChoices(values), id: memberId }),
      ),
    [memberId, updateAnswers],
  );
  const { form, submit, errorList, errorFor } = useStepForm({
    schema,
    defaults: { ...stored, id: memberId },
    save,
    next: useFlowNext('household.member'),
    order,
  });
  const [relation, insurer] = useWatch({ control: form.control, name: ['relation', 'insurer'] });
  const yesNo = [
    { value: 'yes', label: t('member.yes') },
    { value: 'no', label: t('member.no') },
  ];
  const text = (
    name: 'givenName' | 'familyName' | 'birthDate' | 'insurerName' | 'kvnr',
    label: string,
    width: 'medium' | 'long',
    hint?: string,
  ) => (
    <TextField
      id={fieldId(name)}
      label={label}
      hint={hint}
      error={errorFor(name)}
      // Other people's data: the browser must not offer the applicant's own name or number (WCAG 1.3.5 is
      // about the user's data; ADR 0006).
      autoComplete="off"
      width={width}
      spellCheck={false}
      registration={form.register(name)}
    />
  );
  const otherInsurer = insurer === 'other';
  return (
    <QuestionPage
      title={t('member.title')}
      caption={t('caption')}
      backTo={pagePath('household.overview')}
      errors={errorList}
      submitCount={form.formState.submitCount}
      onSubmit={(event) => void submit(event)}
    >
      <p>{t('member.intro')}</p>
      <RadioGroup
        id={fieldId('relation')}
        legend={t('member.relation')}
        error={errorFor('relation')}
        options={memberRelations.map((value) => ({
          value,
          label: t(`member.relation.${value}`),
          hint: t(`member.relation.${value}.hint`),
        }))}
        registration={form.register('relation')}
      />
      {relation === 'spouse' && (
        <RadioGroup
          id={fieldId('livesInCareHome')}
          legend={t('member.careHome')}
          hint={t('member.careHome.hint')}
          error={errorFor('livesInCareHome')}
          inline
          options={yesNo}
          registration={form.register('livesInCareHome')}
        />
      )}
      {text('givenName', t('member.givenName'), 'long')}
      {text('familyName', t('member.familyName'), 'long')}
      {text('birthDate', t('member.birthDate'), 'medium', t('member.birthDate.hint'))}
      <RadioGroup
        id={fieldId('insurer')}
        legend={t('member.insurer')}
        error={errorFor('insurer')}
        options={[
          { value: 'same', label: t('member.insurer.same') },
          { value: 'other', label: t('member.insurer.other') },
        ]}
        registration={form.register('insurer')}
      />
      {otherInsurer && text('insurerName', t('member.insurerName'), 'long', t('member.insurerName.hint'))}
      {text(
        'kvnr',
        otherInsurer ? t('member.kvnrOptional') : t('member.kvnr'),
        'medium',
        otherInsurer ? t('member.kvnrOptional.hint') : t('member.kvnr.hint'),
      )}
      <RadioGroup
        id={fieldId('familyInsured')}
        legend={t('member.familyInsured')}
        hint={t('member.familyInsured.hint')}
        error={errorFor('familyInsured')}
        inline
        options={yesNo}
        registration={form.register('familyInsured')}
      />
    </QuestionPage>
  );
}
