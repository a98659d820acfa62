/** The applicant's page that invites a household member to fill in their own part (issue 14). */
export const invitePath = (memberId: string) =>
  `/antrag/haushalt/person/${encodeURIComponent(memberId)}/einladen`;
