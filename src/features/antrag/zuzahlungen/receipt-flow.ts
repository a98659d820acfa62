// Zuzahlungen, page by page (flow as data): one ledger page (the add-another list with running total) and one page
// per receipt. A new receipt gets a fresh id in its address.
export const receiptPages = {
  overview: '/antrag/zuzahlungen',
  entry: (receiptId: string) => `/antrag/zuzahlungen/beleg/${encodeURIComponent(receiptId)}`,
  household: '/antrag/haushalt',
  limit: '/antrag/belastungsgrenze',
  tasks: '/antrag',
} as const;

/**
 * Router state of the entry page after "Speichern und weiteren Beleg erfassen": the layout puts focus on the date
 * (`focusId`, see app/layout/use-focus-on-navigation.ts) and the page confirms what was saved.
 */
export type ReceiptEntryState = { focusId?: string; saved?: { date: string; amount: string } };
