import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { draftExportExtension, importDraft } from '../../../storage/draft-export';
import { useLocalized, useMessages } from '../../../i18n/feature-messages';
import { ErrorSummary } from '../../../ui/error-summary';
import { NotificationBanner } from '../../../ui/notification-banner';
import { antragMessages } from '../antrag-messages';
import type { SkippedFile } from '../draft/check-imported-files';
import type { ImportOutcome } from '../draft/draft-context';
import { submissionMessages } from '../draft/submission-messages';
import { PasswordField } from '../form/password-field';
import { gateMessages } from '../gates/gate-messages';
import { draftsMessages } from './drafts-messages';
import { useDraftList } from '../draft/use-draft-list';

// An export file is untrusted input: bounded before reading (a draft with 300 photos of ≤ 10 MB fits).
const maxImportBytes = 512 * 1024 * 1024;

const reasons: Record<string, keyof typeof draftsMessages.de> = {
  notAnExport: 'import.error.notAnExport',
  unsupportedVersion: 'import.error.version',
  wrongPassphrase: 'import.error.passphrase',
  damaged: 'import.error.damaged',
  notADraft: 'import.error.damaged',
  newerVersion: 'import.error.version',
  unknownVersion: 'import.error.version',
};

type Failure = Extract<ImportOutcome, { ok: false }>;

/** What the user reads when the import did not happen; the old draft is unchanged in every case. */
function failureKey(failure: Failure): SubmissionKey | undefined {
  if (failure.reason === 'sent') return 'import.error.sent';
  if (failure.reason === 'sending') return 'import.error.sending';
  if (failure.reason === 'storage')
    return failure.code === 'quota' ? 'import.error.quota' : 'import.error.storage';
  return undefined;
}

type SubmissionKey = keyof typeof submissionMessages.de;

// Every line names its file; most reasons already do.
const withName = (entry: SkippedFile, reason: string) =>
  reason.includes(entry.name) ? reason : `${entry.name}: ${reason}`;

/** Opens an export file from another device; a draft of the same year is replaced only after asking. */
export function ImportForm() {
  const t = useMessages(antragMessages);
  const dm = useMessages(draftsMessages);
  const g = useMessages(gateMessages);
  const s = useMessages(submissionMessages);
  const localized = useLocalized();
  const [report, setReport] = useState<{ skipped: SkippedFile[]; notes: SkippedFile[] } | undefined>();
  const reportRef = useRef<HTMLDivElement>(null);
  // The list of files left out takes focus, so that it is read before anything else (never dropped silently).
  useEffect(() => {
    if (report) reportRef.current?.focus();
  }, [report]);
  const navigate = useNavigate();
  const { importDraft: store } = useDraftList();
  const [file, setFile] = useState<File | undefined>();
  const [passphrase, setPassphrase] = useState('');
  const [errors, setErrors] = useState<{ fieldId: string; message: string }[]>([]);
  const [attempts, setAttempts] = useState(0);
  const [busy, setBusy] = useState(false);
  const [replaceYear, setReplaceYear] = useState<number | undefined>();

  const run = async (replace: boolean) => {
    const found = [];
    if (!file) found.push({ fieldId: 'import-file', message: dm('import.error.file') });
    else if (file.size > maxImportBytes)
      found.push({ fieldId: 'import-file', message: dm('import.error.notAnExport') });
    if (passphrase === '') found.push({ fieldId: 'import-passphrase', message: g('gate.unlock.empty') });
    setErrors(found);
    if (found.length > 0 || !file) return;
    setBusy(true);
    setReport(undefined);
    const opened = await importDraft(new Uint8Array(await file.arrayBuffer()), passphrase);
    if (!opened.ok) {
      setBusy(false);
      const field = opened.reason === 'wrongPassphrase' ? 'import-passphrase' : 'import-file';
      setErrors([{ fieldId: field, message: dm(reasons[opened.reason] ?? 'import.error.damaged') }]);
      return;
    }
    // The files pass the same checks as an upload inside importDraft; whatever they leave out is listed.
    const result = await store(opened.content, opened.files, replace);
    setBusy(false);
    setReplaceYear(undefined);
    if (result.ok) {
      if (result.skipped.length === 0 && result.notes.length === 0) void navigate('/antrag');
      else setReport({ skipped: result.skipped, notes: result.notes });
      return;
    }
    if (result.reason === 'yearTaken') {
      setReplaceYear(result.year);
      return;
    }
    const key = failureKey(result);
    setAttempts((count) => count + 1);
    setErrors([
      {
        fieldId: 'import-file',
        message: key ? s(key) : dm(reasons[result.reason] ?? 'import.error.damaged'),
      },
    ]);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setAttempts((count) => count + 1);
    void run(false);
  };
  const error = (id: string) => errors.find((entry) => entry.fieldId === id)?.message;
  return (
    <section aria-labelledby="import-title">
      <h2 id="import-title">{dm('import.title')}</h2>
      <p>{dm('import.text')}</p>
      <ErrorSummary title={t('form.errorSummary')} errors={errors} submitCount={attempts} />
      {report && (
        <div ref={reportRef} tabIndex={-1}>
          {report.skipped.length > 0 && (
            <NotificationBanner kind="warning" title={s('import.skipped.title')}>
              <p>{s('import.skipped.text')}</p>
              <ul className="bullets">
                {report.skipped.map((entry, index) => (
                  <li key={index}>{withName(entry, localized(entry.reason))}</li>
                ))}
              </ul>
            </NotificationBanner>
          )}
          {report.notes.length > 0 && (
            <NotificationBanner kind="info" title={s('import.notes.title')}>
              <ul className="bullets">
                {report.notes.map((entry, index) => (
                  <li key={index}>{withName(entry, localized(entry.reason))}</li>
                ))}
              </ul>
            </NotificationBanner>
          )}
          <p>
            <Link className="button" to="/antrag">
              {s('import.continue')}
            </Link>
          </p>
        </div>
      )}
      <form onSubmit={submit} noValidate>
        <div className={error('import-file') ? 'field field--error' : 'field'}>
          <label htmlFor="import-file">{dm('import.file')}</label>
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
          label={dm('import.passphrase')}
          error={error('import-passphrase')}
          autoComplete="current-password"
          value={passphrase}
          onChange={(event) => setPassphrase(event.target.value)}
        />
        {replaceYear !== undefined ? (
          <div className="confirm-box" role="alert">
            <p>{dm('import.replaceQuestion', { year: replaceYear })}</p>
            <button type="button" className="button button--warning" onClick={() => void run(true)}>
              {dm('import.replace')}
            </button>{' '}
            <button
              type="button"
              className="button button--secondary"
              onClick={() => setReplaceYear(undefined)}
            >
              {g('deleteAll.cancel')}
            </button>
          </div>
        ) : (
          <button type="submit" className="button button--secondary" disabled={busy}>
            {busy ? dm('import.busy') : dm('import.submit')}
          </button>
        )}
      </form>
    </section>
  );
}
