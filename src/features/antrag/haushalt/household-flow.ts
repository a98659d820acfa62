// Haushalt, page by page (flow as data): the overview (GOV.UK add-another list) and, per member, their page and
// the confirmation before removing them. Member ids are random (newId), never personal data, so URLs are safe.
export const householdPages = {
  overview: '/antrag/haushalt',
  member: (memberId: string) => `/antrag/haushalt/person/${memberId}`,
  remove: (memberId: string) => `/antrag/haushalt/person/${memberId}/entfernen`,
} as const;

/** Ids come from the URL: the draft schema accepts 1–64 characters, so anything else is not a member of ours. */
export function isMemberId(value: string | undefined): value is string {
  return value !== undefined && value.length > 0 && value.length <= 64;
}
