/**
 * The day a case and its bundle are deleted (docs/rules/retention.md): 1 January of the fifth year after the year
 * the application is for. A refund claim for year Y becomes time-barred at the end of Y + 4 (§ 45 Abs. 1 SGB I),
 * after which the data are no longer needed (§ 84 Abs. 2 SGB X); this stays within the ten years § 304 Abs. 1
 * S. 1 Nr. 1 SGB V allows at most. The year is a parameter: the rule never reads the clock.
 */
export const deletionDate = (year: number): string => `${year + 5}-01-01`;

/** Whether a case for `year` is due for deletion on `today` (ISO dates compare as strings). */
export const isDueForDeletion = (year: number, today: string): boolean => today >= deletionDate(year);
