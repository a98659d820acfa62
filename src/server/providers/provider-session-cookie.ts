import type { FastifyReply, FastifyRequest } from 'fastify';
import { providerSessionCookie } from '../../api/contracts/provider-check';

/**
 * The provider's session cookie, with the caseworker's attributes (src/server/auth/session-cookie.ts): HttpOnly,
 * Secure, SameSite=Strict, Path=/api, no Max-Age. Its own name, so a provider's, a member's and a caseworker's
 * session on one browser never overwrite each other.
 */
const attributes = 'Path=/api; HttpOnly; Secure; SameSite=Strict';

export const setProviderSessionCookie = (reply: FastifyReply, sessionId: string): void => {
  reply.header('Set-Cookie', `${providerSessionCookie}=${sessionId}; ${attributes}`);
};

export const clearProviderSessionCookie = (reply: FastifyReply): void => {
  reply.header('Set-Cookie', `${providerSessionCookie}=; ${attributes}; Max-Age=0`);
};

/** The provider session cookie's value, or undefined (the first one, should a client send it twice). */
export function providerSessionCookieOf(request: FastifyRequest): string | undefined {
  const header = request.headers.cookie;
  if (typeof header !== 'string') return undefined;
  for (const part of header.split(';')) {
    const separator = part.indexOf('=');
    if (separator < 0) continue;
    if (part.slice(0, separator).trim() === providerSessionCookie) {
      const value = part.slice(separator + 1).trim();
      return value === '' ? undefined : value;
    }
  }
  return undefined;
}
