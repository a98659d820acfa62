import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../i18n/i18n-provider';
import { messages as en } from '../../i18n/messages/en';
import { AttachmentViewer, safeDownloadName, type AttachmentViewerProps } from './attachment-viewer';
import { BundledStandardFontData, documentOptions, viewPolicy, type PdfRenderer } from './pdf-render';

const pdfBytes = new TextEncoder().encode('%PDF-1.7\n…');
const jpegBytes = new Uint8Array([0xff, 0xd8, 0xff, 0xe0]);

/** A renderer without pdf.js (jsdom has no canvas): records what the viewer asks it to paint. */
function fakeRenderer({ pages = 3, fails = false }: { pages?: number; fails?: boolean } = {}) {
  const painted: { page: number; scale: number }[] = [];
  const destroyed = vi.fn(async () => undefined);
  const renderer: PdfRenderer = {
    open: async () => {
      if (fails) throw new Error('Invalid PDF structure.');
      return {
        pageCount: pages,
        pageSize: async () => ({ width: 595, height: 842 }),
        render: (page, _canvas, scale) => {
          painted.push({ page, scale });
          return { done: Promise.resolve(), cancel: () => undefined };
        },
        destroy: destroyed,
      };
    },
  };
  return { renderer, painted, destroyed };
}

function renderViewer(props: Partial<AttachmentViewerProps> = {}, language: 'de' | 'en' = 'de') {
  const initial = language === 'en' ? { language: 'en', messages: en } : undefined;
  return render(
    <I18nProvider initial={initial}>
      <AttachmentViewer name="Quittung Apotheke.pdf" type="application/pdf" bytes={pdfBytes} {...props} />
    </I18nProvider>,
  );
}

const created: string[] = [];
const revoked: string[] = [];
beforeEach(() => {
  created.length = 0;
  revoked.length = 0;
  // jsdom has no blob: URLs.
  vi.stubGlobal(
    'URL',
    Object.assign(URL, {
      createObjectURL: (blob: Blob) => {
        const url = `blob:http://localhost/${created.length}-${blob.type}`;
        created.push(url);
        return url;
      },
      revokeObjectURL: (url: string) => void revoked.push(url),
    }),
  );
});
afterEach(() => vi.unstubAllGlobals());

describe('AttachmentViewer: PDFs', () => {
  it('announces loading politely until the first page is painted', async () => {
    const never: PdfRenderer = { open: () => new Promise(() => undefined) };
    renderViewer({ renderer: never });
    expect(screen.getByRole('status')).toHaveTextContent('„Quittung Apotheke.pdf“ wird geladen …');
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
  });

  it('pages through the document with labelled buttons whose state follows the page', async () => {
    const user = userEvent.setup();
    const { renderer, painted } = fakeRenderer({ pages: 3 });
    renderViewer({ renderer });
    const page = await screen.findByRole('img', { name: 'Seite 1 von 3: Quittung Apotheke.pdf' });
    expect(page.tagName).toBe('CANVAS');
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Seite 1 von 3'));
    const previous = screen.getByRole('button', { name: 'Vorherige Seite' });
    const next = screen.getByRole('button', { name: 'Nächste Seite' });
    expect(previous).toHaveAttribute('aria-disabled', 'true');
    expect(next).toHaveAttribute('aria-disabled', 'false');

    await user.click(next);
    expect(
      await screen.findByRole('img', { name: 'Seite 2 von 3: Quittung Apotheke.pdf' }),
    ).toBeInTheDocument();
    expect(previous).toHaveAttribute('aria-disabled', 'false');
    expect(next).toHaveAttribute('aria-disabled', 'false');

    // Keyboard: the buttons are in the tab order and work with Enter; the disabled one keeps the focus.
    next.focus();
    await user.keyboard('{Enter}');
    expect(
      await screen.findByRole('img', { name: 'Seite 3 von 3: Quittung Apotheke.pdf' }),
    ).toBeInTheDocument();
    expect(next).toHaveAttribute('aria-disabled', 'true');
    await user.keyboard('{Enter}');
    expect(next).toHaveFocus();
    expect(screen.getByRole('status')).toHaveTextContent('Seite 3 von 3');

    await user.click(previous);
    expect(
      await screen.findByRole('img', { name: 'Seite 2 von 3: Quittung Apotheke.pdf' }),
    ).toBeInTheDocument();
    expect(painted.map(({ page: number }) => number)).toEqual([1, 2, 3, 2]);
  });

  it('zooms in and out in steps and back to the width of the frame', async () => {
    const user = userEvent.setup();
    const { renderer, painted } = fakeRenderer({ pages: 1 });
    renderViewer({ renderer });
    await screen.findByRole('img', { name: 'Seite 1 von 1: Quittung Apotheke.pdf' });
    const fit = screen.getByRole('button', { name: 'An Breite anpassen' });
    expect(fit).toHaveAttribute('aria-pressed', 'true');
    // A one-page document: both page buttons are off.
    expect(screen.getByRole('button', { name: 'Nächste Seite' })).toHaveAttribute('aria-disabled', 'true');
    // jsdom lays nothing out: the frame has no width, so "fit" paints at 100 %.
    expect(screen.getByText('Größe: 100 %')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Vergrößern' }));
    expect(await screen.findByText('Größe: 125 %')).toBeInTheDocument();
    expect(fit).toHaveAttribute('aria-pressed', 'false');
    await user.click(screen.getByRole('button', { name: 'Verkleinern' }));
    await user.click(screen.getByRole('button', { name: 'Verkleinern' }));
    expect(await screen.findByText('Größe: 75 %')).toBeInTheDocument();
    await user.click(fit);
    expect(await screen.findByText('Größe: 100 %')).toBeInTheDocument();
    expect(painted.map(({ scale }) => scale)).toEqual([1, 1.25, 1, 0.75, 1]);
  });

  it('calls onViewed once, when the first page is on screen, however often the caseworker pages', async () => {
    const user = userEvent.setup();
    const onViewed = vi.fn();
    const { renderer } = fakeRenderer({ pages: 2 });
    renderViewer({ renderer, onViewed });
    await screen.findByRole('img', { name: 'Seite 1 von 2: Quittung Apotheke.pdf' });
    expect(onViewed).toHaveBeenCalledTimes(1);
    await user.click(screen.getByRole('button', { name: 'Nächste Seite' }));
    await user.click(screen.getByRole('button', { name: 'Vergrößern' }));
    await screen.findByRole('img', { name: 'Seite 2 von 2: Quittung Apotheke.pdf' });
    expect(onViewed).toHaveBeenCalledTimes(1);
  });

  it('closes the document when the viewer goes', async () => {
    const { renderer, destroyed } = fakeRenderer();
    const { unmount } = renderViewer({ renderer });
    await screen.findByRole('img', { name: 'Seite 1 von 3: Quittung Apotheke.pdf' });
    unmount();
    expect(destroyed).toHaveBeenCalled();
  });

  it('says plainly that a damaged PDF cannot be shown and offers it for download under a safe name', async () => {
    const onViewed = vi.fn();
    const { renderer } = fakeRenderer({ fails: true });
    renderViewer({ renderer, onViewed, name: 'Quittung/../Apotheke.pdf' });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Anlage kann nicht angezeigt werden');
    expect(alert).toHaveTextContent('Die Datei ist vielleicht beschädigt');
    const link = await screen.findByRole('link', { name: '„Quittung/../Apotheke.pdf“ herunterladen' });
    expect(link).toHaveAttribute('download', 'Quittung_.._Apotheke.pdf');
    expect(link.getAttribute('href')).toMatch(/^blob:.*application\/octet-stream$/);
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
    expect(onViewed).not.toHaveBeenCalled();
  });

  it('offers no download for a file that may only be shown in the app', async () => {
    const { renderer } = fakeRenderer({ fails: true });
    renderViewer({ renderer, downloadable: false });
    expect(await screen.findByRole('alert')).toHaveTextContent('darf nur in der Anwendung angezeigt werden');
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
  });

  it('speaks English', async () => {
    const { renderer } = fakeRenderer({ pages: 2 });
    renderViewer({ renderer }, 'en');
    expect(
      await screen.findByRole('img', { name: 'Page 1 of 2: Quittung Apotheke.pdf' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Next page' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Fit to width' })).toBeInTheDocument();
  });
});

describe('AttachmentViewer: images', () => {
  it('shows a photo through a blob: URL with alt text naming it, and revokes the URL when it goes', async () => {
    const onViewed = vi.fn();
    const { unmount } = renderViewer({ name: 'Rezept.jpg', type: 'image/jpeg', bytes: jpegBytes, onViewed });
    const image = await screen.findByRole('img', { name: 'Anlage „Rezept.jpg“' });
    expect(image).toHaveAttribute('src', created[0]);
    expect(created[0]).toMatch(/image\/jpeg$/);
    expect(onViewed).not.toHaveBeenCalled();
    fireEvent.load(image);
    fireEvent.load(image);
    expect(onViewed).toHaveBeenCalledTimes(1);
    unmount();
    expect(revoked).toEqual(created);
  });

  it('offers a photo the browser cannot decode for download', async () => {
    renderViewer({ name: 'Bescheinigung.png', type: 'image/png', bytes: jpegBytes });
    const image = await screen.findByRole('img', { name: 'Anlage „Bescheinigung.png“' });
    act(() => {
      fireEvent.error(image);
    });
    expect(await screen.findByRole('link', { name: '„Bescheinigung.png“ herunterladen' })).toHaveAttribute(
      'download',
      'Bescheinigung.png',
    );
  });
});

describe('safeDownloadName', () => {
  it.each([
    ['Quittung.pdf', 'application/pdf', 'Quittung.pdf'],
    ['../../etc/passwd', 'application/pdf', 'etc_passwd.pdf'],
    ['rechnung\u202Efdp.exe', 'application/pdf', 'rechnungfdp.exe.pdf'],
    ['C:\\Temp\\scan.JPEG', 'image/jpeg', 'C_Temp_scan.jpg'],
    ['.hidden', 'image/png', 'hidden.png'],
    ['\u0000\u0007', 'application/pdf', 'anlage.pdf'],
    ['Bescheinigung.pdf', 'image/png', 'Bescheinigung.png'],
  ] as const)('%j as %s → %j', (name, type, expected) => {
    expect(safeDownloadName(name, type)).toBe(expected);
  });

  it('keeps names short', () => {
    expect(safeDownloadName('a'.repeat(300), 'application/pdf')).toBe(`${'a'.repeat(100)}.pdf`);
  });
});

describe('pdf-render: what pdf.js may do with an applicant’s PDF', () => {
  it('evaluates no code, reads no XFA, fetches nothing and gives fonts to no font engine', () => {
    const options = documentOptions(pdfBytes);
    expect(options).toMatchObject({
      isEvalSupported: false,
      enableXfa: false,
      disableAutoFetch: true,
      disableStream: true,
      disableRange: true,
      disableFontFace: true,
      useSystemFonts: false,
      useWasm: false,
      useWorkerFetch: false,
      BinaryDataFactory: BundledStandardFontData,
    });
    // No URL for pdf.js to fetch from: no third-party (or any) request at run time.
    expect(options).not.toHaveProperty('url');
    expect(options).not.toHaveProperty('cMapUrl');
    expect(options).not.toHaveProperty('standardFontDataUrl');
    expect(options).not.toHaveProperty('wasmUrl');
    expect(options).not.toHaveProperty('iccUrl');
  });

  it('hands pdf.js a copy of the bytes, which its worker may detach', () => {
    const bytes = new Uint8Array([1, 2, 3]);
    const { data } = documentOptions(bytes);
    expect(data).toEqual(bytes);
    expect(data).not.toBe(bytes);
    expect(data.buffer).not.toBe(bytes.buffer);
    structuredClone(data, { transfer: [data.buffer] });
    expect(bytes).toEqual(new Uint8Array([1, 2, 3]));
  });

  it('paints the canvas only: no scripting, no annotation layer, no text layer', () => {
    expect(viewPolicy).toEqual({
      annotationMode: 1,
      enableScripting: false,
      annotationLayer: false,
      textLayer: false,
    });
  });

  it('serves standard fonts from the app’s own assets and refuses CMaps and WebAssembly', async () => {
    const fetched = vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response(new Uint8Array([7])));
    const fonts = new BundledStandardFontData();
    expect(
      await fonts.fetch({ kind: 'standardFontDataUrl', filename: 'LiberationSans-Regular.ttf' }),
    ).toEqual(new Uint8Array([7]));
    const [url] = fetched.mock.calls[0] ?? [];
    expect(String(url)).toMatch(/^\/.*LiberationSans-Regular.*\.ttf$/);
    await expect(fonts.fetch({ kind: 'cMapUrl', filename: 'UniJIS-UCS2-H.bcmap' })).rejects.toThrow();
    await expect(fonts.fetch({ kind: 'wasmUrl', filename: 'openjpeg.wasm' })).rejects.toThrow();
    await expect(fonts.fetch({ kind: 'standardFontDataUrl', filename: '../secret' })).rejects.toThrow();
    expect(fetched).toHaveBeenCalledTimes(1);
    fetched.mockRestore();
  });
});
