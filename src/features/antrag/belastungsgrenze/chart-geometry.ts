import type { Cents } from '../../../domain/money/cents';
import {
  alongLine,
  bandBaselines,
  labelBox,
  placeLabel,
  type PlacedLabel,
  type Segment,
} from './chart-labels';

export type ChartPoint = { date: string; runningCents: Cents };

/** The drawing area in viewBox units; the SVG scales to its container's width (320 px reflow, WCAG 1.4.10). */
export const chartBox = { width: 360, height: 210, left: 6, right: 6, top: 22, bottom: 28 };

const plotWidth = chartBox.width - chartBox.left - chartBox.right;
const plotBottom = chartBox.height - chartBox.bottom;
const plotHeight = plotBottom - chartBox.top;

const isLeap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

const monthLengths = (year: number) => [31, isLeap(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Day of the year, 0 for 1 January; dates outside the year are held at its edges. Strings only, no clock. */
export function dayOfYear(iso: string, year: number): number {
  const lengths = monthLengths(year);
  const total = lengths.reduce((sum, days) => sum + days, 0);
  const dateYear = Number(iso.slice(0, 4));
  if (dateYear < year) return 0;
  if (dateYear > year) return total;
  const month = Number(iso.slice(5, 7));
  const before = lengths.slice(0, month - 1).reduce((sum, days) => sum + days, 0);
  return before + Number(iso.slice(8, 10)) - 1;
}

/** The running sum at the end of each month (1–12): the chart's text alternative. ISO dates sort as strings. */
export function monthEndSums(points: readonly ChartPoint[], year: number): { month: number; cents: Cents }[] {
  return Array.from({ length: 12 }, (_, index) => {
    const end = `${year}-${String(index + 1).padStart(2, '0')}-31`;
    const last = points.filter((point) => point.date <= end).at(-1);
    return { month: index + 1, cents: last?.runningCents ?? 0 };
  });
}

export type ChartGeometry = {
  /** Step line of the running sum: flat until a payment, then up by its amount (an SVG path). */
  paidPath: string;
  paidEnd: { x: number; y: number };
  limitY: number;
  plot: { left: number; right: number; top: number; bottom: number };
  /** Month boundaries (x of the 1st) and the middle of each month for its label. */
  months: { month: number; x: number; labelX: number }[];
  /** Where the two labels go: clear of both lines, of each other and of the axis. */
  labels: { limit: PlacedLabel; paid: PlacedLabel };
  /** The lines as segments, the paid step line first: what the labels keep clear of. */
  segments: Segment[];
};

export type ChartLabels = { limit: string; paid: string };

const round = (value: number) => Math.round(value * 10) / 10;

export function chartGeometry(
  points: readonly ChartPoint[],
  limitCents: Cents,
  year: number,
  labelTexts: ChartLabels = { limit: '', paid: '' },
): ChartGeometry {
  const days = monthLengths(year).reduce((sum, length) => sum + length, 0);
  const paid = points.at(-1)?.runningCents ?? 0;
  // Headroom above the higher of limit and sum: the band above both lines always holds the labels (chart-labels.ts).
  const top = Math.max(limitCents, paid, 1) * 1.2;
  const x = (day: number) => round(chartBox.left + (day / days) * plotWidth);
  const y = (cents: number) => round(plotBottom - (cents / top) * plotHeight);
  const commands = [`M ${x(0)} ${y(0)}`];
  const corners = [{ x: x(0), y: y(0) }];
  for (const point of points) {
    const px = x(dayOfYear(point.date, year));
    commands.push(`H ${px}`, `V ${y(point.runningCents)}`);
    const previous = corners.at(-1) ?? { x: x(0), y: y(0) };
    corners.push({ x: px, y: previous.y }, { x: px, y: y(point.runningCents) });
  }
  const right = x(days);
  commands.push(`H ${right}`);
  corners.push({ x: right, y: y(paid) });
  let start = 0;
  const months = monthLengths(year).map((length, index) => {
    const month = { month: index + 1, x: x(start), labelX: x(start + length / 2) };
    start += length;
    return month;
  });
  const limitY = y(limitCents);
  const segments: Segment[] = [
    ...corners.slice(1).map((to, index) => ({ from: corners[index] ?? to, to })),
    { from: { x: x(0), y: limitY }, to: { x: right, y: limitY } },
  ];
  const area = {
    left: x(0),
    right,
    bottom: plotBottom,
    linesTop: Math.min(limitY, ...corners.map((c) => c.y)),
  };
  const [firstRow, secondRow] = bandBaselines(area.linesTop);
  const width = (text: string) => labelBox(text, 0, 0, 'start').width;
  // The limit label next to its line from the left, the sum's label next to the end of the step line from the right;
  // where a line is in the way, the band above both lines.
  const limitLabel = placeLabel(
    labelTexts.limit,
    alongLine(limitY, 'left', area, width(labelTexts.limit)),
    { x: area.left + 2, baseline: firstRow, anchor: 'start' },
    segments,
    [],
    area,
  );
  const paidLabel = placeLabel(
    labelTexts.paid,
    [
      ...alongLine(y(paid), 'right', area, width(labelTexts.paid)),
      { x: right - 2, baseline: secondRow, anchor: 'end' },
      { x: right - 2, baseline: firstRow, anchor: 'end' },
    ],
    { x: right - 2, baseline: firstRow, anchor: 'end' },
    segments,
    [limitLabel.box],
    area,
  );
  return {
    paidPath: commands.join(' '),
    paidEnd: { x: right, y: y(paid) },
    limitY,
    plot: { left: x(0), right, top: chartBox.top, bottom: plotBottom },
    months,
    labels: { limit: limitLabel, paid: paidLabel },
    segments,
  };
}
