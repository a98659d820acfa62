import { formatInstantDate } from '../../../i18n/format-date';

// Dates and times as the insurer's letters show them, in the insurer's time zone whatever the device says.
const zone = 'Europe/Berlin';

/** "07.12.2026" in German; "7 December 2026" in English, the one English date format of the service. */
export function formatReceivedDate(iso: string, language: string): string {
  return formatInstantDate(iso, language);
}

export function formatReceivedTime(iso: string, language: string): string {
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'de-DE', {
    timeZone: zone,
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso));
}
