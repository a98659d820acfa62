/** The add-another kit's save: the entry replaces the one with its id, or is appended as a new one. */
export function upsertEntry<T extends { id: string }>(entries: readonly T[] | undefined, entry: T): T[] {
  const list = entries ?? [];
  return list.some((item) => item.id === entry.id)
    ? list.map((item) => (item.id === entry.id ? entry : item))
    : [...list, entry];
}
