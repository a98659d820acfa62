import type { Cents } from '../money/cents';

// 'provisional' marks a year whose figures of law are not yet published: docs/rules/rules.md § 1
// demands that every result and document made from it says so.
export type FigureStatus = 'final' | 'provisional';

/** Where a figure of law comes from: the paragraph that defines it and the published amount's source. */
export type FigureSource = { paragraph: string; source: string };

export type FigureKey =
  | 'bezugsgroesse'
  | 'firstDependant'
  | 'furtherDependant'
  | 'child'
  | 'regelbedarfsstufe1'
  | 'child2024Retroactive';

export type YearFigures = {
  year: number;
  status: FigureStatus;
  /** Jährliche Bezugsgröße, § 18 Abs. 1 SGB IV (the West value, nationwide in health insurance). */
  bezugsgroesseCents: Cents;
  /** 15 % of the Bezugsgröße, § 62 Abs. 2 S. 2 SGB V. */
  firstDependantCents: Cents;
  /** 10 % of the Bezugsgröße, § 62 Abs. 2 S. 2 SGB V. */
  furtherDependantCents: Cents;
  /** Per child, § 62 Abs. 2 S. 3 SGB V i. V. m. § 32 Abs. 6 S. 1 und 2 EStG. */
  childCents: Cents;
  /** Regelbedarfsstufe 1 per month, § 28 SGB XII / § 20 SGB II. */
  regelbedarfsstufe1MonthlyCents: Cents;
  /** Only 2024: the child figure after the retroactive raise of November 2024 (an option, docs/rules/rules.md § 1). */
  child2024RetroactiveCents?: Cents;
  sources: Record<Exclude<FigureKey, 'child2024Retroactive'>, FigureSource> & {
    child2024Retroactive?: FigureSource;
  };
};
