import { useState, type FormEvent } from 'react';
import { useMessages } from '../../../i18n/feature-messages';
import { useI18n } from '../../../i18n/use-i18n';
import { ErrorSummary } from '../../../ui/error-summary';
import { PageHeading } from '../../../ui/page-heading';
import { usePageTitle } from '../../../ui/use-page-title';
import { antragMessages } from '../antrag-messages';
import { PasswordField } from '../form/password-field';
import { DeleteEverythingButton } from './delete-everything-button';
import { gateMessages } from './gate-messages';

type Props = {
  unlock: (passphrase: string) => Promise<boolean>;
  onUnlocked: () => void;
  onDeleted: () => void;
};

/** Option A of the draft encryption: the drafts open only with the passphrase, which is never stored. */
export function UnlockPage({ unlock, onUnlocked, onDeleted }: Props) {
  const t = useMessages(antragMessages);
  const g = useMessages(gateMessages);
  const { t: core } = useI18n();
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [attempts, setAttempts] = useState(0);
  const [busy, setBusy] = useState(false);
  usePageTitle(
    error ? `${t('form.errorTitlePrefix')} ${g('gate.unlock.title')}` : g('gate.unlock.title'),
    core('app.name'),
  );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setAttempts((count) => count + 1);
    if (passphrase === '') {
      setError(g('gate.unlock.empty'));
      return;
    }
    setBusy(true);
    const ok = await unlock(passphrase);
    setBusy(false);
    if (ok) onUnlocked();
    else setError(g('gate.unlock.wrong'));
  };

  return (
    <div className="page">
      <ErrorSummary
        title={t('form.errorSummary')}
        errors={error ? [{ fieldId: 'passphrase', message: error }] : []}
        submitCount={attempts}
      />
      <PageHeading>{g('gate.unlock.title')}</PageHeading>
      <p>{g('gate.unlock.text')}</p>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <PasswordField
          id="passphrase"
          label={g('gate.unlock.label')}
          error={error}
          autoComplete="current-password"
          value={passphrase}
          onChange={(event) => setPassphrase(event.target.value)}
        />
        <button type="submit" className="button" disabled={busy} aria-disabled={busy}>
          {busy ? g('gate.unlock.busy') : g('gate.unlock.submit')}
        </button>
      </form>
      <h2>{g('gate.unlock.forgotten')}</h2>
      <p>{g('gate.unlock.forgottenText')}</p>
      <DeleteEverythingButton onDeleted={onDeleted} />
    </div>
  );
}
