import { createHmac, timingSafeEqual } from 'node:crypto';

/** HMAC-SHA256 with the server secret over a purpose-labelled message, so one derivation never equals another. */
export const keyedHash = (secret: Buffer, purpose: string, message: string): Buffer =>
  createHmac('sha256', secret).update(`${purpose}:${message}`).digest();

/** Compares two strings in constant time for equal lengths (codes are compared in their printed form). */
export function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
