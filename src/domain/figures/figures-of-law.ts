import type { FigureSource, YearFigures } from './year-figures';

// The figures of law per year, exactly as docs/rules/rules.md § 1 (normative) gives them; the research
// behind each is in docs/rules/sources.md § 1. This is the only list of supported years:
// everything else derives it via supportedYears().

const paragraph = {
  bezugsgroesse: '§ 18 Abs. 1 SGB IV (bundeseinheitlich in der Krankenversicherung)',
  firstDependant: '§ 62 Abs. 2 S. 2 SGB V: 15 % der jährlichen Bezugsgröße nach § 18 Abs. 1 SGB IV',
  furtherDependant: '§ 62 Abs. 2 S. 2 SGB V: 10 % der jährlichen Bezugsgröße nach § 18 Abs. 1 SGB IV',
  child:
    '§ 62 Abs. 2 S. 3 SGB V i. V. m. § 32 Abs. 6 S. 1 und 2 EStG (2 × Kinderfreibetrag + 2 × 1.464 € BEA)',
  regelbedarfsstufe1: '§ 62 Abs. 2 S. 5–6 SGB V i. V. m. § 28 SGB XII / § 20 SGB II (Regelbedarfsstufe 1)',
} as const;

const KASSEN = 'Freibeträge wie von TK und VIACTIV veröffentlicht';

const cite = (key: keyof typeof paragraph, source: string): FigureSource => ({
  paragraph: paragraph[key],
  source,
});

const sourcesFor = (rechengroessen: string, child: string, regelbedarf: string): YearFigures['sources'] => ({
  bezugsgroesse: cite('bezugsgroesse', rechengroessen),
  firstDependant: cite('firstDependant', `${KASSEN}; ${rechengroessen}`),
  furtherDependant: cite('furtherDependant', `10 % der Bezugsgröße (${rechengroessen})`),
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
      'SV-Rechengrößenverordnung 2021',
      `${KASSEN} (8.388 €)`,
      'Regelbedarfsstufe 1 ab 01.01.2021: 446 €',
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
      'SV-Rechengrößenverordnung 2022',
      `${KASSEN} (8.548 €, rückwirkend erhöht durch das Inflationsausgleichsgesetz, Dezember 2022)`,
      'Regelbedarfsstufe 1 ab 01.01.2022: 449 €',
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
      'SV-Rechengrößenverordnung 2023',
      `${KASSEN} (8.952 €)`,
      'Regelbedarfsstufe 1 ab 01.01.2023: 502 €',
    ),
  },
  2024: {
    year: 2024,
    status: 'final',
    bezugsgroesseCents: 4_242_000,
    firstDependantCents: 636_300,
    furtherDependantCents: 424_200,
    // Default: what the Kassen published and applied (docs/rules/rules.md § 1, 2024 note).
    childCents: 931_200,
    // Option: Gesetz zur steuerlichen Freistellung des Existenzminimums 2024 (Bundesrat 22.11.2024).
    child2024RetroactiveCents: 954_000,
    regelbedarfsstufe1MonthlyCents: 56_300,
    sources: {
      ...sourcesFor(
        'SV-Rechengrößenverordnung 2024 (§ 1 SVBezGrV 2024)',
        `${KASSEN} (9.312 €)`,
        'Regelbedarfsstufe 1 ab 01.01.2024: 563 €',
      ),
      child2024Retroactive: cite(
        'child',
        'Gesetz zur steuerlichen Freistellung des Existenzminimums 2024 (Bundesrat 22.11.2024): Kinderfreibetrag rückwirkend 3.306 € je Elternteil → 9.540 €',
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
      'SV-Rechengrößenverordnung 2025 (ein einheitlicher Wert ab 2025)',
      `${KASSEN} (9.600 €, Steuerfortentwicklungsgesetz)`,
      'Regelbedarfsstufe 1 2025: 563 € (Nullrunde)',
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
      'SV-Rechengrößenverordnung 2026, BGBl. 2025 I Nr. 278',
      'Kinderfreibetrag 3.414 € je Elternteil (2 × 3.414 € + 2 × 1.464 € = 9.756 €)',
      'Regelbedarfsstufe 1 2026: 563 € (zweite Nullrunde, Besitzschutz § 28a Abs. 5 SGB XII)',
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
      'noch nicht veröffentlicht: voraussichtlicher Wert = 2026 (SV-Rechengrößenverordnung 2026)',
      'noch nicht veröffentlicht: voraussichtlicher Wert = 2026 (9.756 €)',
      'noch nicht veröffentlicht: voraussichtlicher Wert = 2026 (563 €)',
    ),
  },
};
