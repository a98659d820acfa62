import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AntragContent } from './antrag-content';
import { renderAntragPdf, type AntragFonts } from './render-antrag-pdf';

// External tools read the PDF the way other programs will (poppler, mupdf). CI installs them;
// a missing tool fails the test loudly instead of skipping it.
const tools = {
  pdftotext: 'poppler-utils',
  pdftoppm: 'poppler-utils',
  pdfinfo: 'poppler-utils',
  pdffonts: 'poppler-utils',
  mutool: 'mupdf-tools',
} as const;

export const requireTools = (...names: (keyof typeof tools)[]): void => {
  for (const name of names) {
    if (!existsSync(`/usr/bin/${name}`)) {
      throw new Error(`/usr/bin/${name} is missing: apt-get install ${tools[name]} (CI installs it)`);
    }
  }
};

const fontDir = join(process.cwd(), 'node_modules', 'dejavu-fonts-ttf', 'ttf');
export const dejaVuSans = readFileSync(join(fontDir, 'DejaVuSans.ttf'));
export const dejaVuSansBold = readFileSync(join(fontDir, 'DejaVuSans-Bold.ttf'));

export const renderToFile = async (
  content: AntragContent,
  fonts: AntragFonts = { fontBytes: dejaVuSans, boldFontBytes: dejaVuSansBold },
): Promise<{ bytes: Uint8Array; path: string }> => {
  const bytes = await renderAntragPdf(content, fonts);
  const path = join(mkdtempSync(join(tmpdir(), 'antrag-')), 'antrag.pdf');
  writeFileSync(path, bytes);
  return { bytes, path };
};

/** Plain text with form feeds between pages; no-break spaces as spaces, to compare with copy. */
export const pdfText = (path: string): string =>
  execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }).replace(/\u00a0/g, ' ');

export type Word = { text: string; xMin: number; yMin: number; xMax: number; yMax: number };
export type PageWords = { width: number; height: number; words: Word[] };

/** Word boxes from `pdftotext -bbox` (origin top left, in points). */
export const pdfWords = (path: string): PageWords[] => {
  const html = execFileSync('pdftotext', ['-bbox', '-enc', 'UTF-8', path, '-'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return html
    .split('<page ')
    .slice(1)
    .map((page) => {
      const size = /width="([\d.]+)" height="([\d.]+)"/.exec(page);
      const words = [
        ...page.matchAll(
          /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)<\/word>/g,
        ),
      ];
      return {
        width: Number(size?.[1]),
        height: Number(size?.[2]),
        words: words.map((w) => ({
          text: w[5] ?? '',
          xMin: Number(w[1]),
          yMin: Number(w[2]),
          xMax: Number(w[3]),
          yMax: Number(w[4]),
        })),
      };
    });
};

/** mupdf's complaints while drawing every page (e.g. "cannot render glyph"). */
export const mutoolDrawWarnings = (path: string): string[] => {
  const out = join(mkdtempSync(join(tmpdir(), 'antrag-draw-')), 'page-%d.png');
  const run = spawnSync('mutool', ['draw', '-o', out, '-r', '50', path], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`mutool draw failed: ${run.stderr}`);
  return run.stderr.split('\n').filter((line) => line.trim() !== '');
};

/** Page 1 at 72 dpi in grey (1 pixel = 1 point), parsed from pdftoppm's binary PGM. */
export const firstPageGray = (path: string): { width: number; height: number; pixels: Uint8Array } => {
  const pgm = execFileSync('pdftoppm', ['-r', '72', '-gray', '-f', '1', '-l', '1', path], {
    maxBuffer: 64 * 1024 * 1024,
  });
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 64).toString('latin1'));
  if (!header) throw new Error('pdftoppm did not return a binary PGM');
  const [whole, width, height] = header;
  return { width: Number(width), height: Number(height), pixels: pgm.subarray(whole.length) };
};

/** Pixels darker than mid-grey inside a box (points = pixels at 72 dpi). */
export const darkPixels = (
  image: { width: number; height: number; pixels: Uint8Array },
  box: Pick<Word, 'xMin' | 'yMin' | 'xMax' | 'yMax'>,
): number => {
  let dark = 0;
  for (let y = Math.floor(box.yMin); y < Math.ceil(box.yMax) && y < image.height; y += 1) {
    for (let x = Math.floor(box.xMin); x < Math.ceil(box.xMax) && x < image.width; x += 1) {
      if ((image.pixels[y * image.width + x] ?? 255) < 128) dark += 1;
    }
  }
  return dark;
};

/** `pdftotext -raw`: the text in content-stream order, no-break spaces kept as they are. */
export const pdfRawText = (path: string): string =>
  execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });

/** `pdfinfo` with extra arguments (`-struct-text`), as UTF-8 text. */
export const pdfInfo = (path: string, ...args: string[]): string =>
  execFileSync('pdfinfo', ['-enc', 'UTF-8', ...args, path], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });

export type FontRow = { name: string; embedded: boolean; subset: boolean; unicode: boolean };

/** The rows of `pdffonts`: name and the emb, sub and uni columns. */
export const pdfFonts = (path: string): FontRow[] =>
  execFileSync('pdffonts', [path], { encoding: 'utf8' })
    .split('\n')
    .slice(2)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const columns = line.trim().split(/\s+/);
      // name … emb sub uni object ID: the flags are the 5th, 4th and 3rd columns from the end.
      const flag = (fromEnd: number) => columns[columns.length - fromEnd] === 'yes';
      return { name: columns[0] ?? '', embedded: flag(5), subset: flag(4), unicode: flag(3) };
    });
