import { formatMoney } from '../../domain/money/format-money';
import type { Cents } from '../../domain/money/cents';
import type { AntragAddress, AntragLanguage, AntragReceiptDate, IsoDate } from './antrag-content';

// Dates work on the strings themselves. A point in time (when the application was made) is shown in
// Europe/Berlin, named explicitly: the insurer and the applicant are in Germany, and a PDF made on a
// machine in another zone (a CI runner in UTC) shows the same time as one made in Dresden.

/** German dates as DIN 5008 `14.03.2026`; the English copy keeps ISO `2026-03-14` (unambiguous). */
export const formatDate = (date: IsoDate, language: AntragLanguage): string =>
  language === 'de' ? `${date.slice(8, 10)}.${date.slice(5, 7)}.${date.slice(0, 4)}` : date.slice(0, 10);

const berlin = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Berlin',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** An ISO 8601 point in time (any offset, or Z) as Berlin's calendar day and wall-clock time. */
export const berlinDateTime = (isoDateTime: string): { date: IsoDate; time: string } => {
  const parts = Object.fromEntries(
    berlin.formatToParts(new Date(isoDateTime)).map((part) => [part.type, part.value]),
  );
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    time: `${parts.hour}:${parts.minute}`,
  };
};

/** `2026-03-14T09:30:00Z` -> `14.03.2026, 10:30 Uhr` (Berlin time); English `2026-03-14 10:30 (German time)`. */
export const formatDateTime = (isoDateTime: string, language: AntragLanguage): string => {
  const { date, time } = berlinDateTime(isoDateTime);
  return language === 'de'
    ? `${formatDate(date, 'de')}, ${time} Uhr`
    : `${formatDate(date, 'en')} ${time} (German time)`;
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
