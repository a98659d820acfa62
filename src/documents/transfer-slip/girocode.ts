import { encode } from 'uqr';

/**
 * The GiroCode's modules: one QR code (ISO/IEC 18004) in byte mode, error correction level M as EPC069-12
 * requires (never raised, so every reader sees the level the standard names), made once by uqr (ADR 0019) and
 * drawn from this same matrix on the screen (SVG) and on the transfer slip (PDF rectangles).
 */
export type QrMatrix = {
  /** Modules per side, without the quiet zone. */
  size: number;
  /** `dark[y][x]`: row by row from the top. */
  dark: readonly (readonly boolean[])[];
};

/** ISO/IEC 18004 asks for a light margin of four modules on every side; the renderers leave it. */
export const quietZone = 4;

export const girocodeMatrix = (payload: string): QrMatrix => {
  // Bytes, not the string: byte mode with the payload's UTF-8 (EPC069-12 character set 1), whatever uqr would
  // choose for a string.
  const bytes = Array.from(new TextEncoder().encode(payload));
  const qr = encode(bytes, { ecc: 'M', boostEcc: false, border: 0 });
  return { size: qr.size, dark: qr.data };
};

/** The dark modules as runs per row (x, y, width), so a renderer draws a few hundred rectangles, not thousands. */
export const darkRuns = (matrix: QrMatrix): { x: number; y: number; width: number }[] => {
  const runs: { x: number; y: number; width: number }[] = [];
  matrix.dark.forEach((row, y) => {
    let start = -1;
    for (let x = 0; x <= row.length; x += 1) {
      const isDark = x < row.length && row[x] === true;
      if (isDark && start < 0) start = x;
      if (!isDark && start >= 0) {
        runs.push({ x: start, y, width: x - start });
        start = -1;
      }
    }
  });
  return runs;
};
