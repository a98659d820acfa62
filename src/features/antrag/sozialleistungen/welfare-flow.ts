// Sozialleistungen, page by page (flow as data): the question, then the notice only for a benefit.
export const welfarePages = {
  kind: '/antrag/sozialleistungen',
  notice: '/antrag/sozialleistungen/bescheid',
} as const;
