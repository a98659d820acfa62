// Chronische Erkrankung, page by page (flow as data): an overview, then one question page per counted person.
export const chronicPages = {
  overview: '/antrag/chronische-erkrankung',
  member: (memberId: string) => `/antrag/chronische-erkrankung/${encodeURIComponent(memberId)}`,
  household: '/antrag/haushalt',
  tasks: '/antrag',
} as const;
