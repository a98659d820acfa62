import type { Cents } from '../money/cents';
import type { FigureKey, FigureSource, YearFigures } from '../figures/year-figures';
import type { ChildFigure } from './child-figure';
import type { Deduction } from './household-deductions';

export type FigureUsed = { key: FigureKey; cents: Cents } & FigureSource;

/** The figures of law a result actually relied on, each with paragraph and source (for the preview and PDF). */
export const figuresUsed = (
  figures: YearFigures,
  flatWelfare: boolean,
  deductions: readonly Deduction[],
  child: ChildFigure,
): FigureUsed[] => {
  const { sources } = figures;
  if (flatWelfare) {
    return [
      {
        key: 'regelbedarfsstufe1',
        cents: figures.regelbedarfsstufe1MonthlyCents,
        ...sources.regelbedarfsstufe1,
      },
    ];
  }
  const kinds = new Set(deductions.map((d) => d.kind));
  const used: FigureUsed[] = [];
  if (kinds.has('firstDependant') || kinds.has('furtherDependant')) {
    used.push({ key: 'bezugsgroesse', cents: figures.bezugsgroesseCents, ...sources.bezugsgroesse });
  }
  if (kinds.has('firstDependant')) {
    used.push({ key: 'firstDependant', cents: figures.firstDependantCents, ...sources.firstDependant });
  }
  if (kinds.has('furtherDependant')) {
    used.push({ key: 'furtherDependant', cents: figures.furtherDependantCents, ...sources.furtherDependant });
  }
  if (kinds.has('child')) {
    const key = child.applied.child2024Retroactive ? 'child2024Retroactive' : 'child';
    used.push({ key, cents: child.cents, ...child.source });
  }
  return used;
};
