import { z } from 'zod';
import { validateIk } from '../../domain/identifiers/ik';
import type { Queryable } from '../db/database';

/**
 * The insurer's copy of the IK register (provider_register, migration 12): the name and postal address of each
 * Institutionskennzeichen (§ 293 SGB V). A letter with an initial password and a Prüfnummer goes only to the
 * address here, never to one typed in a form, so that an IK alone opens nothing. Filled by the admin command's
 * import (src/server/admin/provider-admin.ts) and, in demo mode, by the demo seed.
 */
export type RegisterEntry = { ik: string; name: string; addressLines: string[] };

/** One entry as an import file holds it: a valid IK (check digit included), a name and two to six address lines. */
export const registerEntrySchema = z.strictObject({
  ik: z.string().refine((ik) => /^\d{9}$/.test(ik) && validateIk(ik).ok, 'a valid IK of nine digits'),
  name: z.string().trim().min(1).max(200),
  addressLines: z.array(z.string().trim().min(1).max(100)).min(2).max(6),
});

export async function findRegisterEntry(db: Queryable, ik: string): Promise<RegisterEntry | undefined> {
  if (!/^\d{9}$/.test(ik)) return undefined;
  const result = await db.query<{ ik: string; name: string; address_lines: unknown }>(
    'SELECT ik, name, address_lines FROM provider_register WHERE ik = $1',
    [ik],
  );
  const row = result.rows[0];
  return row ? { ik: row.ik, name: row.name, addressLines: addressLinesOf(row.address_lines) } : undefined;
}

/** Adds an entry or replaces its name and address (a practice moved); returns whether it was new. */
export async function upsertRegisterEntry(db: Queryable, entry: RegisterEntry): Promise<'added' | 'updated'> {
  const result = await db.query<{ added: boolean }>(
    `INSERT INTO provider_register (ik, name, address_lines) VALUES ($1, $2, $3::jsonb)
     ON CONFLICT (ik) DO UPDATE SET name = EXCLUDED.name, address_lines = EXCLUDED.address_lines
     RETURNING (xmax = 0) AS added`,
    [entry.ik, entry.name, JSON.stringify(entry.addressLines)],
  );
  return result.rows[0]?.added ? 'added' : 'updated';
}

/** jsonb comes back parsed from both drivers; a string (a driver that does not parse) is parsed here. */
export function addressLinesOf(value: unknown): string[] {
  const parsed: unknown = typeof value === 'string' ? JSON.parse(value) : value;
  return z.array(z.string()).parse(parsed);
}
