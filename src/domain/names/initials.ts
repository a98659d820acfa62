/**
 * The initials a "befreit" answer shows (ADR 0026): the first letter of the first given name and of the family
 * name, each upper-cased and followed by ". ", trimmed — "Erika Maria", "Mustermann" → "E. M.". They let the
 * counter staff see that they typed the right patient's number, nothing more.
 *
 * A name may start with a character that is not a letter (an apostrophe, a digit typed by mistake): the first
 * letter counts. A letter with no capital form (a script without case) is skipped, so the initials only ever hold
 * capital letters, as the contract demands; an empty result means no initial could be formed at all.
 */
const firstLetter = (name: string): string | undefined => {
  const letter = /\p{L}/u.exec(name.normalize('NFC'))?.[0];
  if (letter === undefined) return undefined;
  // toUpperCase may give two characters ("ß" → "SS"); the first one is the initial.
  const upper = [...letter.toUpperCase()][0];
  return upper !== undefined && /^\p{Lu}$/u.test(upper) ? upper : undefined;
};

export function initialsOf(givenName: string, familyName: string): string {
  const firstGivenName = givenName.trim().split(/\s+/u)[0] ?? '';
  return [firstLetter(firstGivenName), firstLetter(familyName)]
    .filter((letter): letter is string => letter !== undefined)
    .map((letter) => `${letter}. `)
    .join('')
    .trim();
}
