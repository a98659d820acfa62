import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { draftFileSchema } from '../../../domain/application/application-draft';
import { draftExportExtension, importDraft } from '../../../storage/draft-export';
import { useMessages } from '../../../i18n/feature-messages';
import { ErrorSummary } from '../../../ui/error-summary';
import { antragMessages, type AntragMessageKey } from '../antrag-messages';
import { useDraft } from '../draft/draft-context';
import { PasswordField } from '../form/password-field';

// An export file is untrusted input: bounded before reading (a draft with 300 photos of ≤ 10 MB fits).
const maxImportBytes = 512 * 1024 * 1024;

const reasons: Record<string, AntragMessageKey> = {
  notAnExport: 'import.error.notAnExport',
  unsupportedVersion: 'import.error.version',
  wrongPassphrase: 'import.error.passphrase',
  damaged: 'import.error.damaged',
  notADraft: 'import.error.damaged',
  newerVersion: 'import.error.version',
  unknownVersion: 'import.error.version',
};

/** Opens an export file from another device; a draft of the same year is replaced only after asking. */
export function ImportForm() {
  const t = useMessages(antragMessages);
  const navigate = useNavigate();
  const { importDraft: store } = useDraft();
  const [file, setFile] = useState<File | undefined>();
  const [passphrase, setPassphrase] = useState('');
  const [errors, setErrors] = useState<{ fieldId: string; message: string }[]>([]);
  const [attempts, setAttempts] = useState(0);
  const [busy, setBusy] = useState(false);
  const [replaceYear, setReplaceYear] = useState<number | undefined>();

  const run = async (replace: boolean) => {
    const found = [];
    if (!file) found.push({ fieldId: 'import-file', message: t('import.error.file') });
    else if (file.size > maxImportBytes)
      found.push({ fieldId: 'import-file', message: t('import.error.notAnExport') });
    if (passphrase === '') found.push({ fieldId: 'import-passphrase', message: t('gate.unlock.empty') });
    setErrors(found);
    if (found.length > 0 || !file) return;
    setBusy(true);
    const opened = await importDraft(new Uint8Array(await file.arrayBuffer()), passphrase);
    if (!opened.ok) {
      setBusy(false);
      const field = opened.reason === 'wrongPassphrase' ? 'import-passphrase' : 'import-file';
      setErrors([{ fieldId: field, message: t(reasons[opened.reason] ?? 'import.error.damaged') }]);
      return;
    }
    // The file list is checked like everything else that comes from outside (zod at the boundary).
    const files = opened.files.flatMap((entry) => {
      const meta = draftFileSchema.safeParse({
        id: entry.id,
        name: entry.name,
        type: entry.type,
        size: entry.size,
        addedAt: entry.addedAt,
      });
      return meta.success ? [{ ...meta.data, bytes: entry.bytes }] : [];
    });
    const result = await store(opened.content, files, replace);
    setBusy(false);
    if (result.ok) {
      void navigate('/antrag');
      return;
    }
    if (result.reason === 'yearTaken') setReplaceYear(result.year);
    else
      setErrors([{ fieldId: 'import-file', message: t(reasons[result.reason] ?? 'import.error.damaged') }]);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setAttempts((count) => count + 1);
    void run(false);
  };
  const error = (id: string) => errors.find((entry) => entry.fieldId === id)?.message;
  return (
    <section aria-labelledby="import-title">
      <h2 id="import-title">{t('import.title')}</h2>
      <p>{t('import.text')}</p>
      <ErrorSummary title={t('form.errorSummary')} errors={errors} submitCount={attempts} />
      <form onSubmit={submit} noValidate>
        <div className={error('import-file') ? 'field field--error' : 'field'}>
          <label htmlFor="import-file">{t('import.file')}</label>
          {error('import-file') && (
            <p className="field-error" id="import-file-error">
              {error('import-file')}
            </p>
          )}
          <input
            id="import-file"
            type="file"
            accept={`${draftExportExtension},application/octet-stream`}
            aria-describedby={error('import-file') ? 'import-file-error' : undefined}
            onChange={(event) => setFile(event.target.files?.[0])}
          />
        </div>
        <PasswordField
          id="import-passphrase"
          label={t('import.passphrase')}
          error={error('import-passphrase')}
          autoComplete="current-password"
          value={passphrase}
          onChange={(event) => setPassphrase(event.target.value)}
        />
        {replaceYear !== undefined ? (
          <div className="confirm-box" role="alert">
            <p>{t('import.replaceQuestion', { year: replaceYear })}</p>
            <button type="button" className="button button--warning" onClick={() => void run(true)}>
              {t('import.replace')}
            </button>{' '}
            <button
              type="button"
              className="button button--secondary"
              onClick={() => setReplaceYear(undefined)}
            >
              {t('deleteAll.cancel')}
            </button>
          </div>
        ) : (
          <button type="submit" className="button button--secondary" disabled={busy}>
            {busy ? t('import.busy') : t('import.submit')}
          </button>
        )}
      </form>
    </section>
  );
}
