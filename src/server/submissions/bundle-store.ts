import type { Queryable } from '../db/database';
import { asBytes } from '../db/database';

/**
 * Where bundles live (ADR 0013): in the database, in the same transaction as the application, so an
 * acknowledged application always has its bundle and an unacknowledged one has none. An insurer that outgrows
 * this swaps these two functions for object storage (write the object first, then commit its key and hash).
 */
export async function storeBundle(
  tx: Queryable,
  reference: string,
  bytes: Uint8Array,
  sha256: string,
): Promise<void> {
  await tx.query('INSERT INTO submission_bundles (reference, sha256, bytes) VALUES ($1, $2, $3)', [
    reference,
    sha256,
    bytes,
  ]);
}

export async function loadBundle(
  db: Queryable,
  reference: string,
): Promise<{ bytes: Uint8Array; sha256: string } | undefined> {
  const result = await db.query<{ bytes: unknown; sha256: string }>(
    'SELECT bytes, sha256 FROM submission_bundles WHERE reference = $1',
    [reference],
  );
  const row = result.rows[0];
  return row && { bytes: asBytes(row.bytes), sha256: row.sha256 };
}
