import type { FastifyRequest } from 'fastify';
import { keyedHash } from '../secrets/keyed-hash';

/**
 * A pseudonym of the client for rate limits and lockouts: a keyed hash of its address, so the database never
 * holds an IP address (personal data under the GDPR) and nobody without the secret can reverse it.
 */
export const clientSubject = (secret: Buffer, request: FastifyRequest): string =>
  keyedHash(secret, 'client', request.ip).toString('hex').slice(0, 32);
