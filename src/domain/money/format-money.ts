import type { Cents } from './cents';
import { isCents } from './cents';

export type MoneyLocale = 'de' | 'en';

// Works on the decimal digits of the integer, never on a float, so it is exact up to
// Number.MAX_SAFE_INTEGER cents. German style (DIN 5008): "1.234,56 €"; English: "€1,234.56".
// A no-break space (U+00A0) precedes the euro sign, as Intl.NumberFormat('de-DE') writes it: a narrow screen must
// never wrap "141,69" and "€" onto two lines. Screen readers and copy-and-paste read it as a space.
const NBSP = '\u00a0';

export const formatMoney = (cents: Cents, locale: MoneyLocale): string => {
  if (!isCents(cents)) throw new RangeError(`Not an integer cent amount: ${cents}`);
  const digits = String(Math.abs(cents)).padStart(3, '0');
  const euros = digits.slice(0, -2);
  const rest = digits.slice(-2);
  const sign = cents < 0 ? '-' : '';
  const group = (separator: string) => euros.replace(/\B(?=(\d{3})+$)/g, separator);
  return locale === 'de' ? `${sign}${group('.')},${rest}${NBSP}€` : `${sign}€${group(',')}.${rest}`;
};
