import { describe, expect, it } from 'vitest';
import { limitCentsFor } from '../belastungsgrenze/limit-cents';
import { figuresOfLaw } from './figures-of-law';
import { supportedYears } from './figures-for-year';

const all = () => supportedYears().map((year) => figuresOfLaw[year]!);

// The flat limits of docs/rules/rules.md § 1 (2 % / 1 % of 12 × Regelbedarfsstufe 1), in cents.
const flatLimits: Record<number, [number, number]> = {
  2021: [10_704, 5_352],
  2022: [10_776, 5_388],
  2023: [12_048, 6_024],
  2024: [13_512, 6_756],
  2025: [13_512, 6_756],
  2026: [13_512, 6_756],
  2027: [13_512, 6_756],
};

describe('figures of law (docs/rules/rules.md § 1)', () => {
  it('covers 2021–2027, each keyed by its own year', () => {
    expect(supportedYears()).toEqual([2021, 2022, 2023, 2024, 2025, 2026, 2027]);
    for (const figures of all()) expect(figuresOfLaw[figures.year]).toBe(figures);
  });

  it('has the 15 % and 10 % figures equal to those percentages of the Bezugsgröße (§ 62 Abs. 2 S. 2 SGB V)', () => {
    for (const f of all()) {
      expect(f.firstDependantCents * 100).toBe(f.bezugsgroesseCents * 15);
      expect(f.furtherDependantCents * 100).toBe(f.bezugsgroesseCents * 10);
    }
  });

  it('gives the flat limits of docs/rules/rules.md: 2 % / 1 % of 12 × Regelbedarfsstufe 1', () => {
    for (const f of all()) {
      const gross = 12 * f.regelbedarfsstufe1MonthlyCents;
      expect([limitCentsFor(gross, 2), limitCentsFor(gross, 1)]).toEqual(flatLimits[f.year]);
    }
  });

  it('has the child figures of docs/rules/rules.md, 2024 with the retroactive 9.540 € only as an option', () => {
    expect(all().map((f) => f.childCents)).toEqual([
      838_800, 854_800, 895_200, 931_200, 960_000, 975_600, 975_600,
    ]);
    expect(figuresOfLaw[2024]?.child2024RetroactiveCents).toBe(954_000);
    expect(figuresOfLaw[2024]?.sources.child2024Retroactive?.source).toContain('9.540');
    const others = all().filter((f) => f.year !== 2024);
    expect(others.every((f) => f.child2024RetroactiveCents === undefined)).toBe(true);
  });

  it('marks only 2027 provisional, with 2026 figures as voraussichtliche Werte', () => {
    expect(
      all()
        .filter((f) => f.status === 'provisional')
        .map((f) => f.year),
    ).toEqual([2027]);
    const { year: _a, status: _b, sources: _c, ...y2026 } = figuresOfLaw[2026]!;
    const { year: _d, status: _e, sources: _f, ...y2027 } = figuresOfLaw[2027]!;
    expect(y2027).toEqual(y2026);
  });

  it('cites a paragraph and a source for every figure', () => {
    for (const f of all()) {
      for (const citation of Object.values(f.sources)) {
        expect(citation.paragraph).toMatch(/§/);
        expect(citation.source.length).toBeGreaterThan(5);
      }
    }
    expect(figuresOfLaw[2026]?.sources.bezugsgroesse.source).toContain('BGBl. 2025 I Nr. 278');
  });
});
