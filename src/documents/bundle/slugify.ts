// File names a caseworker can read and every file system accepts: German umlauts spelled out, other accents
// dropped, everything else a hyphen.
const germanLetters: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };

export function slugify(text: string, maxLength = 40): string {
  const spelled = text
    .toLowerCase()
    .replace(/[äöüß]/g, (letter) => germanLetters[letter] ?? letter)
    // "é" becomes "e" + a combining accent, which the next step turns into nothing.
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return spelled.slice(0, maxLength).replace(/-+$/, '');
}
