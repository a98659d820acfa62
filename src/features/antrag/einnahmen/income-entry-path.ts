import { pagePath } from '../flow/flow-paths';

/** An income entry's page; `memberId` presets who receives a new entry (from "Einnahme hinzufügen" per person). */
export function incomeEntryPath(entryId: string, memberId?: string): string {
  const path = pagePath('incomes.entry', { entryId });
  return memberId === undefined ? path : `${path}?person=${encodeURIComponent(memberId)}`;
}
