// react-hook-form reports a radio group nobody has chosen yet as `null`. The draft's answer schemas know only
// "answered" or "absent" (undefined), so a stored null would make the section unreadable on the next load and
// would make the step check fail with zod's generic message instead of the question's own.
export function withoutEmptyChoices<T extends object>(values: T): T {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== null)) as T;
}
