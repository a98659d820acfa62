import { formatMoney } from '../../domain/money/format-money';
import type { Cents } from '../../domain/money/cents';
import type { AntragAddress, AntragLanguage, AntragReceiptDate, IsoDate } from './antrag-content';

// Formatting works on the strings themselves: no Date, no Intl time zones, so a PDF made on a
// machine in another zone shows the same dates as the app.

/** German dates as DIN 5008 `14.03.2026`; the English copy keeps ISO `2026-03-14` (unambiguous). */
export const formatDate = (date: IsoDate, language: AntragLanguage): string =>
  language === 'de' ? `${date.slice(8, 10)}.${date.slice(5, 7)}.${date.slice(0, 4)}` : date.slice(0, 10);

/** `2026-03-14T10:30:00+01:00` -> `14.03.2026, 10:30 Uhr` (the wall-clock time as given). */
export const formatDateTime = (isoDateTime: string, language: AntragLanguage): string => {
  const time = isoDateTime.slice(11, 16);
  return language === 'de'
    ? `${formatDate(isoDateTime, 'de')}, ${time} Uhr`
    : `${formatDate(isoDateTime, 'en')} ${time}`;
};

/** The domain's formatter; a no-break space keeps "1.234,56 €" on one line. */
export const formatCents = (cents: Cents, language: AntragLanguage): string =>
  formatMoney(cents, language).replace(' ', '\u00a0');

export const formatReceiptDate = (date: AntragReceiptDate, language: AntragLanguage): string =>
  'on' in date
    ? formatDate(date.on, language)
    : `${formatDate(date.from, language)} – ${formatDate(date.to, language)}`;

export const formatAddress = (address: AntragAddress): string =>
  `${address.street}, ${address.postalCode} ${address.city}`;
