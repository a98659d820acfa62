import { randomBytes } from 'node:crypto';
import { mkdirSync, openSync, readFileSync, writeSync, closeSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The key of every HMAC the server derives (Abrufcodes, hashed client addresses). From SERVER_SECRET when set —
 * required where several instances share a database — or generated once into DATA_DIR (mode 0600) and read
 * again at every start, so codes handed out before a restart stay valid.
 */
export function loadServerSecret(configured: string | undefined, dataDir: string): Buffer {
  if (configured) return Buffer.from(configured, 'hex');
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, 'server-secret');
  try {
    const fd = openSync(file, 'wx', 0o600);
    writeSync(fd, randomBytes(32).toString('hex'));
    closeSync(fd);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const hex = readFileSync(file, 'utf8').trim();
  if (!/^[0-9a-f]{64,}$/i.test(hex)) throw new Error(`${file} does not hold a secret of 32 bytes in hex`);
  return Buffer.from(hex, 'hex');
}
