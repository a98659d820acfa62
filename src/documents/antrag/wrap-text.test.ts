import { describe, expect, it } from 'vitest';
import { wrapText } from './wrap-text';

// One unit per character keeps the cases readable.
const measure = (s: string) => [...s].length;

describe('wrapText', () => {
  it.each([
    ['fits on one line', 'Apotheke am Markt', 20, ['Apotheke am Markt']],
    ['breaks at spaces', 'Apotheke am Markt', 10, ['Apotheke', 'am Markt']],
    ['keeps line feeds', 'Apotheke\nRezept', 20, ['Apotheke', 'Rezept']],
    ['cuts a word wider than the line', 'Kompressionsstrümpfe', 8, ['Kompress', 'ionsstrü', 'mpfe']],
    ['continues after a cut word', 'abcdefghij kl', 4, ['abcd', 'efgh', 'ij', 'kl']],
    ['never breaks at a no-break space that fits', 'Summe 1.234,56\u00a0€', 10, ['Summe', '1.234,56\u00a0€']],
    ['gives one empty line for empty text', '', 10, ['']],
  ])('%s', (_, text, width, lines) => {
    expect(wrapText(text, width, measure)).toEqual(lines);
  });

  it('never returns a line wider than the width', () => {
    const text = 'Universitätsklinikum Carl Gustav Carus Dresden, Klinik und Poliklinik für Innere Medizin';
    for (const width of [3, 7, 12, 25]) {
      for (const line of wrapText(text, width, measure)) expect(measure(line)).toBeLessThanOrEqual(width);
    }
  });
});
