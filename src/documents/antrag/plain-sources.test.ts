import { describe, expect, it } from 'vitest';
import { plainSources } from './plain-sources';

describe('plainSources: the law stays, internal notes, case law and insurers go', () => {
  it('drops a parenthesis that only cites case law', () => {
    expect(
      plainSources('Kind: zählt bis zum Jahr, in dem es 18 wird (BSG 26.06.2007, B 1 KR 41/06 R).'),
    ).toBe('Kind: zählt bis zum Jahr, in dem es 18 wird.');
  });

  it('keeps the paragraph of law and drops an insurer’s calculator and our own notes', () => {
    expect(plainSources('Zählt brutto (§ 62 Abs. 2 S. 1 SGB V; kkh.de Zuzahlungsrechner).')).toBe(
      'Zählt brutto (§ 62 Abs. 2 S. 1 SGB V).',
    );
    expect(plainSources('Counts (§ 62 Abs. 2 S. 1 SGB V; docs/rules/rules.md § 5).')).toBe(
      'Counts (§ 62 Abs. 2 S. 1 SGB V).',
    );
  });

  it('keeps the law of a source list and drops what insurers published', () => {
    expect(
      plainSources(
        '§ 62 Abs. 2 S. 2 SGB V; Freibeträge wie von TK und VIACTIV veröffentlicht; SV-Rechengrößenverordnung 2026, BGBl. 2025 I Nr. 278',
      ),
    ).toBe('§ 62 Abs. 2 S. 2 SGB V; SV-Rechengrößenverordnung 2026, BGBl. 2025 I Nr. 278');
  });

  it('leaves a text without such sources exactly as it is', () => {
    const text = 'Kinderfreibetrag (2 × 3.414 € + 2 × 1.464 € = 9.756 €); § 32 Abs. 6 EStG';
    expect(plainSources(text)).toBe(text);
  });
});
