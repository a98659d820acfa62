import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { providerApiKeyPrefix, type ProviderApiKey } from '../../api/contracts/provider-check';
import { asIso, type Queryable } from '../db/database';

/**
 * API keys of practice and pharmacy software (issue 15): `zbk_` and 256 random bits (base64url). Only the SHA-256
 * of the whole key is stored (a hash suffices for 256 random bits: nothing to guess), so a copy of the table
 * opens nothing; the key itself is shown once, when it is made. A revoked key stays in the table (when it was
 * made, last used and revoked) and opens nothing.
 */
const keyPattern = new RegExp(`^${providerApiKeyPrefix}[A-Za-z0-9_-]{43}$`);
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const sha256Hex = (text: string) => createHash('sha256').update(text).digest('hex');

type KeyRow = { id: string; label: string; created_at: unknown; last_used_at: unknown };

const keyOf = (row: KeyRow): ProviderApiKey => ({
  id: row.id,
  label: row.label,
  createdAt: asIso(row.created_at),
  ...(row.last_used_at === null || row.last_used_at === undefined
    ? {}
    : { lastUsedAt: asIso(row.last_used_at) }),
});

export async function makeProviderApiKey(
  db: Queryable,
  ik: string,
  label: string,
  now: Date,
): Promise<{ key: ProviderApiKey; secret: string }> {
  const secret = `${providerApiKeyPrefix}${randomBytes(32).toString('base64url')}`;
  const id = randomUUID();
  await db.query(
    `INSERT INTO provider_api_keys (id, ik, label, secret_sha256, created_at) VALUES ($1, $2, $3, $4, $5)`,
    [id, ik, label, sha256Hex(secret), now.toISOString()],
  );
  return { key: { id, label, createdAt: now.toISOString() }, secret };
}

/** The IK's keys that still open something, oldest first. */
export async function listProviderApiKeys(db: Queryable, ik: string): Promise<ProviderApiKey[]> {
  const result = await db.query<KeyRow>(
    `SELECT id, label, created_at, last_used_at FROM provider_api_keys
     WHERE ik = $1 AND revoked_at IS NULL ORDER BY created_at, id`,
    [ik],
  );
  return result.rows.map(keyOf);
}

/** Revokes one of the IK's own live keys; false when it has no such key (another's, revoked, or none). */
export async function revokeProviderApiKey(
  db: Queryable,
  ik: string,
  keyId: string,
  now: Date,
): Promise<boolean> {
  if (!uuidPattern.test(keyId)) return false;
  const result = await db.query(
    'UPDATE provider_api_keys SET revoked_at = $3 WHERE id = $1 AND ik = $2 AND revoked_at IS NULL RETURNING id',
    [keyId.toLowerCase(), ik, now.toISOString()],
  );
  return result.rows.length > 0;
}

/**
 * The provider a live key belongs to, with the name on file, or undefined; a use is noted (last_used_at), so the
 * provider sees which keys its software still uses.
 */
export async function providerOfApiKey(
  db: Queryable,
  secret: string,
  now: Date,
): Promise<{ ik: string; name: string; keyId: string } | undefined> {
  if (!keyPattern.test(secret)) return undefined;
  const result = await db.query<{ id: string; ik: string; name: string }>(
    `UPDATE provider_api_keys k SET last_used_at = $2
     FROM provider_register r
     WHERE k.secret_sha256 = $1 AND k.revoked_at IS NULL AND r.ik = k.ik
     RETURNING k.id, k.ik, r.name`,
    [sha256Hex(secret), now.toISOString()],
  );
  const row = result.rows[0];
  return row ? { ik: row.ik, name: row.name, keyId: row.id } : undefined;
}
