import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/**
 * Caseworker passwords as scrypt (RFC 7914) from node:crypto: memory-hard, no native add-on (ADR 0020). The
 * parameters and the salt are stored with each hash, so they can be raised later without locking anyone out.
 * N = 2^17, r = 8, p = 1 is OWASP's minimum for scrypt (Password Storage Cheat Sheet): 128 MiB and about 0.7 s
 * per attempt on our two-core machines, in libuv's thread pool, so the event loop keeps answering.
 */
export type PasswordRecord = { hash: string; salt: string; n: number; r: number; p: number };

export const scryptParameters = { n: 2 ** 17, r: 8, p: 1 } as const;
const keyLength = 32;

function derive(password: string, salt: Buffer, n: number, r: number, p: number): Promise<Buffer> {
  const options: ScryptOptions = { N: n, r, p, maxmem: 256 * n * r + 1024 * 1024 };
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, keyLength, options, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

export async function hashPassword(password: string): Promise<PasswordRecord> {
  const salt = randomBytes(16);
  const { n, r, p } = scryptParameters;
  const key = await derive(password, salt, n, r, p);
  return { hash: key.toString('base64'), salt: salt.toString('base64'), n, r, p };
}

export async function verifyPassword(record: PasswordRecord, password: string): Promise<boolean> {
  const expected = Buffer.from(record.hash, 'base64');
  const actual = await derive(password, Buffer.from(record.salt, 'base64'), record.n, record.r, record.p);
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

let decoy: Promise<PasswordRecord> | undefined;
/**
 * A record nobody's password matches, verified in place of an unknown user's, so an unknown name costs the same
 * time as a known one with a wrong password.
 */
export const decoyPasswordRecord = (): Promise<PasswordRecord> =>
  (decoy ??= hashPassword(randomBytes(32).toString('base64')));

/** Why a new password is refused, or undefined when it is acceptable. */
export function passwordWeakness(password: string, username: string): string | undefined {
  if ([...password].length < 12) return 'The password must have at least 12 characters.';
  const folded = password.trim().toLowerCase();
  if (folded === username.toLowerCase() || folded.includes(username.toLowerCase()))
    return 'The password must not contain the username.';
  if (new Set(password).size < 5) return 'The password repeats too few characters.';
  return undefined;
}
