import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Navigate, useNavigate, useParams } from 'react-router';
import { z } from 'zod';
import type { MemberAnswers } from '../../../domain/application/draft-answers';
import { addProblem } from '../../../domain/application/fields/localized-issue';
import type { LocalizedText } from '../../../domain/validation/result';
import { useLocalized, useMessages } from '../../../i18n/feature-messages';
import { interpolate } from '../../../i18n/interpolate';
import { useI18n } from '../../../i18n/use-i18n';
import { fieldError, formErrorList } from '../../../ui/form-errors';
import { RadioGroup } from '../../../ui/radio-group';
import { WarningText } from '../../../ui/warning-text';
import { useDraftFiles } from '../draft/use-draft-files';
import { useOpenDraft } from '../draft/use-open-draft';
import { useUpdateAnswers } from '../draft/use-update-answers';
import { QuestionPage } from '../form/question-page';
import { decodeMessage, stepResolver } from '../form/step-resolver';
import { fieldId } from '../form/use-step-form';
import { filesOfMember, withoutMember, withoutMemberChronic, withoutMemberIncomes } from './household-edits';
import { householdMessages } from './household-messages';
import type { RemovedState } from './household-overview-page';
import { memberName } from './more-people-question';
import { pagePath } from '../flow/flow-paths';

const confirmation = (name: LocalizedText) =>
  z.object({ confirm: z.enum(['yes', 'no']).nullish() }).transform((raw, ctx) => {
    if (raw.confirm === undefined || raw.confirm === null) {
      addProblem(ctx, ['confirm'], {
        de: interpolate(householdMessages.de['remove.choose'], { name: name.de }),
        en: interpolate(householdMessages.en['remove.choose'], { name: name.en }),
      });
      return z.NEVER;
    }
    return raw.confirm;
  });

// An unanswered radio group is null in react-hook-form.
type Values = { confirm?: 'yes' | 'no' | null };

/** GOV.UK add-another: removing asks first, naming the person and what goes with them. */
export function RemoveMemberPage() {
  const { memberId } = useParams();
  const { draft } = useOpenDraft();
  // Once removed, the member is gone from the draft before the overview opens: nothing to show meanwhile.
  const [removed, setRemoved] = useState(false);
  if (removed) return null;
  const member = draft.answers.household?.members?.find((entry) => entry.id === memberId);
  if (!member) return <Navigate to={pagePath('household.overview')} replace />;
  return <Confirm key={member.id} member={member} onRemoved={() => setRemoved(true)} />;
}

function Confirm({ member, onRemoved }: { member: MemberAnswers; onRemoved: () => void }) {
  const t = useMessages(householdMessages);
  const localized = useLocalized();
  const { language } = useI18n();
  const navigate = useNavigate();
  const { draft } = useOpenDraft();
  const updateAnswers = useUpdateAnswers();
  const { removeFile } = useDraftFiles();
  const name = memberName(member);
  const [resolver] = useState(() => stepResolver(confirmation(name)));
  const form = useForm<Values, unknown, 'yes' | 'no'>({
    resolver,
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
    shouldFocusError: false,
  });
  const translate = (message: string) => decodeMessage(message, language);
  const errors = form.formState.errors;

  const submit = form.handleSubmit((answer) => {
    if (answer === 'no') {
      void navigate(pagePath('household.overview'));
      return;
    }
    const files = filesOfMember(draft.answers, member.id);
    onRemoved();
    updateAnswers('household', (previous) => withoutMember(previous ?? {}, member.id));
    // Sections never started stay unstarted: removing someone must not mark them "in Bearbeitung".
    if (draft.answers.incomes) {
      updateAnswers('incomes', (previous) => withoutMemberIncomes(previous ?? {}, member.id));
    }
    if (draft.answers.chronic) {
      updateAnswers('chronic', (previous) => withoutMemberChronic(previous ?? {}, member.id));
    }
    files.forEach(removeFile);
    const state: RemovedState = { removedName: localized(name) };
    void navigate(pagePath('household.overview'), { state });
  });

  const title = t('remove.title', { name: localized(name) });
  return (
    <QuestionPage
      title={title}
      caption={t('caption')}
      headingInField
      backTo={pagePath('household.overview')}
      errors={formErrorList(errors, ['confirm'], fieldId, translate)}
      submitCount={form.formState.submitCount}
      onSubmit={(event) => void submit(event)}
    >
      <RadioGroup
        id={fieldId('confirm')}
        legend={title}
        legendAsHeading
        hint={<WarningText>{t('remove.warning')}</WarningText>}
        error={fieldError(errors, 'confirm', translate)}
        options={[
          { value: 'yes', label: t('remove.yes') },
          { value: 'no', label: t('remove.no') },
        ]}
        registration={form.register('confirm')}
      />
    </QuestionPage>
  );
}
