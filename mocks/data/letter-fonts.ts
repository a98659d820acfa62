import type * as NodeFs from 'node:fs/promises';
import type { PdfFonts } from '../../src/documents/antrag/tagged-pdf';

/*
 * The DejaVu fonts for the mock's letters, from the same package the server and the CLI read. Written as
 * `new URL(…, import.meta.url)`, which Vite turns into the built asset's URL (dev server, static demo) and Node
 * leaves a file: URL (the tests): the browser fetches it from the app's own origin, Node reads the file.
 */
const regularUrl = new URL('../../node_modules/dejavu-fonts-ttf/ttf/DejaVuSans.ttf', import.meta.url);
const boldUrl = new URL('../../node_modules/dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf', import.meta.url);

async function bytesAt(url: URL): Promise<Uint8Array> {
  if (url.protocol === 'file:') {
    // Node only; hidden from the bundler, which must not pull node:fs into the browser's mock.
    const fsModule = 'node:fs/promises';
    const { readFile } = (await import(/* @vite-ignore */ fsModule)) as typeof NodeFs;
    return new Uint8Array(await readFile(url));
  }
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Font not loaded: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

let loading: Promise<PdfFonts> | undefined;

/** Both faces, loaded once on the first letter (1.4 MB together) and kept for the visit. */
export function letterFonts(): Promise<PdfFonts> {
  loading ??= Promise.all([bytesAt(regularUrl), bytesAt(boldUrl)])
    .then(([fontBytes, boldFontBytes]) => ({ fontBytes, boldFontBytes }))
    .catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
  return loading;
}
