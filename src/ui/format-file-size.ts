const units = ['B', 'KB', 'MB', 'GB'] as const;

/**
 * "1,2 MB" in German, "1.2 MB" in English. Steps of 1024, as upload limits and most file managers count; one
 * decimal place at most, none for bytes.
 */
export function formatFileSize(bytes: number, language: string): string {
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const number = new Intl.NumberFormat(language === 'de' ? 'de-DE' : language, {
    maximumFractionDigits: unit === 0 ? 0 : 1,
  }).format(value);
  return `${number} ${units[unit] ?? 'B'}`;
}
