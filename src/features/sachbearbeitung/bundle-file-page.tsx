import { useState, type DragEvent } from 'react';
import { Link } from 'react-router';
import {
  readApplicationBundle,
  type ApplicationBundleResult,
} from '../../documents/bundle/application-document-check';
import type { ReceiptJudgement } from '../../domain/case-review/receipt-mark';
import { useMessages } from '../../i18n/feature-messages';
import { useI18n } from '../../i18n/use-i18n';
import { NotificationBanner } from '../../ui/notification-banner';
import { PageHeading } from '../../ui/page-heading';
import { usePageTitle } from '../../ui/use-page-title';
import { BundleProblems } from './bundle-problems';
import { caseMessages } from './case-messages';
import { CaseReviewView } from './case-review-view';
import { queuePath } from './sachbearbeitung-paths';
import './case-page.css';

type Opened = { name: string; result: ApplicationBundleResult };

/**
 * A bundle from disk (/sachbearbeitung/datei; issue 13, deliverable 4): chosen with the file picker or dropped,
 * verified in this browser by the same reader as the CLI, never uploaded. A bundle that fails shows each problem;
 * one that passes is shown for review, with judgements kept on this page only — decisions are taken in the case.
 */
export function BundleFilePage() {
  const t = useMessages(caseMessages);
  const { t: core } = useI18n();
  usePageTitle(t('file.title'), core('app.name'));
  const [opened, setOpened] = useState<Opened | undefined>(undefined);
  const [reading, setReading] = useState(false);
  const [notZip, setNotZip] = useState(false);
  const [dragging, setDragging] = useState(false);
  const [judgements, setJudgements] = useState<ReadonlyMap<string, ReceiptJudgement>>(new Map());

  const open = async (file: File | undefined) => {
    if (!file) return;
    const looksZip = file.name.toLowerCase().endsWith('.zip') || file.type.includes('zip');
    setNotZip(!looksZip);
    if (!looksZip) return;
    setReading(true);
    setOpened(undefined);
    setJudgements(new Map());
    const bytes = new Uint8Array(await file.arrayBuffer());
    // Let the status message paint before the synchronous check takes the thread.
    await new Promise((resolve) => setTimeout(resolve, 0));
    setOpened({ name: file.name, result: readApplicationBundle(bytes) });
    setReading(false);
  };

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    void open(event.dataTransfer.files[0]);
  };

  return (
    <div className="page page--wide">
      <p>
        <Link to={queuePath}>{t('case.back')}</Link>
      </p>
      <PageHeading>{t('file.title')}</PageHeading>
      <p>{t('file.lead')}</p>
      {/* Dropping is an extra for mouse users; the file input inside is the keyboard's way (WCAG 2.1.1). */}
      {/* eslint-disable-next-line jsx-a11y/no-static-element-interactions */}
      <div
        className={`case-dropzone${dragging ? ' case-dropzone--active' : ''}`}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        data-testid="bundle-dropzone"
      >
        <label htmlFor="bundle-file">{t('file.label')}</label>
        {notZip && (
          <p className="case-error" id="bundle-file-error">
            {t('file.notZip')}
          </p>
        )}
        <input
          id="bundle-file"
          type="file"
          accept=".zip,application/zip"
          aria-describedby={`bundle-file-hint${notZip ? ' bundle-file-error' : ''}`}
          aria-invalid={notZip || undefined}
          onChange={(event) => void open(event.target.files?.[0])}
        />
        <p id="bundle-file-hint" className="case-muted">
          {t('file.drop')}
        </p>
      </div>
      <p role="status">{reading ? t('file.reading') : opened?.result.ok ? t('file.verified') : ''}</p>
      {opened && !opened.result.ok && <BundleProblems problems={opened.result.problems} />}
      {opened?.result.ok && (
        <>
          <NotificationBanner kind="info" title={t('decision.title')}>
            <p>{t('decision.fromFile')}</p>
          </NotificationBanner>
          <CaseReviewView
            document={opened.result.application}
            files={opened.result.files}
            flags={opened.result.flags}
            judgements={judgements}
            onMark={async (receiptId, judgement) => {
              setJudgements((current) => new Map(current).set(receiptId, judgement));
            }}
          />
        </>
      )}
    </div>
  );
}
