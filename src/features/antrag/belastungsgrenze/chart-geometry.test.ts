import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chartBox, chartGeometry, dayOfYear, monthEndSums } from './chart-geometry';

describe('chart geometry', () => {
  it('counts days of the year from the strings, leap years included, holding other years at the edges', () => {
    expect(dayOfYear('2026-01-01', 2026)).toBe(0);
    expect(dayOfYear('2026-03-01', 2026)).toBe(59);
    expect(dayOfYear('2024-03-01', 2024)).toBe(60);
    expect(dayOfYear('2026-12-31', 2026)).toBe(364);
    expect(dayOfYear('2025-12-31', 2026)).toBe(0);
    expect(dayOfYear('2027-01-01', 2026)).toBe(365);
  });

  it('gives the running sum at each month end, 0 before the first payment', () => {
    const sums = monthEndSums(
      [
        { date: '2026-02-28', runningCents: 500 },
        { date: '2026-03-01', runningCents: 800 },
        { date: '2026-03-31', runningCents: 1_000 },
      ],
      2026,
    );
    expect(sums.slice(0, 4)).toEqual([
      { month: 1, cents: 0 },
      { month: 2, cents: 500 },
      { month: 3, cents: 1_000 },
      { month: 4, cents: 1_000 },
    ]);
    expect(sums).toHaveLength(12);
  });

  it('draws a step line from 0 on 1 January to the year end, and the limit inside the box', () => {
    const geometry = chartGeometry([{ date: '2026-07-02', runningCents: 2_000 }], 1_000, 2026);
    expect(geometry.paidPath.startsWith(`M ${chartBox.left} ${geometry.plot.bottom} H `)).toBe(true);
    expect(geometry.paidPath.endsWith(`H ${geometry.plot.right}`)).toBe(true);
    expect(geometry.paidEnd.y).toBeGreaterThan(geometry.plot.top);
    expect(geometry.limitY).toBeGreaterThan(geometry.paidEnd.y);
    expect(geometry.limitY).toBeLessThan(geometry.plot.bottom);
    expect(geometry.months).toHaveLength(12);
  });
});

// Independent of chart-labels.ts on purpose: a box and a horizontal or vertical segment (the chart draws only those)
// touch when the segment's span meets the box on both axes, `gap` units around the box included.
const touches = (
  box: { x: number; y: number; width: number; height: number },
  line: { from: { x: number; y: number }; to: { x: number; y: number } },
  gap: number,
) =>
  Math.max(line.from.x, line.to.x) >= box.x - gap &&
  Math.min(line.from.x, line.to.x) <= box.x + box.width + gap &&
  Math.max(line.from.y, line.to.y) >= box.y - gap &&
  Math.min(line.from.y, line.to.y) <= box.y + box.height + gap;

const money = (cents: number) => `${(cents / 100).toFixed(2).replace('.', ',')}\u00a0€`;

const timelines = fc
  .array(fc.record({ day: fc.integer({ min: 0, max: 364 }), cents: fc.integer({ min: 1, max: 200_000 }) }), {
    maxLength: 40,
  })
  .map((payments) => {
    let running = 0;
    return [...payments]
      .sort((a, b) => a.day - b.day)
      .map(({ day, cents }) => {
        running += cents;
        const date = new Date(Date.UTC(2026, 0, 1 + day)).toISOString().slice(0, 10);
        return { date, runningCents: running };
      });
  });

describe('chart labels', () => {
  it('keeps both labels clear of the step line, the limit line, each other and the axis, for any year', () => {
    fc.assert(
      fc.property(
        timelines,
        fc.integer({ min: 1, max: 2_000_000 }),
        fc.constantFrom('Belastungsgrenze ', 'Limit ', 'Your limit for the year '),
        fc.constantFrom('Gezahlt ', 'Paid ', 'Bisher angerechnet '),
        (timeline, limitCents, limitWord, paidWord) => {
          const paid = timeline.at(-1)?.runningCents ?? 0;
          const texts = { limit: limitWord + money(limitCents), paid: paidWord + money(paid) };
          const geometry = chartGeometry(timeline, limitCents, 2026, texts);
          const { limit, paid: paidLabel } = geometry.labels;
          for (const [label, text] of [
            [limit, texts.limit],
            [paidLabel, texts.paid],
          ] as const) {
            // The box is at least as wide as 12px bold text needs: no passing by shrinking it.
            expect(label.box.width).toBeGreaterThanOrEqual(text.length * 7);
            expect(label.box.y).toBeGreaterThanOrEqual(0);
            expect(label.box.y + label.box.height).toBeLessThan(geometry.plot.bottom);
            expect(label.box.x).toBeGreaterThanOrEqual(0);
            expect(label.box.x + label.box.width).toBeLessThanOrEqual(chartBox.width);
            for (const line of geometry.segments) expect(touches(label.box, line, 1.5)).toBe(false);
          }
          const apart =
            limit.box.x + limit.box.width <= paidLabel.box.x ||
            paidLabel.box.x + paidLabel.box.width <= limit.box.x ||
            limit.box.y + limit.box.height <= paidLabel.box.y ||
            paidLabel.box.y + paidLabel.box.height <= limit.box.y;
          expect(apart).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('describes exactly the drawn path and the limit line with its segments', () => {
    const geometry = chartGeometry(
      [
        { date: '2026-02-01', runningCents: 5_000 },
        { date: '2026-06-01', runningCents: 20_000 },
      ],
      10_000,
      2026,
      { limit: 'Belastungsgrenze 100,00 €', paid: 'Gezahlt 200,00 €' },
    );
    const corners = geometry.segments.slice(0, -1).flatMap((segment) => [segment.from, segment.to]);
    // Every corner of the step line is on the path, and the last segment is the limit line across the plot.
    for (const corner of corners) {
      expect(geometry.paidPath).toMatch(
        new RegExp(`(H ${corner.x}|V ${corner.y}|M ${corner.x} ${corner.y})`),
      );
    }
    expect(geometry.segments.at(-1)).toEqual({
      from: { x: geometry.plot.left, y: geometry.limitY },
      to: { x: geometry.plot.right, y: geometry.limitY },
    });
  });

  it('puts the labels next to their own lines when nothing is in the way', () => {
    // One payment early in the year, well below the limit: the limit label sits just above the limit line at the
    // left, the paid label just above the end of the step line at the right.
    const geometry = chartGeometry([{ date: '2026-01-10', runningCents: 2_000 }], 30_000, 2026, {
      limit: 'Belastungsgrenze 300,00 €',
      paid: 'Gezahlt 20,00 €',
    });
    const { limit, paid } = geometry.labels;
    expect(limit.anchor).toBe('start');
    expect(limit.box.y + limit.box.height).toBeLessThanOrEqual(geometry.limitY);
    expect(geometry.limitY - (limit.box.y + limit.box.height)).toBeLessThan(6);
    expect(paid.anchor).toBe('end');
    expect(paid.x).toBeCloseTo(geometry.plot.right - 2);
    expect(paid.box.y + paid.box.height).toBeLessThanOrEqual(geometry.paidEnd.y);
  });
});
