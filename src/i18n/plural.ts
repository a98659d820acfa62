/**
 * The message key for a count: `base.one` for exactly 1, `base.other` for every other number (0 included), which
 * is the rule of German and English (Intl.PluralRules gives the same for both). A table defines both keys, so that
 * "1 Datei" and "2 Dateien", "1 von 6 Abschnitten ist erledigt" and "2 von 6 Abschnitten sind erledigt" are each
 * whole sentences a translator can see; the type makes a caller fail to compile when one form is missing.
 */
export type PluralKey<B extends string> = `${B}.one` | `${B}.other`;

export function pluralKey<const B extends string>(base: B, count: number): PluralKey<B> {
  return (count === 1 ? `${base}.one` : `${base}.other`) as PluralKey<B>;
}
