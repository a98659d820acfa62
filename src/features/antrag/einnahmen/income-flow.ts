// Einnahmen, page by page (flow as data): one overview (add-another list per counted person) and one page per
// entry. A new entry gets a fresh id in its address; `person` presets who receives it.
export const incomePages = {
  overview: '/antrag/einnahmen',
  entry: (entryId: string, memberId?: string) =>
    `/antrag/einnahmen/eintrag/${encodeURIComponent(entryId)}${
      memberId === undefined ? '' : `?person=${encodeURIComponent(memberId)}`
    }`,
  household: '/antrag/haushalt',
  welfare: '/antrag/sozialleistungen',
  tasks: '/antrag',
} as const;
