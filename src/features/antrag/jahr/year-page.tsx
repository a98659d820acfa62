import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useLocation, useNavigate } from 'react-router';
import { z } from 'zod';
import { applicationYears, type ApplicationYear } from '../../../domain/application/application-years';
import { useMessages } from '../../../i18n/feature-messages';
import { RadioGroup } from '../../../ui/radio-group';
import { antragMessages } from '../antrag-messages';
import { currentYear } from '../draft/clock';
import { useDraft } from '../draft/draft-context';
import { QuestionPage } from '../form/question-page';
import type { ReturnState } from '../form/use-step-form';

const schema = z.object({ year: z.string({ error: 'choose' }).regex(/^\d{4}$/, { error: 'choose' }) });
type Values = { year: string };

/**
 * The year applied for: the current one, an earlier one for a refund, or the next one for the advance payment —
 * from the figures table. One draft per year: choosing a year that has a draft opens it.
 */
export function YearPage() {
  const t = useMessages(antragMessages);
  const navigate = useNavigate();
  const location = useLocation();
  const { draft, drafts, startDraft, changeYear } = useDraft();
  const changing = (location.state as ReturnState | null)?.returnTo !== undefined && draft !== undefined;
  const years = applicationYears(currentYear());
  const form = useForm<Values, unknown, z.output<typeof schema>>({
    defaultValues: { year: changing ? String(draft.year) : '' },
    resolver: zodResolver(schema),
    shouldFocusError: false,
  });
  const { errors, submitCount } = form.formState;
  const yearError = form.formState.errors.year ? t(takenYear(form.formState.errors.year.message)) : undefined;

  const submit = form.handleSubmit(async ({ year }) => {
    const chosen = Number(year);
    if (changing) {
      if (!(await changeYear(chosen))) {
        form.setError('year', { message: 'taken' });
        return;
      }
      void navigate((location.state as ReturnState).returnTo ?? '/antrag');
      return;
    }
    await startDraft(chosen);
    void navigate('/antrag');
  });

  const label = (entry: ApplicationYear) => {
    const purpose = t(`year.purpose.${entry.purpose}`);
    const existing =
      drafts.some((summary) => summary.year === entry.year) && !changing ? ` ${t('year.hasDraft')}` : '';
    return `${entry.year} – ${purpose}${existing}`;
  };
  return (
    <QuestionPage
      title={t('year.title')}
      headingInField
      backTo={draft ? '/antrag' : '/'}
      errors={yearError ? [{ fieldId: 'year', message: yearError }] : []}
      submitCount={submitCount}
      onSubmit={(event) => void submit(event)}
    >
      <RadioGroup
        id="year"
        legend={t('year.title')}
        legendAsHeading
        hint={t('year.hint')}
        error={errors.year ? yearError : undefined}
        options={years.map((entry) => ({
          value: String(entry.year),
          label: label(entry),
          hint: entry.provisional ? t('year.provisional') : undefined,
        }))}
        registration={form.register('year')}
      />
    </QuestionPage>
  );
}

function takenYear(message: string | undefined): 'year.error.taken' | 'year.error.choose' {
  return message === 'taken' ? 'year.error.taken' : 'year.error.choose';
}
