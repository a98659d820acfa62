import { useState, type ReactNode } from 'react';
import {
  useWatch,
  type Control,
  type FieldValues,
  type Path,
  type PathValue,
  type UseFormSetValue,
} from 'react-hook-form';
import { maxUploadBytes, uploadAccept } from '../../../domain/uploads/upload-policy';
import { useLocalized, useMessages } from '../../../i18n/feature-messages';
import { FileUpload } from '../../../ui/file-upload';
import { antragMessages } from '../antrag-messages';
import { useDraft } from '../draft/draft-context';
import { fieldId } from './use-step-form';

type Props<TValues extends FieldValues> = {
  name: Path<TValues>;
  label: ReactNode;
  hint?: ReactNode;
  /** The step schema's message for this field, if any. */
  error?: string;
  control: Control<TValues, unknown, unknown>;
  setValue: UseFormSetValue<TValues>;
};

/**
 * Proof uploads inside a question page. A file is encrypted and stored the moment it is chosen (one record per
 * file); the form field holds only the file ids, so the page's autosave keeps them like any other answer.
 */
export function UploadField<TValues extends FieldValues>({
  name,
  label,
  hint,
  error,
  control,
  setValue,
}: Props<TValues>) {
  const t = useMessages(antragMessages);
  const localized = useLocalized();
  const { draft, addFiles, removeFile, loadFileBytes } = useDraft();
  const ids = (useWatch({ control, name }) as string[] | undefined) ?? [];
  const [busy, setBusy] = useState(false);
  const [rejected, setRejected] = useState<string | undefined>();
  // Kept but not shrunk (a browser without OffscreenCanvas): said next to the field, not only in the console.
  const [notes, setNotes] = useState<string | undefined>();
  const files = (draft?.files ?? []).filter((file) => ids.includes(file.id));
  const update = (next: string[]) =>
    setValue(name, next as PathValue<TValues, Path<TValues>>, { shouldDirty: true });
  const onAdd = (chosen: File[]) => {
    setBusy(true);
    void addFiles(chosen)
      .then((result) => {
        setRejected(result.rejected.map((entry) => localized(entry.reason)).join(' ') || undefined);
        setNotes(result.notes.map((entry) => localized(entry.reason)).join(' ') || undefined);
        if (result.added.length > 0) update([...ids, ...result.added.map((file) => file.id)]);
      })
      .catch(() => setRejected(t('upload.failed')))
      .finally(() => setBusy(false));
  };
  const onRemove = (id: string) => {
    update(ids.filter((entry) => entry !== id));
    removeFile(id);
  };
  return (
    <FileUpload
      id={fieldId(name)}
      label={label}
      hint={
        <>
          {hint && <span className="upload-hint">{hint} </span>}
          {t('upload.policy', { megabytes: maxUploadBytes / (1024 * 1024) })}
          {notes && <span className="upload-note"> {notes}</span>}
        </>
      }
      error={rejected ?? error}
      accept={uploadAccept}
      multiple
      files={files}
      onAdd={onAdd}
      onRemove={onRemove}
      busy={busy}
      loadBytes={loadFileBytes}
    />
  );
}
