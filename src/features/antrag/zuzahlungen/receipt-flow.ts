// Zuzahlungen, page by page (flow as data): one ledger page (the add-another list with running total) and one page
// per receipt. A new receipt gets a fresh id in its address.
export const receiptPages = {
  overview: '/antrag/zuzahlungen',
  entry: (receiptId: string) => `/antrag/zuzahlungen/beleg/${encodeURIComponent(receiptId)}`,
  household: '/antrag/haushalt',
  limit: '/antrag/belastungsgrenze',
  tasks: '/antrag',
} as const;

/** Router state of the entry page after "Speichern und weiteren Beleg erfassen": start typing at the date. */
export type ReceiptEntryState = { focusDate?: boolean };
