/**
 * What a step's checks may depend on besides the answers: the year applied for and today's date, both passed in
 * by the caller (the rules never read the clock).
 */
export type StepContext = { year: number; referenceDate: string };
