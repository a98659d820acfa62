import { describe, expect, it } from 'vitest';
import { keepTogether } from './keep-together';
import { wrapText } from './wrap-text';

const nbsp = '\u00a0';

describe('keepTogether', () => {
  it('joins paragraph signs, their numbers and the code with no-break spaces', () => {
    expect(keepTogether('(§ 62 Abs. 2 S. 1 SGB V)')).toBe(`(§${nbsp}62 Abs.${nbsp}2 S.${nbsp}1 SGB${nbsp}V)`);
    expect(keepTogether('§§ 61, 62 SGB XII')).toBe(`§§${nbsp}61, 62 SGB${nbsp}XII`);
  });

  it('keeps an amount with "€", a rate with "%" and a time with "Uhr"', () => {
    expect(keepTogether('2 × 1.464 € = 15 % um 10:30 Uhr')).toBe(
      `2 × 1.464${nbsp}€ = 15${nbsp}% um 10:30${nbsp}Uhr`,
    );
  });

  it('leaves other spaces alone', () => {
    expect(keepTogether('Ich versichere, dass meine Angaben richtig sind.')).toBe(
      'Ich versichere, dass meine Angaben richtig sind.',
    );
  });

  it('so a narrow line breaks before "§ 62", never inside it', () => {
    const lines = wrapText(keepTogether('zählt immer (§ 62 SGB V)'), 14, (s) => s.length);
    expect(lines).toEqual(['zählt immer', `(§${nbsp}62 SGB${nbsp}V)`]);
  });
});
