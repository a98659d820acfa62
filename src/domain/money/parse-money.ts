import type { Result } from '../validation/result';
import { fail, ok } from '../validation/result';
import type { Cents } from './cents';

// Reads an amount the way people in Germany type it ("1.234,56 €", "12,50", "12.5",
// "1 234,56", "EUR 12,-") into exact integer cents. Nothing is ever rounded: a third
// decimal is an error, because silently dropping it would change what the user said.

const CURRENCY_PREFIX = /^(?:€|eur(?:o)?)\s*/i;
const CURRENCY_SUFFIX = /\s*(?:€|eur(?:o)?)$/i;
// "12,-" (and "12,–") is the German shorthand for whole euros.
const WHOLE_EUROS_DASH = /,[-–]$/;
const MINUS = /^[-−–]|[-−–]$/;
// \s covers the no-break and narrow no-break spaces used as thousands separators.
const SPACE = /\s/;

type Separator = ',' | '.';

const count = (text: string, char: Separator): number => text.split(char).length - 1;

const stripCurrency = (text: string): string => {
  const withoutPrefix = text.replace(CURRENCY_PREFIX, '');
  // Only one currency mark: "€ 12 €" keeps its second sign and fails as a stray character.
  return withoutPrefix !== text ? withoutPrefix : text.replace(CURRENCY_SUFFIX, '');
};

const malformedGrouping = () =>
  fail<Cents>(
    'money.malformedGrouping',
    'Tausenderpunkte stehen immer vor genau drei Ziffern, zum Beispiel 1.234.567,89 €. Bitte prüfen Sie die Punkte oder lassen Sie sie weg.',
    'Thousands separators always come before exactly three digits, for example 1,234,567.89. Please check them or leave them out.',
  );

// Decides which separator (if any) marks the cents and which groups thousands.
// A separator that occurs more than once can only group thousands; with both kinds
// present the last one is the decimal separator; a lone dot before exactly three
// digits groups thousands ("1.234" is 1.234 €), as Germans write it.
const classify = (text: string): { decimal?: Separator; group?: Separator } | 'multiple' => {
  const commas = count(text, ',');
  const dots = count(text, '.');
  if (commas > 0 && dots > 0) {
    const decimal: Separator = text.lastIndexOf(',') > text.lastIndexOf('.') ? ',' : '.';
    if (count(text, decimal) > 1) return 'multiple';
    return { decimal, group: decimal === ',' ? '.' : ',' };
  }
  if (commas > 0) return commas === 1 ? { decimal: ',' } : { group: ',' };
  if (dots === 0) return {};
  const [before = '', after = ''] = text.split('.');
  const thousands = dots > 1 || (/^\d{3}$/.test(after) && /[1-9]/.test(before));
  return thousands ? { group: '.' } : { decimal: '.' };
};

// Joins the digit groups of the euro part, or returns undefined if they are not in threes.
const joinGroups = (integerPart: string, group: Separator | undefined): string | undefined => {
  const hasSpace = SPACE.test(integerPart);
  const hasGroup = group !== undefined && integerPart.includes(group);
  if (hasSpace && hasGroup) return undefined;
  if (!hasSpace && !hasGroup) return integerPart;
  const groups = hasSpace ? integerPart.split(SPACE) : integerPart.split(group ?? '');
  const [first = '', ...rest] = groups;
  const valid = /^[1-9]\d{0,2}$/.test(first) && rest.every((g) => /^\d{3}$/.test(g));
  return valid ? groups.join('') : undefined;
};

export const parseMoney = (input: string): Result<Cents> => {
  const trimmed = input.trim();
  if (trimmed === '') {
    return fail(
      'money.empty',
      'Bitte geben Sie einen Betrag ein, zum Beispiel 12,50.',
      'Please enter an amount, for example 12.50.',
    );
  }
  const text = stripCurrency(trimmed).replace(WHOLE_EUROS_DASH, ',');
  if (MINUS.test(text)) {
    return fail(
      'money.negative',
      'Der Betrag darf nicht negativ sein. Bitte geben Sie ihn ohne Minuszeichen ein.',
      'The amount cannot be negative. Please enter it without a minus sign.',
    );
  }
  if (/[^\d.,\s]/.test(text)) {
    return fail(
      'money.invalidCharacters',
      'Der Betrag darf nur Ziffern, Komma, Punkt und das Eurozeichen enthalten, zum Beispiel 1.234,56 €.',
      'The amount may only contain digits, a comma, a dot and the euro sign, for example €1,234.56.',
    );
  }
  if (!/\d/.test(text)) {
    return fail(
      'money.noDigits',
      'Der Betrag enthält keine Ziffern. Bitte geben Sie ihn in Euro ein, zum Beispiel 12,50.',
      'The amount contains no digits. Please enter it in euros, for example 12.50.',
    );
  }
  const kind = classify(text);
  if (kind === 'multiple') {
    return fail(
      'money.multipleDecimalSeparators',
      'Der Betrag hat mehr als ein Dezimalkomma. Bitte setzen Sie genau ein Komma vor die Cent, zum Beispiel 1.234,56.',
      'The amount has more than one decimal separator. Please put exactly one before the cents, for example 1,234.56.',
    );
  }
  const cut = kind.decimal === undefined ? text.length : text.indexOf(kind.decimal);
  const fraction = text.slice(cut + 1);
  if (!/^\d*$/.test(fraction)) {
    return fail(
      'money.malformedDecimals',
      'Nach dem Komma dürfen nur Ziffern stehen, zum Beispiel 12,50.',
      'Only digits may follow the decimal separator, for example 12.50.',
    );
  }
  if (fraction.length > 2) {
    return fail(
      'money.tooManyDecimals',
      'Bitte geben Sie höchstens zwei Nachkommastellen (Cent) an, zum Beispiel 12,50. Der Betrag wird nicht gerundet.',
      'Please enter at most two decimal places (cents), for example 12.50. The amount is not rounded.',
    );
  }
  const euros = joinGroups(text.slice(0, cut), kind.group);
  if (euros === undefined) return malformedGrouping();
  // BigInt keeps arbitrarily long digit strings exact until the range check.
  const cents = BigInt(euros === '' ? '0' : euros) * 100n + BigInt(fraction.padEnd(2, '0'));
  if (cents > BigInt(Number.MAX_SAFE_INTEGER)) {
    return fail(
      'money.tooLarge',
      'Der Betrag ist zu groß. Bitte prüfen Sie, ob Sie sich vertippt haben.',
      'The amount is too large. Please check for a typing mistake.',
    );
  }
  return ok(Number(cents));
};
