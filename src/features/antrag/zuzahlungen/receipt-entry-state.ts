/**
 * Router state of the entry page after "Speichern und weiteren Beleg erfassen": the layout puts focus on the date
 * (`focusId`, see app/layout/use-focus-on-navigation.ts) and the page confirms what was saved.
 */
export type ReceiptEntryState = { focusId?: string; saved?: { date: string; amount: string } };
