// The application's pages, by id. The domain names the page a problem is on; where that page lives (its address)
// and how it speaks (its texts) is the wizard's business (features/antrag/flow/antrag-flow.ts).
export const pageIds = [
  'person.summary',
  'person.name',
  'person.kvnr',
  'person.address',
  'person.contact',
  'person.representation',
  'person.representative',
  'person.bank',
  'household.overview',
  'household.member',
  'household.remove',
  'welfare.kind',
  'welfare.notice',
  'incomes.overview',
  'incomes.entry',
  'chronic.overview',
  'chronic.member',
  'receipts.overview',
  'receipts.entry',
  'advance.offer',
  'advance.method',
] as const;
export type PageId = (typeof pageIds)[number];
