import { useRef, useState, type ChangeEvent, type ReactNode } from 'react';
import { useI18n } from '../i18n/use-i18n';
import { describedBy, errorId, FieldErrorMessage, fieldClassName, FieldHint, hintId } from './field-parts';
import { FileThumbnail, type LoadFileBytes } from './file-thumbnail';
import { formatFileSize } from './format-file-size';
import { useUiMessages } from './ui-messages';
import './ui.css';

export type UploadedFile = { id: string; name: string; size: number; type: string };

export type FileUploadProps = {
  /** The file input's id: the label and the error summary point here. */
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  /** Already translated. */
  error?: string;
  /** e.g. "image/jpeg,image/png,application/pdf": phones then offer the camera as well as files. */
  accept: string;
  multiple?: boolean;
  /** What the page holds now; the component announces the difference ("Datei hinzugefügt: …"). */
  files: readonly UploadedFile[];
  onAdd: (files: File[]) => void;
  onRemove: (id: string) => void;
  /** The page is still processing (e.g. shrinking a photo): said once in the live region. */
  busy?: boolean;
  /**
   * The remove button's accessible name; it should start with the visible word "Entfernen" (WCAG 2.5.3). By
   * default the button reads "Entfernen <file name>".
   */
  removeLabel?: (name: string) => string;
  /** Reads a stored file's bytes: with it, an attached photo shows a small preview (a PDF shows a file icon). */
  loadBytes?: LoadFileBytes;
};

type Announced = { key: string; files: readonly UploadedFile[]; message: string };

function keyOf(files: readonly UploadedFile[]): string {
  return files.map((file) => file.id).join('\u0000');
}

/**
 * A native file input (no `capture`: whether to use the camera stays the user's choice, TR-03161 O.Data_8) and
 * the list of files added so far. It never reads a file: that is the page's job, in `onAdd`.
 */
export function FileUpload({
  id,
  label,
  hint,
  error,
  accept,
  multiple = false,
  files,
  onAdd,
  onRemove,
  busy = false,
  removeLabel,
  loadBytes,
}: FileUploadProps) {
  const { language } = useI18n();
  const t = useUiMessages();
  const inputRef = useRef<HTMLInputElement>(null);
  const [announced, setAnnounced] = useState<Announced>(() => ({ key: keyOf(files), files, message: '' }));

  // Announce what changed since the last render (React's "adjust state while rendering" pattern): additions
  // and removals arrive from the page, possibly after asynchronous processing or not at all if it refused one.
  const key = keyOf(files);
  if (key !== announced.key) {
    const before = new Set(announced.files.map((file) => file.id));
    const now = new Set(files.map((file) => file.id));
    const added = files.filter((file) => !before.has(file.id));
    const removed = announced.files.filter((file) => !now.has(file.id));
    const message = [
      ...added.map((file) => t('file.added', { name: file.name })),
      ...removed.map((file) => t('file.removed', { name: file.name })),
    ].join(' ');
    setAnnounced({ key, files, message: message || announced.message });
  }

  const change = (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = Array.from(event.currentTarget.files ?? []);
    // Cleared at once, so that choosing the same file again (after removing it) fires another change.
    event.currentTarget.value = '';
    if (chosen.length > 0) onAdd(chosen);
  };

  const remove = (fileId: string) => {
    onRemove(fileId);
    // The button disappears with its row: keep the keyboard user in the field instead of at the page's top.
    inputRef.current?.focus();
  };

  return (
    <div className={fieldClassName(error)}>
      <label htmlFor={id}>{label}</label>
      {hint !== undefined && <FieldHint id={hintId(id)}>{hint}</FieldHint>}
      {error && <FieldErrorMessage id={errorId(id)}>{error}</FieldErrorMessage>}
      <input
        ref={inputRef}
        className="ui-file-input"
        id={id}
        type="file"
        accept={accept}
        multiple={multiple}
        aria-describedby={describedBy(hint !== undefined && hintId(id), error && errorId(id))}
        aria-invalid={error ? true : undefined}
        onChange={change}
      />
      {files.length > 0 && (
        <ul className="ui-file-list" aria-label={t('file.list')}>
          {files.map((file) => (
            <li className="ui-file-list__item" key={file.id}>
              <FileThumbnail file={file} loadBytes={loadBytes} />
              <span className="ui-file-list__name">
                {file.name}{' '}
                <span className="ui-file-list__size">({formatFileSize(file.size, language)})</span>
              </span>
              <button
                type="button"
                className="button button--secondary ui-file-list__remove"
                aria-label={removeLabel?.(file.name)}
                onClick={() => remove(file.id)}
              >
                {t('file.remove')}
                {!removeLabel && (
                  <>
                    {' '}
                    <span className="visually-hidden">{file.name}</span>
                  </>
                )}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="visually-hidden" role="status">
        {busy ? t('file.busy') : announced.message}
      </div>
    </div>
  );
}
