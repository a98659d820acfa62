import { useEffect, useRef, useState } from 'react';
import type { UploadedFile } from './file-upload';
import { useUiMessages } from './ui-messages';

export type LoadFileBytes = (id: string) => Promise<Uint8Array | undefined>;

type Props = { file: UploadedFile; loadBytes: LoadFileBytes | undefined };

/**
 * A small preview beside an attached file, so that people see they picked the right photo: the photo itself for an
 * image (a blob: URL, which the CSP's img-src allows, revoked when the row goes), a file icon for a PDF or while the
 * photo is still being read.
 */
export function FileThumbnail({ file, loadBytes }: Props) {
  const t = useUiMessages();
  const [url, setUrl] = useState<string | undefined>();
  const image = file.type === 'image/jpeg' || file.type === 'image/png';
  // The loader is read through a ref: pages pass a new function on every render, and that must not reload a photo.
  const loader = useRef(loadBytes);
  useEffect(() => {
    loader.current = loadBytes;
  });
  useEffect(() => {
    const load = loader.current;
    if (!image || load === undefined) return undefined;
    let cancelled = false;
    let created: string | undefined;
    load(file.id)
      .then((bytes) => {
        if (cancelled || bytes === undefined) return;
        created = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: file.type }));
        setUrl(created);
      })
      // No preview is no loss: the name is still there, and the file itself was stored.
      .catch(() => undefined);
    return () => {
      cancelled = true;
      if (created !== undefined) URL.revokeObjectURL(created);
    };
  }, [file.id, file.type, image]);
  if (image && url !== undefined) {
    return (
      <img
        className="ui-file-thumbnail"
        src={url}
        alt={t('file.preview', { name: file.name })}
        width={48}
        height={48}
      />
    );
  }
  return (
    <svg
      className="ui-file-thumbnail ui-file-thumbnail--icon"
      viewBox="0 0 24 24"
      aria-hidden="true"
      focusable="false"
    >
      <path d="M6 2h8l6 6v14H6z" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinejoin="round" />
      <path d="M14 2v6h6" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinejoin="round" />
    </svg>
  );
}
