import type { Cents } from '../../../domain/money/cents';

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
};

const round = (value: number) => Math.round(value * 10) / 10;

export function chartGeometry(points: readonly ChartPoint[], limitCents: Cents, year: number): ChartGeometry {
  const days = monthLengths(year).reduce((sum, length) => sum + length, 0);
  const paid = points.at(-1)?.runningCents ?? 0;
  // Headroom above the higher of limit and sum, so that the labels above the lines stay inside the box.
  const top = Math.max(limitCents, paid, 1) * 1.15;
  const x = (day: number) => round(chartBox.left + (day / days) * plotWidth);
  const y = (cents: number) => round(plotBottom - (cents / top) * plotHeight);
  const commands = [`M ${x(0)} ${y(0)}`];
  for (const point of points) {
    const px = x(dayOfYear(point.date, year));
    commands.push(`H ${px}`, `V ${y(point.runningCents)}`);
  }
  const right = x(days);
  commands.push(`H ${right}`);
  let start = 0;
  const months = monthLengths(year).map((length, index) => {
    const month = { month: index + 1, x: x(start), labelX: x(start + length / 2) };
    start += length;
    return month;
  });
  return {
    paidPath: commands.join(' '),
    paidEnd: { x: right, y: y(paid) },
    limitY: y(limitCents),
    plot: { left: x(0), right, top: chartBox.top, bottom: plotBottom },
    months,
  };
}
