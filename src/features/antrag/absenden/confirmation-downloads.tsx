import { useState } from 'react';
import { useMessages } from '../../../i18n/feature-messages';
import { downloadBytes } from '../entwuerfe/download-bytes';
import type { ConfirmationDocuments } from './confirmation-documents';
import { sendMessages } from './send-messages';

type Item = { key: 'pdf' | 'english' | 'zip'; name: string; type: string; make: () => Promise<Uint8Array> };

/**
 * Antrag PDF, English reading copy and the bundle, saved through a Blob, never uploaded. The PDF and the zip
 * are the bytes as sent; a copy rebuilt from the draft is named so, never offered as the one sent.
 */
export function ConfirmationDownloads({
  documents,
  reference,
}: {
  documents: ConfirmationDocuments;
  reference: string;
}) {
  const t = useMessages(sendMessages);
  const [state, setState] = useState<{ busy?: Item['key']; message: string }>({ message: '' });
  const items: Item[] = [
    { key: 'pdf', name: `antrag-${reference}.pdf`, type: 'application/pdf', make: documents.pdf },
    {
      key: 'english',
      name: `antrag-${reference}-english-reading-copy.pdf`,
      type: 'application/pdf',
      make: documents.readingCopy,
    },
    {
      key: 'zip',
      name: `zuzahlungsbefreiung-${reference}.zip`,
      type: 'application/zip',
      make: documents.zip,
    },
  ];
  const label = {
    pdf: documents.exact ? t('confirm.downloads.pdf') : t('confirm.downloads.pdfRebuilt'),
    english: t('confirm.downloads.english'),
    zip: documents.exact ? t('confirm.downloads.zip') : t('confirm.downloads.zipRebuilt'),
  };
  const download = async (item: Item) => {
    setState({ busy: item.key, message: t('confirm.downloads.busy') });
    try {
      const bytes = await item.make();
      downloadBytes(new Uint8Array(bytes), item.name, item.type);
      setState({ message: t('confirm.downloads.done', { name: item.name }) });
    } catch {
      setState({ message: t('confirm.downloads.failed') });
    }
  };
  return (
    <section aria-labelledby="downloads-title" className="confirmation-downloads">
      <h2 id="downloads-title">{t('confirm.downloads.title')}</h2>
      {!documents.exact && <p>{t('confirm.downloads.rebuilt')}</p>}
      <ul className="confirmation-downloads__list">
        {items.map((item) => (
          <li key={item.key}>
            <button
              type="button"
              className="button button--secondary"
              disabled={state.busy !== undefined}
              onClick={() => void download(item)}
            >
              {label[item.key]}
            </button>
          </li>
        ))}
      </ul>
      <p role="status">{state.message}</p>
    </section>
  );
}
