import type { FigureSource, YearFigures } from './year-figures';

// The figures of law per year, exactly as docs/rules/rules.md § 1 (normative) gives them; the research
// behind each is in docs/rules/sources.md § 1. This is the only list of supported years:
// everything else derives it via supportedYears().

// Each figure cites the paragraph that defines it and the primary source of its amount (the law, the
// Bundesgesetzblatt, the Sozialversicherungs-Rechengrößenverordnung; docs/rules/sources.md § 1), never an insurer's
// page. Applicants see these citations beside the figures in both languages, so they are citations only: law names
// and amounts, no German sentences (docs/rules/plain-language.md).
const paragraph = {
  bezugsgroesse: '§ 18 Abs. 1 SGB IV',
  firstDependant: '§ 62 Abs. 2 S. 2 SGB V (15 %), § 18 Abs. 1 SGB IV',
  furtherDependant: '§ 62 Abs. 2 S. 2 SGB V (10 %), § 18 Abs. 1 SGB IV',
  child: '§ 62 Abs. 2 S. 3 SGB V, § 32 Abs. 6 S. 1 und 2 EStG',
  regelbedarfsstufe1: '§ 62 Abs. 2 S. 5–6 SGB V, § 28 SGB XII, § 20 SGB II',
} as const;

const cite = (key: keyof typeof paragraph, source: string): FigureSource => ({
  paragraph: paragraph[key],
  source,
});

/** The child figure: twice the Kinderfreibetrag of that year plus twice the BEA-Freibetrag of 1.464 €. */
const childSource = (year: number, perParent: string, total: string, law?: string): string =>
  `EStG ${year}${law ? ` (${law})` : ''}: 2 × ${perParent} + 2 × 1.464 € = ${total}`;

const sourcesFor = (rechengroessen: string, child: string, regelbedarf: string): YearFigures['sources'] => ({
  bezugsgroesse: cite('bezugsgroesse', rechengroessen),
  firstDependant: cite('firstDependant', rechengroessen),
  furtherDependant: cite('furtherDependant', rechengroessen),
  child: cite('child', child),
  regelbedarfsstufe1: cite('regelbedarfsstufe1', regelbedarf),
});

export const figuresOfLaw: Readonly<Record<number, YearFigures>> = {
  2021: {
    year: 2021,
    status: 'final',
    bezugsgroesseCents: 3_948_000,
    firstDependantCents: 592_200,
    furtherDependantCents: 394_800,
    childCents: 838_800,
    regelbedarfsstufe1MonthlyCents: 44_600,
    sources: sourcesFor(
      'Sozialversicherungs-Rechengrößenverordnung 2021',
      childSource(2021, '2.730 €', '8.388 €'),
      'Anlage zu § 28 SGB XII, 2021: 446 €',
    ),
  },
  2022: {
    year: 2022,
    status: 'final',
    bezugsgroesseCents: 3_948_000,
    firstDependantCents: 592_200,
    furtherDependantCents: 394_800,
    childCents: 854_800,
    regelbedarfsstufe1MonthlyCents: 44_900,
    sources: sourcesFor(
      'Sozialversicherungs-Rechengrößenverordnung 2022',
      childSource(2022, '2.810 €', '8.548 €', 'Inflationsausgleichsgesetz'),
      'Anlage zu § 28 SGB XII, 2022: 449 €',
    ),
  },
  2023: {
    year: 2023,
    status: 'final',
    bezugsgroesseCents: 4_074_000,
    firstDependantCents: 611_100,
    furtherDependantCents: 407_400,
    childCents: 895_200,
    regelbedarfsstufe1MonthlyCents: 50_200,
    sources: sourcesFor(
      'Sozialversicherungs-Rechengrößenverordnung 2023',
      childSource(2023, '3.012 €', '8.952 €'),
      'Anlage zu § 28 SGB XII, 2023: 502 €',
    ),
  },
  2024: {
    year: 2024,
    status: 'final',
    bezugsgroesseCents: 4_242_000,
    firstDependantCents: 636_300,
    furtherDependantCents: 424_200,
    // Default: the amount the health insurers applied (docs/rules/rules.md § 1, 2024 note).
    childCents: 931_200,
    // Option: Gesetz zur steuerlichen Freistellung des Existenzminimums 2024 (Bundesrat 22.11.2024).
    child2024RetroactiveCents: 954_000,
    regelbedarfsstufe1MonthlyCents: 56_300,
    sources: {
      ...sourcesFor(
        'Sozialversicherungs-Rechengrößenverordnung 2024 (§ 1 SVBezGrV 2024)',
        childSource(2024, '3.192 €', '9.312 €'),
        'Anlage zu § 28 SGB XII, 2024: 563 €',
      ),
      child2024Retroactive: cite(
        'child',
        childSource(
          2024,
          '3.306 €',
          '9.540 €',
          'Gesetz zur steuerlichen Freistellung des Existenzminimums 2024',
        ),
      ),
    },
  },
  2025: {
    year: 2025,
    status: 'final',
    bezugsgroesseCents: 4_494_000,
    firstDependantCents: 674_100,
    furtherDependantCents: 449_400,
    childCents: 960_000,
    regelbedarfsstufe1MonthlyCents: 56_300,
    sources: sourcesFor(
      'Sozialversicherungs-Rechengrößenverordnung 2025',
      childSource(2025, '3.336 €', '9.600 €', 'Steuerfortentwicklungsgesetz'),
      'Anlage zu § 28 SGB XII, 2025: 563 €',
    ),
  },
  2026: {
    year: 2026,
    status: 'final',
    bezugsgroesseCents: 4_746_000,
    firstDependantCents: 711_900,
    furtherDependantCents: 474_600,
    childCents: 975_600,
    regelbedarfsstufe1MonthlyCents: 56_300,
    sources: sourcesFor(
      'Sozialversicherungs-Rechengrößenverordnung 2026, BGBl. 2025 I Nr. 278',
      childSource(2026, '3.414 €', '9.756 €'),
      'Anlage zu § 28 SGB XII, § 28a Abs. 5 SGB XII, 2026: 563 €',
    ),
  },
  // Nothing published yet: 2026's figures as "voraussichtliche Werte" (docs/rules/rules.md § 1).
  2027: {
    year: 2027,
    status: 'provisional',
    bezugsgroesseCents: 4_746_000,
    firstDependantCents: 711_900,
    furtherDependantCents: 474_600,
    childCents: 975_600,
    regelbedarfsstufe1MonthlyCents: 56_300,
    sources: sourcesFor(
      // Citations only; the provisional state is said in words by every result (docs/rules/rules.md § 1).
      '2027 = 2026: Sozialversicherungs-Rechengrößenverordnung 2026, BGBl. 2025 I Nr. 278',
      `2027 = 2026: ${childSource(2026, '3.414 €', '9.756 €')}`,
      '2027 = 2026: Anlage zu § 28 SGB XII, 563 €',
    ),
  },
};
