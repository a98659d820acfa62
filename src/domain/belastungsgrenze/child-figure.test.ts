import { describe, expect, it } from 'vitest';
import { figuresOfLaw } from '../figures/figures-of-law';
import { childFigure } from './child-figure';

describe('childFigure (docs/rules/rules.md § 1, 2024 note)', () => {
  const y2024 = figuresOfLaw[2024]!;
  const y2025 = figuresOfLaw[2025]!;

  it('uses the published 9.312 € for 2024 by default', () => {
    expect(childFigure(y2024, {})).toMatchObject({
      cents: 931_200,
      applied: { child2024Retroactive: false },
    });
  });

  it('uses the retroactive 9.540 € for 2024 when asked, with its own source', () => {
    const figure = childFigure(y2024, { child2024Retroactive: true });
    expect(figure).toMatchObject({ cents: 954_000, applied: { child2024Retroactive: true } });
    expect(figure.source.source).toContain('Existenzminimums 2024');
  });

  it('ignores the option in a year without an alternative figure', () => {
    expect(childFigure(y2025, { child2024Retroactive: true })).toMatchObject({
      cents: 960_000,
      applied: { child2024Retroactive: false },
    });
  });
});
