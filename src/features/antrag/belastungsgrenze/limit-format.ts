import type { Cents } from '../../../domain/money/cents';
import { formatMoney } from '../../../domain/money/format-money';
import { formatCalendarDate } from '../../../i18n/format-date';
import { useI18n } from '../../../i18n/use-i18n';

export type LimitFormat = {
  language: 'de' | 'en';
  /** "1.234,56 €" with a no-break space, so an amount never breaks across lines in a narrow table. */
  money: (cents: Cents) => string;
  /** ISO date → "14.03.2026" (DIN 5008) or "14 March 2026". */
  date: (iso: string) => string;
  /** Month name (1–12), long or short, from the platform's calendar data rather than a list of our own. */
  month: (month: number, width: 'long' | 'short') => string;
};

export function limitFormat(language: string): LimitFormat {
  const locale = language === 'en' ? 'en' : 'de';
  return {
    language: locale,
    money: (cents) => formatMoney(cents, locale).replace(' ', '\u00a0'),
    date: (iso) => formatCalendarDate(iso, locale),
    month: (month, width) =>
      new Intl.DateTimeFormat(locale === 'de' ? 'de-DE' : 'en-GB', { month: width, timeZone: 'UTC' }).format(
        Date.UTC(2000, month - 1, 1),
      ),
  };
}

/** The formatters for the language shown. */
export function useLimitFormat(): LimitFormat {
  const { language } = useI18n();
  return limitFormat(language);
}
