// File names in a bundle come from strangers. Printed to a terminal or shown on a page, a control character can
// move the cursor, clear the line or ring the bell, and a bidirectional override (Unicode TR 9) can make
// "rechnung\u202Efdp.exe" read as "rechnungexe.pdf". Every such character becomes a visible escape instead.

/**
 * C0 and C1 controls, DEL, the line and paragraph separators, and every character that changes the direction
 * of text: LRM/RLM (U+200E/F), the Arabic letter mark (U+061C), the embeddings and overrides (U+202A–U+202E)
 * and the isolates (U+2066–U+2069).
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what is escaped here
const unsafe = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g;

const escape = (char: string) => `\\u${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * `text` with every unsafe character written as `\uXXXX`, e.g. "a\u202Eb" for a right-to-left override.
 * A backslash stays as it is, so escaping twice changes nothing more (the CLI escapes whole lines whose names
 * bundle-problem.ts escaped already); names with a backslash are refused by the reader anyway.
 */
export const displayName = (text: string): string => text.replace(unsafe, escape);
