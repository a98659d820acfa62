import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { useI18n } from '../../i18n/use-i18n';
import { readStorageChoice } from '../../storage/storage-choice';
import { ErrorSummary } from '../../ui/error-summary';

type Choice = 'geraet' | 'besuch';

/**
 * The consent to keep health data on the device (TR-03161 O.Purp_3, security checklist tension 1). Nothing is
 * preselected, nothing is stored before the user chooses, and the safer choice is explained as plainly as the other.
 * A plain form: the start page must not carry the wizard's form libraries.
 */
export function StorageChoiceForm() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [choice, setChoice] = useState<Choice | undefined>();
  const [attempts, setAttempts] = useState(0);
  const [error, setError] = useState(false);
  const hasDeviceDraft = readStorageChoice() === 'device';
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setAttempts((count) => count + 1);
    if (!choice) {
      setError(true);
      return;
    }
    void navigate(`/antrag/beginnen?speicher=${choice}`);
  };
  const option = (value: Choice, label: string, hint: string) => (
    <div className="radio-option">
      <input
        type="radio"
        name="speicher"
        id={`speicher-${value}`}
        value={value}
        checked={choice === value}
        onChange={() => setChoice(value)}
        aria-describedby={`speicher-${value}-hint`}
      />
      <label htmlFor={`speicher-${value}`}>{label}</label>
      <p className="field-hint radio-option__hint" id={`speicher-${value}-hint`}>
        {hint}
      </p>
    </div>
  );
  return (
    <section aria-labelledby="speichern">
      <h2 id="speichern" tabIndex={-1}>
        {t('start.begin.title')}
      </h2>
      {hasDeviceDraft && (
        <p>
          {t('start.begin.resume')} <Link to="/antrag">{t('start.begin.resumeLink')}</Link>
        </p>
      )}
      <ErrorSummary
        title={t('start.begin.errorTitle')}
        errors={error && !choice ? [{ fieldId: 'speicher-geraet', message: t('start.begin.error') }] : []}
        submitCount={attempts}
      />
      <form onSubmit={submit} noValidate>
        <div className={error && !choice ? 'field field--error' : 'field'}>
          <fieldset aria-describedby={error && !choice ? 'speicher-hint speicher-error' : 'speicher-hint'}>
            <legend>{t('start.begin.legend')}</legend>
            <p className="field-hint" id="speicher-hint">
              {t('start.begin.hint')}
            </p>
            {error && !choice && (
              <p className="field-error" id="speicher-error">
                {t('start.begin.error')}
              </p>
            )}
            <div className="radios radios--stacked">
              {option('geraet', t('start.begin.device'), t('start.begin.deviceHint'))}
              {option('besuch', t('start.begin.visit'), t('start.begin.visitHint'))}
            </div>
          </fieldset>
        </div>
        <button type="submit" className="button button--start">
          {t('start.begin.button')}
        </button>
      </form>
    </section>
  );
}
