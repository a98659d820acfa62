/** Random ids for drafts, files and list entries: unguessable and free of personal data. */
export function newId(): string {
  return crypto.randomUUID();
}
