import { useCallback, useMemo } from 'react';
import { useWatch } from 'react-hook-form';
import { Navigate, useParams } from 'react-router';
import { z } from 'zod';
import type { ApplicationDraft } from '../../../domain/application/application-draft';
import { certificateRenewalForYear } from '../../../domain/application/certificate-renewal';
import { certificateDeliveries, type ChronicMemberAnswers } from '../../../domain/application/draft-answers';
import type { HouseholdPerson } from '../../../domain/application/household-people';
import type { StepContext } from '../../../domain/application/steps/step-context';
import {
  certificateIssueDate,
  chronicMemberStep,
  type CheckedChronicMember,
} from '../../../domain/application/steps/chronic-steps';
import { useMessages } from '../../../i18n/feature-messages';
import { useFormatDate } from '../../../i18n/format-date';
import { RadioGroup } from '../../../ui/radio-group';
import { TextField } from '../../../ui/text-field';
import { WarningText } from '../../../ui/warning-text';
import { useOpenDraft } from '../draft/use-open-draft';
import { useUpdateAnswers } from '../draft/use-update-answers';
import { useFlowNext } from '../flow/use-flow-next';
import { personName } from '../form/person-name';
import { QuestionPage } from '../form/question-page';
import { UploadField } from '../form/upload-field';
import { fieldId, useStepForm } from '../form/use-step-form';
import { chronicMessages } from './chronic-messages';
import { pagePath } from '../flow/flow-paths';

type ChronicForm = {
  memberId: string;
  chronicallyIll?: string | null;
  certificate?: string | null;
  certificateFileIds?: string[];
  certificateIssuedOn?: string;
};

const order = ['chronicallyIll', 'certificate', 'certificateFileIds', 'certificateIssuedOn'] as const;

/**
 * The form's values as stored: an unchecked radio (null) means "not answered" and must not reach the draft,
 * whose enums would reject the whole section on the next reload.
 */
function answersFrom(values: Partial<ChronicForm>, memberId: string): ChronicMemberAnswers {
  const ill =
    values.chronicallyIll === 'yes' || values.chronicallyIll === 'no' ? values.chronicallyIll : undefined;
  const certificate = certificateDeliveries.find((value) => value === values.certificate);
  return {
    memberId,
    ...(ill && { chronicallyIll: ill }),
    ...(certificate && { certificate }),
    ...(Array.isArray(values.certificateFileIds) && { certificateFileIds: values.certificateFileIds }),
    ...(typeof values.certificateIssuedOn === 'string' && {
      certificateIssuedOn: values.certificateIssuedOn,
    }),
  };
}

/** One counted person: schwerwiegend chronisch krank (Chroniker-Richtlinie) and how Muster 55 arrives. */
export function ChronicMemberPage() {
  const { draft, checked } = useOpenDraft();
  const { memberId } = useParams();
  const person = checked.counted.find((candidate) => candidate.id === memberId);
  // Only counted people are asked (§ 62 Abs. 2 S. 1 SGB V); before the household is complete nobody is.
  if (!person || checked.sections['chronische-erkrankung'].status === 'cannotStart') {
    return <Navigate to={pagePath('chronic.overview')} replace />;
  }
  return <MemberForm key={person.id} person={person} draft={draft} />;
}

function MemberForm({ person, draft }: { person: HouseholdPerson; draft: ApplicationDraft }) {
  const t = useMessages(chronicMessages);
  const { checked, context } = useOpenDraft();
  const updateAnswers = useUpdateAnswers();
  const flowNext = useFlowNext('chronic.member');
  const memberId = person.id;
  const schema = useMemo(
    () =>
      z.preprocess(
        (values) => answersFrom(values as Partial<ChronicForm>, memberId),
        chronicMemberStep(context),
      ) as unknown as z.ZodType<CheckedChronicMember, ChronicForm>,
    [memberId, context],
  );
  const stored = draft.answers.chronic?.members?.find((entry) => entry.memberId === memberId);
  const save = useCallback(
    (values: ChronicForm) => {
      const answer = answersFrom(values, memberId);
      updateAnswers('chronic', (previous) => {
        const members = previous?.members ?? [];
        return {
          ...previous,
          members: members.some((entry) => entry.memberId === memberId)
            ? members.map((entry) => (entry.memberId === memberId ? answer : entry))
            : [...members, answer],
        };
      });
    },
    [memberId, updateAnswers],
  );
  // The next counted person still without a valid answer, so that a household is answered in one go.
  const nextPage = () =>
    flowNext(
      undefined,
      checked.counted
        .filter((candidate) => !checked.chronic.has(candidate.id))
        .map((candidate) => candidate.id),
    );
  const { form, submit, errorList, errorFor } = useStepForm({
    schema,
    defaults: { ...stored, memberId, certificateFileIds: stored?.certificateFileIds ?? [] },
    save,
    next: nextPage,
    order,
  });
  const [ill, certificate, issuedOn] = useWatch({
    control: form.control,
    name: ['chronicallyIll', 'certificate', 'certificateIssuedOn'],
  });
  const { name, self } = personName(person, { self: t('person.self'), unnamed: t('person.unnamed') });
  const question = self ? t('question.self') : t('question', { name });
  return (
    <QuestionPage
      title={question}
      caption={t('caption')}
      headingInField
      backTo={pagePath('chronic.overview')}
      errors={errorList}
      submitCount={form.formState.submitCount}
      onSubmit={(event) => void submit(event)}
    >
      <RadioGroup
        id={fieldId('chronicallyIll')}
        legend={question}
        legendAsHeading
        hint={t('question.hint')}
        error={errorFor('chronicallyIll')}
        inline
        options={[
          { value: 'yes', label: t('yes') },
          { value: 'no', label: t('no') },
        ]}
        registration={form.register('chronicallyIll')}
      />
      {ill === 'yes' && (
        <RadioGroup
          id={fieldId('certificate')}
          legend={t('certificate')}
          error={errorFor('certificate')}
          options={[
            { value: 'upload', label: t('certificate.upload') },
            {
              value: 'doctorSends',
              label: t('certificate.doctorSends'),
              hint: t('certificate.doctorSends.hint'),
            },
          ]}
          registration={form.register('certificate')}
        />
      )}
      {ill === 'yes' && certificate === 'upload' && (
        <UploadField
          name="certificateFileIds"
          label={t('files')}
          hint={t('files.hint')}
          error={errorFor('certificateFileIds')}
          control={form.control}
          setValue={form.setValue}
        />
      )}
      {ill === 'yes' && certificate === 'upload' && (
        <>
          <TextField
            id={fieldId('certificateIssuedOn')}
            label={t('issuedOn')}
            hint={t('issuedOn.hint', { year: context.year })}
            error={errorFor('certificateIssuedOn')}
            autoComplete="off"
            width="medium"
            spellCheck={false}
            registration={form.register('certificateIssuedOn')}
          />
          <RenewalWarning typed={issuedOn} context={context} />
        </>
      )}
    </QuestionPage>
  );
}

/**
 * A certificate older than a year, as typed (docs/rules/rules.md § 4): said with the day it had to be renewed, never
 * an error — the insurer may waive the yearly proof, and the application can be sent all the same.
 */
function RenewalWarning({ typed, context }: { typed: string | undefined; context: StepContext }) {
  const t = useMessages(chronicMessages);
  const formatDate = useFormatDate();
  const issued = certificateIssueDate(typed, context);
  if (!issued.ok || issued.value === undefined) return null;
  const renewal = certificateRenewalForYear(issued.value, context);
  if (!renewal.due) return null;
  return <WarningText>{t('renewal', { date: formatDate(renewal.renewOn) })}</WarningText>;
}
