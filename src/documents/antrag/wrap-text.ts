/**
 * Breaks text into lines no wider than `maxWidth` (as measured by `measure`). Breaks at spaces
 * and at line feeds; a word wider than a whole line (an e-mail address, a provider's name without
 * spaces) is cut between characters, because nothing may be drawn outside the page margins.
 * A no-break space never breaks ("1.234,56 €" stays on one line unless it alone is too wide).
 */
export const wrapText = (text: string, maxWidth: number, measure: (s: string) => number): string[] => {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(' ').filter((w) => w !== '')) {
      const candidate = line === '' ? word : `${line} ${word}`;
      if (measure(candidate) <= maxWidth) {
        line = candidate;
        continue;
      }
      if (line !== '') lines.push(line);
      line = '';
      for (const piece of cutWord(word, maxWidth, measure)) {
        if (line !== '') lines.push(line);
        line = piece;
      }
    }
    lines.push(line);
  }
  return lines;
};

/** Cuts a word into pieces that fit; the last piece may be continued by the next word. */
const cutWord = (word: string, maxWidth: number, measure: (s: string) => number): string[] => {
  if (measure(word) <= maxWidth) return [word];
  const pieces: string[] = [];
  let piece = '';
  for (const char of word) {
    if (piece !== '' && measure(piece + char) > maxWidth) {
      pieces.push(piece);
      piece = '';
    }
    piece += char;
  }
  pieces.push(piece);
  return pieces;
};
