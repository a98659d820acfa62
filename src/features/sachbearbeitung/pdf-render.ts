import type * as PdfJsModule from 'pdfjs-dist';
import type { getDocument, PDFDocumentProxy } from 'pdfjs-dist';

/**
 * The one place that loads pdf.js and says how it may read a PDF from an applicant (ADR 0022). pdf.js itself is
 * imported only when a PDF is opened, so it lands in a lazy chunk of its own; its worker is our own module worker
 * chunk. The viewer talks to a `PdfRenderer`, which tests replace (jsdom has no canvas).
 */

// getDocument's parameter object (pdfjs-dist does not export its type from the package root).
type DocumentOptions = Extract<Parameters<typeof getDocument>[0], { isEvalSupported?: unknown }> & {
  data: Uint8Array;
};

/** The size of a page at 100 % in CSS pixels (pdf.js's viewport at scale 1). */
export type PageSize = { width: number; height: number };

export type PageRendering = { done: Promise<void>; cancel: () => void };

export type PdfDocument = {
  pageCount: number;
  pageSize: (pageNumber: number) => Promise<PageSize>;
  /** Paints one page onto the canvas at `scale` (1 = 100 %), sharp on high-density screens. */
  render: (pageNumber: number, canvas: HTMLCanvasElement, scale: number) => PageRendering;
  destroy: () => Promise<void>;
};

export type PdfRenderer = { open: (bytes: Uint8Array) => Promise<PdfDocument> };

// pdf.js's standard fonts (for PDFs that use Helvetica, Times and the like without embedding them), shipped as
// same-origin assets of the build. Only the file a page needs is fetched, from our own origin.
const bundledStandardFonts = import.meta.glob<string>('/node_modules/pdfjs-dist/standard_fonts/*.{pfb,ttf}', {
  query: '?url',
  import: 'default',
  eager: true,
});
const standardFontUrls = new Map(
  Object.entries(bundledStandardFonts).map(([path, url]) => [path.slice(path.lastIndexOf('/') + 1), url]),
);

/**
 * Serves pdf.js's requests for binary data (`useWorkerFetch: false` routes them through here) from the bundled
 * standard fonts; CMaps and WebAssembly are refused, so nothing is ever fetched from anywhere else.
 */
export class BundledStandardFontData {
  async fetch({ kind, filename }: { kind: string; filename: string }): Promise<Uint8Array> {
    const url = kind === 'standardFontDataUrl' ? standardFontUrls.get(filename) : undefined;
    if (url === undefined) throw new Error(`No bundled ${kind} file ${filename}`);
    const response = await fetch(url);
    if (!response.ok) throw new Error(`Standard font ${filename}: HTTP ${response.status}`);
    return new Uint8Array(await response.arrayBuffer());
  }
}

/**
 * How pdf.js reads an applicant's PDF. The bytes are a copy: pdf.js transfers the buffer to its worker, which
 * detaches it, and the caller still needs its own (to offer the file for download, to show it again).
 */
export function documentOptions(bytes: Uint8Array): DocumentOptions {
  return {
    data: bytes.slice(),
    // Never turn strings from the file into code (PostScript functions are interpreted instead), and no XFA forms.
    isEvalSupported: false,
    enableXfa: false,
    // Nothing to fetch: the whole file is in memory.
    disableAutoFetch: true,
    disableStream: true,
    disableRange: true,
    // Glyphs are drawn as paths by pdf.js: font programs from the file never reach the browser's font engine or
    // document.fonts, and no system font is looked up.
    disableFontFace: true,
    useSystemFonts: false,
    // Standard fonts, when a PDF needs them, come from BundledStandardFontData; no cMapUrl, no wasmUrl.
    useWorkerFetch: false,
    BinaryDataFactory: BundledStandardFontData,
    // The CSP has no 'wasm-unsafe-eval': pdf.js must not try WebAssembly (JPEG 2000 images stay blank).
    useWasm: false,
    // A hostile file must not exhaust the tab: images above 40 megapixels are left out.
    maxImageSize: 40_000_000,
    verbosity: 0,
  };
}

/**
 * How a page is painted: on a canvas only, annotations drawn from their appearance streams (what a printed copy
 * shows, form fields filled), nothing interactive. The viewer loads neither pdf.js's annotation layer (no links)
 * nor its scripting sandbox, so no JavaScript in a PDF ever runs.
 */
export const viewPolicy = {
  /** pdfjs-dist's AnnotationMode.ENABLE: appearances on the canvas, no annotation layer. */
  annotationMode: 1,
  enableScripting: false,
  annotationLayer: false,
  textLayer: false,
} as const;

type PdfJs = typeof PdfJsModule;

let loading: Promise<PdfJs> | undefined;

/** pdf.js, imported on first use, with its worker started once for all documents. */
function loadPdfJs(): Promise<PdfJs> {
  loading ??= import('pdfjs-dist').then((pdfjs) => {
    if (pdfjs.AnnotationMode.ENABLE !== viewPolicy.annotationMode) {
      throw new Error('pdfjs-dist changed AnnotationMode: check viewPolicy');
    }
    pdfjs.GlobalWorkerOptions.workerPort = new Worker(new URL('./pdf-render.worker.ts', import.meta.url), {
      type: 'module',
    });
    return pdfjs;
  });
  // A failed load (chunk missing after a deployment, worker refused) may be tried again with the next PDF.
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}

function wrap(pdfjs: PdfJs, pdf: PDFDocumentProxy): PdfDocument {
  return {
    pageCount: pdf.numPages,
    async pageSize(pageNumber) {
      const page = await pdf.getPage(pageNumber);
      const { width, height } = page.getViewport({ scale: 1 });
      return { width, height };
    },
    render(pageNumber, canvas, scale) {
      let task: { cancel: () => void } | undefined;
      let cancelled = false;
      const done = pdf.getPage(pageNumber).then(async (page) => {
        if (cancelled) return;
        const viewport = page.getViewport({ scale });
        const density = Math.min(window.devicePixelRatio || 1, 2);
        canvas.width = Math.floor(viewport.width * density);
        canvas.height = Math.floor(viewport.height * density);
        // CSSOM, not a style attribute: allowed under style-src 'self'.
        canvas.style.width = `${Math.floor(viewport.width)}px`;
        const rendering = page.render({
          canvas,
          viewport,
          transform: density === 1 ? undefined : [density, 0, 0, density, 0, 0],
          annotationMode: viewPolicy.annotationMode,
        });
        task = rendering;
        try {
          await rendering.promise;
        } catch (error) {
          if (error instanceof pdfjs.RenderingCancelledException) return;
          throw error;
        }
      });
      return {
        done,
        cancel: () => {
          cancelled = true;
          task?.cancel();
        },
      };
    },
    destroy: () => pdf.destroy(),
  };
}

/** The real renderer: pdf.js in its worker, with `documentOptions`. */
export const pdfRenderer: PdfRenderer = {
  async open(bytes) {
    const pdfjs = await loadPdfJs();
    const task = pdfjs.getDocument(documentOptions(bytes));
    try {
      return wrap(pdfjs, await task.promise);
    } catch (error) {
      await task.destroy();
      throw error;
    }
  },
};
