/** Ids come from the URL: the draft schema accepts 1–64 characters, so anything else is not a member of ours. */
export function isMemberId(value: string | undefined): value is string {
  return value !== undefined && value.length > 0 && value.length <= 64;
}
