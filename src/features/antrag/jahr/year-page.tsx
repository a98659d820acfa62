import { useMemo, useState, type FormEvent } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { useLocation, useNavigate } from 'react-router';
import { applicationYears, type ApplicationYear } from '../../../domain/application/application-years';
import { useMessages } from '../../../i18n/feature-messages';
import { RadioGroup } from '../../../ui/radio-group';
import { antragMessages } from '../antrag-messages';
import { todayIso } from '../draft/clock';
import { QuestionPage } from '../form/question-page';
import type { ReturnState } from '../form/use-step-form';
import { useDraftList } from '../draft/use-draft-list';

type YearError = 'choose' | 'taken';

/**
 * The year applied for: the current one, an earlier one for a refund, or the next one for the advance payment —
 * from the figures table. One draft per year: choosing a year that has a draft opens it.
 */
export function YearPage() {
  const t = useMessages(antragMessages);
  const navigate = useNavigate();
  const location = useLocation();
  const { draft, drafts, startDraft, changeYear } = useDraftList();
  const changing = (location.state as ReturnState | null)?.returnTo !== undefined && draft !== undefined;
  const years = applicationYears(todayIso());
  // One radio group needs no form library: the first question loads without react-hook-form and zod (issue 11).
  const [initial] = useState(() => (changing ? String(draft.year) : ''));
  const [error, setError] = useState<YearError | undefined>();
  const [submitCount, setSubmitCount] = useState(0);
  const yearError = error ? t(error === 'taken' ? 'year.error.taken' : 'year.error.choose') : undefined;
  // A stable ref: the saved year is ticked once, when the radio buttons mount, and never reset on a re-render.
  const registration = useMemo(
    (): UseFormRegisterReturn<'year'> => ({
      name: 'year',
      ref: (input: HTMLInputElement | null) => {
        if (input && input.value === initial) input.checked = true;
      },
      onChange: () => Promise.resolve(),
      onBlur: () => Promise.resolve(),
    }),
    [initial],
  );

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSubmitCount((count) => count + 1);
    const year = new FormData(event.currentTarget).get('year');
    if (typeof year !== 'string' || !/^\d{4}$/.test(year)) {
      setError('choose');
      return;
    }
    setError(undefined);
    const chosen = Number(year);
    if (changing) {
      if (!(await changeYear(chosen))) {
        setError('taken');
        return;
      }
      void navigate((location.state as ReturnState).returnTo ?? '/antrag');
      return;
    }
    await startDraft(chosen);
    void navigate('/antrag');
  };

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
        error={yearError}
        options={years.map((entry) => ({
          value: String(entry.year),
          label: label(entry),
          hint: entry.provisional ? t('year.provisional') : undefined,
        }))}
        registration={registration}
      />
    </QuestionPage>
  );
}
