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
