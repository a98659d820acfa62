// Where the chart's two labels go so that no line crosses them (issue 11: "the chart's line never crosses its
// labels"). Pure geometry in viewBox units; the chart draws whatever this returns.

export type Point = { x: number; y: number };
export type Segment = { from: Point; to: Point };
/** A label's box in viewBox units, top-left corner and size, halo included. */
export type LabelBox = { x: number; y: number; width: number; height: number };
export type PlacedLabel = { x: number; baseline: number; anchor: 'start' | 'end'; box: LabelBox };

// The labels are 12px bold with a 2px white halo (limit.css). A generous average glyph width keeps the real text
// inside its estimated box in any sans-serif font: digits and most letters of 12px bold are narrower than 8 units.
export const labelCharWidth = 8;
const ascent = 10;
const descent = 4;
const halo = 2;
// Half the stroke of the thicker line (3 units) plus a hair: a box this close to a line already looks touched.
const clearance = 2;

export function labelBox(text: string, x: number, baseline: number, anchor: 'start' | 'end'): LabelBox {
  const width = text.length * labelCharWidth + 2 * halo;
  const left = anchor === 'start' ? x - halo : x - width + halo;
  return { x: left, y: baseline - ascent - halo, width, height: ascent + descent + 2 * halo };
}

const grown = (box: LabelBox, by: number): LabelBox => ({
  x: box.x - by,
  y: box.y - by,
  width: box.width + 2 * by,
  height: box.height + 2 * by,
});

/** True when the axis-parallel or sloped segment touches the box (Liang–Barsky clipping). */
export function segmentHitsBox({ from, to }: Segment, box: LabelBox): boolean {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  let t0 = 0;
  let t1 = 1;
  const edges: [number, number][] = [
    [-dx, from.x - box.x],
    [dx, box.x + box.width - from.x],
    [-dy, from.y - box.y],
    [dy, box.y + box.height - from.y],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false;
    } else {
      const r = q / p;
      if (p < 0) t0 = Math.max(t0, r);
      else t1 = Math.min(t1, r);
      if (t0 > t1) return false;
    }
  }
  return true;
}

const boxesOverlap = (a: LabelBox, b: LabelBox) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

export type LabelArea = {
  /** The plot's left and right edge; labels stay between them. */
  left: number;
  right: number;
  /** Labels stay between 0 and this (the x axis). */
  bottom: number;
  /** The band above it holds no line: the last resort for a label. */
  linesTop: number;
};

type Candidate = { x: number; baseline: number; anchor: 'start' | 'end' };

/**
 * The first candidate whose box stays inside the area and keeps clear of every line and of the labels placed so
 * far; the candidates go from "next to its own line, where the eye looks for it" outwards, then the free band above
 * all lines, which always fits.
 */
export function placeLabel(
  text: string,
  candidates: readonly Candidate[],
  fallback: Candidate,
  lines: readonly Segment[],
  placed: readonly LabelBox[],
  area: LabelArea,
): PlacedLabel {
  for (const candidate of candidates) {
    const box = labelBox(text, candidate.x, candidate.baseline, candidate.anchor);
    const inside =
      box.x >= area.left - halo &&
      box.x + box.width <= area.right + halo &&
      box.y >= 0 &&
      box.y + box.height <= area.bottom - clearance;
    if (!inside) continue;
    const clearOfLines = lines.every((line) => !segmentHitsBox(line, grown(box, clearance)));
    const clearOfLabels = placed.every((other) => !boxesOverlap(box, other));
    if (clearOfLines && clearOfLabels) return { ...candidate, box };
  }
  return { ...fallback, box: labelBox(text, fallback.x, fallback.baseline, fallback.anchor) };
}

/** Candidates along a horizontal line at `y`: above it, then below it, from `from` towards the other side. */
export function alongLine(y: number, from: 'left' | 'right', area: LabelArea, width: number): Candidate[] {
  const steps = 8;
  const span = Math.max(0, area.right - area.left - width);
  const offsets = Array.from({ length: steps + 1 }, (_, index) => (span * index) / steps);
  const above = y - clearance - descent - halo - 1;
  const below = y + clearance + ascent + halo + 1;
  return [above, below].flatMap((baseline) =>
    offsets.map((offset): Candidate =>
      from === 'left'
        ? { x: area.left + 2 + offset, baseline, anchor: 'start' }
        : { x: area.right - 2 - offset, baseline, anchor: 'end' },
    ),
  );
}

/** The two rows of the free band above every line: first row for one label, second for the other. */
export const bandBaselines = (linesTop: number): [number, number] => {
  const row = ascent + descent + 2 * halo;
  const bottom = linesTop - clearance - descent - halo - 1;
  return [bottom - row, bottom];
};
