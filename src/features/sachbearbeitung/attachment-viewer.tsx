import { useCallback, useEffect, useRef, useState } from 'react';
import { useMessages } from '../../i18n/feature-messages';
import { useI18n } from '../../i18n/use-i18n';
import { NotificationBanner } from '../../ui/notification-banner';
import { pdfRenderer, type PdfDocument, type PdfRenderer } from './pdf-render';
import { sachbearbeitungMessages } from './sachbearbeitung-messages';
import './attachment-viewer.css';

export type AttachmentType = 'image/jpeg' | 'image/png' | 'application/pdf';

export type AttachmentViewerProps = {
  /** The attachment's display name, as the bundle lists it. */
  name: string;
  type: AttachmentType;
  bytes: Uint8Array;
  /** Called once, when the attachment is first on screen (the case page writes that to the audit log). */
  onViewed?: () => void;
  /** Offer the file for download when it cannot be shown (default). False for files that may only be seen here. */
  downloadable?: boolean;
  /** pdf.js by default; tests pass their own (jsdom has no canvas). */
  renderer?: PdfRenderer;
};

/**
 * One attachment of a verified upload bundle, shown inside the case page: a photo as an image, a PDF page by page
 * on a canvas through pdf.js with scripting off (pdf-render.ts, ADR 0022). A file that cannot be shown is said so
 * in plain words and offered for download instead.
 */
export function AttachmentViewer({
  name,
  type,
  bytes,
  onViewed,
  downloadable = true,
  renderer = pdfRenderer,
}: AttachmentViewerProps) {
  // The callback is read through a ref: the case page may pass a new function on every render.
  const onViewedRef = useRef(onViewed);
  useEffect(() => {
    onViewedRef.current = onViewed;
  });
  const viewedFor = useRef<Uint8Array | undefined>(undefined);
  const shown = useCallback(() => {
    if (viewedFor.current === bytes) return;
    viewedFor.current = bytes;
    onViewedRef.current?.();
  }, [bytes]);
  // Failure belongs to the bytes that failed: another attachment starts afresh without an effect resetting it.
  const [failedFor, setFailedFor] = useState<Uint8Array | undefined>(undefined);
  const failed = useCallback(() => setFailedFor(bytes), [bytes]);

  if (failedFor === bytes) {
    return <ViewerFailed name={name} type={type} bytes={bytes} downloadable={downloadable} />;
  }
  if (type === 'application/pdf') {
    return <PdfView name={name} bytes={bytes} renderer={renderer} onShown={shown} onFailed={failed} />;
  }
  return <ImageView name={name} type={type} bytes={bytes} onShown={shown} onFailed={failed} />;
}

/** A blob: URL for the bytes (which the CSP's img-src allows), revoked when they change or the viewer goes. */
function useObjectUrl(bytes: Uint8Array, type: string): string | undefined {
  const [entry, setEntry] = useState<{ bytes: Uint8Array; type: string; url: string } | undefined>(undefined);
  useEffect(() => {
    const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type }));
    // The URL exists only once created here, outside render (creating it while rendering would leak it).
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setEntry({ bytes, type, url });
    return () => URL.revokeObjectURL(url);
  }, [bytes, type]);
  return entry?.bytes === bytes && entry.type === type ? entry.url : undefined;
}

type ShownProps = { name: string; bytes: Uint8Array; onShown: () => void; onFailed: () => void };

function ImageView({
  name,
  type,
  bytes,
  onShown,
  onFailed,
}: ShownProps & { type: 'image/jpeg' | 'image/png' }) {
  const t = useMessages(sachbearbeitungMessages);
  const url = useObjectUrl(bytes, type);
  return (
    <div className="attachment-viewer">
      <p role="status" className={url === undefined ? undefined : 'visually-hidden'}>
        {url === undefined ? t('viewer.loading', { name }) : ''}
      </p>
      {url !== undefined && (
        <img
          className="attachment-viewer__image"
          src={url}
          alt={t('viewer.image.alt', { name })}
          onLoad={onShown}
          onError={onFailed}
        />
      )}
    </div>
  );
}

const zoomSteps = [0.25, 0.5, 0.75, 1, 1.25, 1.5, 2, 3, 4];
const minZoom = zoomSteps[0] ?? 0.25;
const maxZoom = zoomSteps[zoomSteps.length - 1] ?? 4;

type Opened = { bytes: Uint8Array; document: PdfDocument };

function PdfView({ name, bytes, renderer, onShown, onFailed }: ShownProps & { renderer: PdfRenderer }) {
  const t = useMessages(sachbearbeitungMessages);
  const { language } = useI18n();
  const [opened, setOpened] = useState<Opened | undefined>(undefined);
  const [pageNumber, setPageNumber] = useState(1);
  const [zoom, setZoom] = useState<'fit' | number>('fit');
  // The scale the page on screen was painted at, and which page that was (for the percentage and the label).
  const [painted, setPainted] = useState<{ page: number; scale: number } | undefined>(undefined);
  const [frameWidth, setFrameWidth] = useState(0);
  const frame = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    let cancelled = false;
    let document: PdfDocument | undefined;
    renderer.open(bytes).then(
      (result) => {
        document = result;
        if (cancelled) {
          void result.destroy();
          return;
        }
        setPageNumber(1);
        setPainted(undefined);
        setOpened({ bytes, document: result });
      },
      () => {
        if (!cancelled) onFailed();
      },
    );
    return () => {
      cancelled = true;
      void document?.destroy().catch(() => undefined);
    };
  }, [bytes, renderer, onFailed]);

  const document = opened?.bytes === bytes ? opened.document : undefined;
  const pages = document?.pageCount ?? 0;

  // Fit to width follows the space the case page gives the viewer (a narrow window, a zoomed browser).
  useEffect(() => {
    const element = frame.current;
    if (element === null || typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setFrameWidth(Math.floor(entry.contentRect.width));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [document]);

  // Only fit to width depends on the frame's width: a fixed zoom does not repaint when the window changes.
  const fitWidth = zoom === 'fit' ? frameWidth : 0;
  useEffect(() => {
    const target = canvas.current;
    if (document === undefined || target === null) return undefined;
    let cancelled = false;
    let rendering: { cancel: () => void } | undefined;
    document
      .pageSize(pageNumber)
      .then((size) => {
        if (cancelled) return;
        const scale = zoom === 'fit' ? fitScale(fitWidth, size.width) : zoom;
        const task = document.render(pageNumber, target, scale);
        rendering = task;
        return task.done.then(() => {
          if (cancelled) return;
          setPainted({ page: pageNumber, scale });
          onShown();
        });
      })
      .catch(() => {
        if (!cancelled) onFailed();
      });
    return () => {
      cancelled = true;
      rendering?.cancel();
    };
  }, [document, pageNumber, zoom, fitWidth, onShown, onFailed]);

  const number = new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'de-DE');
  const pageText = (page: number) => ({ page: number.format(page), pages: number.format(pages), name });
  const scale = painted?.scale ?? 1;
  const zoomTo = (next: number) => setZoom(Math.min(maxZoom, Math.max(minZoom, next)));
  const zoomIn = () => zoomTo(zoomSteps.find((step) => step > scale + 0.01) ?? maxZoom);
  const zoomOut = () => zoomTo([...zoomSteps].reverse().find((step) => step < scale - 0.01) ?? minZoom);
  const atFirst = pageNumber <= 1;
  const atLast = pageNumber >= pages;

  return (
    <div className="attachment-viewer">
      <p role="status" className="attachment-viewer__status">
        {painted === undefined ? t('viewer.loading', { name }) : t('viewer.page', pageText(painted.page))}
      </p>
      {document !== undefined && (
        <div className="attachment-viewer__toolbar" role="group" aria-label={t('viewer.toolbar')}>
          {/* aria-disabled, not disabled: the button keeps the focus on the first and last page. */}
          <button
            type="button"
            className="button button--secondary"
            aria-disabled={atFirst}
            onClick={() => !atFirst && setPageNumber(pageNumber - 1)}
          >
            {t('viewer.previous')}
          </button>
          <button
            type="button"
            className="button button--secondary"
            aria-disabled={atLast}
            onClick={() => !atLast && setPageNumber(pageNumber + 1)}
          >
            {t('viewer.next')}
          </button>
          <button
            type="button"
            className="button button--secondary"
            aria-disabled={scale <= minZoom}
            onClick={zoomOut}
          >
            {t('viewer.zoomOut')}
          </button>
          <button
            type="button"
            className="button button--secondary"
            aria-disabled={scale >= maxZoom}
            onClick={zoomIn}
          >
            {t('viewer.zoomIn')}
          </button>
          <button
            type="button"
            className="button button--secondary"
            aria-pressed={zoom === 'fit'}
            onClick={() => setZoom('fit')}
          >
            {t('viewer.fitWidth')}
          </button>
          <p className="attachment-viewer__zoom">
            {t('viewer.zoom', { percent: number.format(Math.round(scale * 100)) })}
          </p>
        </div>
      )}
      <div
        ref={frame}
        className="attachment-viewer__frame"
        role="region"
        aria-label={t('viewer.region', { name })}
        // A page zoomed past the width scrolls inside this region, which keyboard users can focus to scroll
        // (axe's scrollable-region-focusable); the page around it still reflows at 320 px. jsx-a11y's rule does not
        // know scroll containers.
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
        tabIndex={0}
      >
        {document !== undefined && (
          <canvas
            ref={canvas}
            className={
              zoom === 'fit'
                ? 'attachment-viewer__page attachment-viewer__page--fit'
                : 'attachment-viewer__page'
            }
            // The canvas is a picture of the page, nothing to operate: role="img" gives it its name.
            // eslint-disable-next-line jsx-a11y/no-interactive-element-to-noninteractive-role
            role="img"
            aria-label={t('viewer.canvas', pageText(painted?.page ?? pageNumber))}
          />
        )}
      </div>
    </div>
  );
}

/** The scale at which a page of `pageWidth` fills the frame; 100 % while the frame has no width yet. */
function fitScale(frameWidth: number, pageWidth: number): number {
  if (frameWidth <= 0 || pageWidth <= 0) return 1;
  return Math.min(maxZoom, Math.max(minZoom, frameWidth / pageWidth));
}

const extensions: Record<AttachmentType, string> = {
  'application/pdf': '.pdf',
  'image/jpeg': '.jpg',
  'image/png': '.png',
};

/**
 * A file name that is safe to save under: no path, no control or direction-changing characters (which could
 * make "rechnung‮fdp.exe" look like a PDF), nothing Windows refuses, no leading dot, at most 100 characters, and
 * the extension that matches the checked type.
 */
export function safeDownloadName(name: string, type: AttachmentType): string {
  const base = name
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/[<>:"/\\|?*]+/g, '_')
    .replace(/\.(pdf|jpe?g|png)$/i, '')
    .replace(/^[\s._]+|[\s.]+$/g, '')
    .slice(0, 100)
    .trim();
  return `${base === '' ? 'anlage' : base}${extensions[type]}`;
}

function ViewerFailed({
  name,
  type,
  bytes,
  downloadable,
}: {
  name: string;
  type: AttachmentType;
  bytes: Uint8Array;
  downloadable: boolean;
}) {
  const t = useMessages(sachbearbeitungMessages);
  // application/octet-stream: the browser saves the file and never opens it in a tab of the app's origin.
  const url = useObjectUrl(bytes, 'application/octet-stream');
  return (
    <NotificationBanner kind="error" title={t('viewer.failed.title')} headingLevel={3} announce>
      <p>{t('viewer.failed.text', { name })}</p>
      {!downloadable ? (
        <p>{t('viewer.failed.noDownload')}</p>
      ) : (
        url !== undefined && (
          <p>
            <a href={url} download={safeDownloadName(name, type)}>
              {t('viewer.failed.download', { name })}
            </a>
          </p>
        )
      )}
    </NotificationBanner>
  );
}
