import { useState, type FormEvent } from 'react';
import { useMessages } from '../../../i18n/feature-messages';
import { ErrorSummary } from '../../../ui/error-summary';
import { PageHeading } from '../../../ui/page-heading';
import { toStorageError } from '../../../storage/storage-error';
import { antragMessages } from '../antrag-messages';
import { startDeviceSession } from '../draft/draft-session';
import { PasswordField } from '../form/password-field';

// Long beats complex (NIST SP 800-63B): three words are easy to remember and hard to guess.
const minPassphraseLength = 10;

type Errors = Partial<Record<'protect' | 'passphrase' | 'repeat' | 'storage', string>>;

/** Option A (passphrase) or B (device key) of ADR 0006, chosen by the user before the first draft is stored. */
export function PassphraseSetup({ onDone }: { onDone: () => void }) {
  const t = useMessages(antragMessages);
  const [protect, setProtect] = useState<'yes' | 'no' | undefined>();
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [attempts, setAttempts] = useState(0);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setAttempts((count) => count + 1);
    const found: Errors = {};
    if (protect === undefined) found.protect = t('setup.error.choose');
    if (protect === 'yes' && passphrase.length < minPassphraseLength) {
      found.passphrase = t('setup.error.short', { min: minPassphraseLength });
    }
    if (protect === 'yes' && passphrase.length >= minPassphraseLength && repeat !== passphrase) {
      found.repeat = t('setup.error.repeat');
    }
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      await startDeviceSession(protect === 'yes' ? passphrase : undefined);
      onDone();
    } catch (error) {
      setBusy(false);
      setErrors({
        storage: toStorageError(error).code === 'quota' ? t('save.failed.quota') : t('setup.error.storage'),
      });
    }
  };
  const summary = (['protect', 'passphrase', 'repeat'] as const).flatMap((name) => {
    const message = errors[name];
    return message ? [{ fieldId: name === 'protect' ? 'protect-no' : name, message }] : [];
  });

  return (
    <div className="page">
      <ErrorSummary title={t('form.errorSummary')} errors={summary} submitCount={attempts} />
      <PageHeading>{t('setup.title')}</PageHeading>
      <p>{t('setup.text')}</p>
      {errors.storage && (
        <p className="field-error" role="alert">
          {errors.storage}
        </p>
      )}
      <form onSubmit={(event) => void submit(event)} noValidate>
        <div className={errors.protect ? 'field field--error' : 'field'}>
          <fieldset aria-describedby={errors.protect ? 'protect-error' : 'protect-hint'}>
            <legend>{t('setup.question')}</legend>
            <div className="field-hint" id="protect-hint">
              {t('setup.hint')}
            </div>
            {errors.protect && (
              <p className="field-error" id="protect-error">
                {errors.protect}
              </p>
            )}
            <div className="radios">
              <label>
                <input
                  type="radio"
                  name="protect"
                  id="protect-no"
                  checked={protect === 'no'}
                  onChange={() => setProtect('no')}
                />
                {t('setup.no')}
              </label>
              <label>
                <input
                  type="radio"
                  name="protect"
                  id="protect-yes"
                  checked={protect === 'yes'}
                  onChange={() => setProtect('yes')}
                />
                {t('setup.yes')}
              </label>
            </div>
          </fieldset>
        </div>
        {protect === 'yes' && (
          <>
            <PasswordField
              id="passphrase"
              label={t('setup.passphrase')}
              hint={t('setup.passphraseHint', { min: minPassphraseLength })}
              error={errors.passphrase}
              autoComplete="new-password"
              value={passphrase}
              onChange={(event) => setPassphrase(event.target.value)}
            />
            <PasswordField
              id="repeat"
              label={t('setup.repeat')}
              error={errors.repeat}
              autoComplete="new-password"
              value={repeat}
              onChange={(event) => setRepeat(event.target.value)}
            />
          </>
        )}
        <button type="submit" className="button" disabled={busy}>
          {busy ? t('setup.busy') : t('setup.submit')}
        </button>
      </form>
    </div>
  );
}
