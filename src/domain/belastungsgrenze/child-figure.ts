import type { Cents } from '../money/cents';
import type { FigureSource, YearFigures } from '../figures/year-figures';

export type RuleOptions = {
  /**
   * 2024 only: use 9.540 € per child (Kinderfreibetrag raised retroactively in November 2024)
   * instead of the 9.312 € the Kassen published (docs/rules/rules.md § 1, 2024 note). Ignored for a year
   * that has no such alternative.
   */
  child2024Retroactive?: boolean;
};

export type AppliedRuleOptions = { child2024Retroactive: boolean };

export type ChildFigure = { cents: Cents; source: FigureSource; applied: AppliedRuleOptions };

export const childFigure = (figures: YearFigures, options: RuleOptions): ChildFigure => {
  const alternative = figures.child2024RetroactiveCents;
  const alternativeSource = figures.sources.child2024Retroactive;
  if (options.child2024Retroactive === true && alternative !== undefined && alternativeSource !== undefined) {
    return { cents: alternative, source: alternativeSource, applied: { child2024Retroactive: true } };
  }
  return {
    cents: figures.childCents,
    source: figures.sources.child,
    applied: { child2024Retroactive: false },
  };
};
