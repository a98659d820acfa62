import { useState, type FormEvent } from 'react';
import type { DraftFile } from '../../../storage/draft-store';
import { draftExportExtension, draftExportMimeType, exportDraft } from '../../../storage/draft-export';
import { draftSchemaVersion } from '../../../domain/application/application-draft';
import { useMessages } from '../../../i18n/feature-messages';
import { ErrorSummary } from '../../../ui/error-summary';
import { NotificationBanner } from '../../../ui/notification-banner';
import { antragMessages } from '../antrag-messages';
import { useDraft } from '../draft/draft-context';
import { submissionMessages } from '../draft/submission-messages';
import { PasswordField } from '../form/password-field';
import { downloadBytes } from './download-bytes';
import { draftsMessages } from './drafts-messages';

const minLength = 10;

/** The encrypted export file (PBKDF2 + AES-GCM, ADR 0006): the passphrase travels separately, never with the file. */
export function ExportForm() {
  const t = useMessages(antragMessages);
  const dm = useMessages(draftsMessages);
  const s = useMessages(submissionMessages);
  const { draft, loadFileBytes } = useDraft();
  const [skipped, setSkipped] = useState<string[]>([]);
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState<{ fieldId: string; message: string }[]>([]);
  const [attempts, setAttempts] = useState(0);
  const [state, setState] = useState<'idle' | 'busy' | 'done'>('idle');
  if (!draft) return null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setAttempts((count) => count + 1);
    const found = [];
    if (passphrase.length < minLength)
      found.push({ fieldId: 'export-passphrase', message: t('setup.error.short', { min: minLength }) });
    else if (repeat !== passphrase)
      found.push({ fieldId: 'export-repeat', message: t('setup.error.repeat') });
    setErrors(found);
    if (found.length > 0) return;
    setState('busy');
    const files: DraftFile[] = [];
    const missing: string[] = [];
    for (const file of draft.files) {
      const bytes = await loadFileBytes(file.id).catch(() => undefined);
      if (bytes) files.push({ ...file, bytes });
      // A file that cannot be read is named to the user, not left out silently.
      else missing.push(file.name);
    }
    setSkipped(missing);
    const bytes = await exportDraft(
      { year: draft.year, schemaVersion: draftSchemaVersion, content: draft, files },
      passphrase,
    );
    downloadBytes(bytes, `zuzahlungsbefreiung-${draft.year}${draftExportExtension}`, draftExportMimeType);
    setPassphrase('');
    setRepeat('');
    setState('done');
  };
  const error = (id: string) => errors.find((entry) => entry.fieldId === id)?.message;
  return (
    <section aria-labelledby="export-title">
      <h2 id="export-title">{dm('export.title')}</h2>
      <p>{dm('export.text')}</p>
      <ErrorSummary title={t('form.errorSummary')} errors={errors} submitCount={attempts} />
      <form onSubmit={(event) => void submit(event)} noValidate>
        <PasswordField
          id="export-passphrase"
          label={dm('export.passphrase')}
          hint={t('setup.passphraseHint', { min: minLength })}
          error={error('export-passphrase')}
          autoComplete="new-password"
          value={passphrase}
          onChange={(event) => setPassphrase(event.target.value)}
        />
        <PasswordField
          id="export-repeat"
          label={t('setup.repeat')}
          error={error('export-repeat')}
          autoComplete="new-password"
          value={repeat}
          onChange={(event) => setRepeat(event.target.value)}
        />
        <button type="submit" className="button button--secondary" disabled={state === 'busy'}>
          {state === 'busy' ? dm('export.busy') : dm('export.submit')}
        </button>
        <p role="status">{state === 'done' ? dm('export.done') : ''}</p>
      </form>
      {state === 'done' && skipped.length > 0 && (
        <NotificationBanner kind="warning" title={s('export.skipped.title')} announce>
          <p>{s('export.skipped.text')}</p>
          <ul className="bullets">
            {skipped.map((name, index) => (
              <li key={index}>
                {name}: {s('export.skipped.reason')}
              </li>
            ))}
          </ul>
        </NotificationBanner>
      )}
    </section>
  );
}
