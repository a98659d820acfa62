import { createHash, randomBytes } from 'node:crypto';
import { shortCodeFromBytes, shortCodeSourceBytes } from '../../domain/invitations/invitation-short-code';
import { keyedHash } from '../secrets/keyed-hash';

/**
 * The secrets of issue 14 and how they are kept. The application secret (256 random bits) is stored as its
 * SHA-256: nothing shorter than 2^256 tries reverses it. An invitation's token (256 bits) and short code (40 bits)
 * are stored as HMACs with the server secret — the code's 40 bits could be reversed from a plain hash in a day, an
 * HMAC cannot be computed without the secret. The code's HMAC names its invitation, so equal codes of two
 * invitations never have equal rows.
 */
export const newSecret256 = (): string => randomBytes(32).toString('base64url');

export const newShortCode = (): string => shortCodeFromBytes(randomBytes(shortCodeSourceBytes));

export const sha256Hex = (text: string): string => createHash('sha256').update(text).digest('hex');

export const tokenHmac = (secret: Buffer, token: string): string =>
  keyedHash(secret, 'invitation-token:v1', token).toString('hex');

/** `shortCode` in its printed form (normalizeShortCode). */
export const codeHmac = (secret: Buffer, invitationId: string, shortCode: string): string =>
  keyedHash(secret, 'invitation-code:v1', `${invitationId}:${shortCode}`).toString('hex');
