import type { FastifyReply, FastifyRequest } from 'fastify';
import { memberSessionCookie } from '../../api/contracts/invitations';

/**
 * The member's session cookie, with the caseworker's attributes (src/server/auth/session-cookie.ts): HttpOnly,
 * Secure, SameSite=Strict, Path=/api, no Max-Age. Its own name, so a member's and a caseworker's session on one
 * browser never overwrite each other.
 */
const attributes = 'Path=/api; HttpOnly; Secure; SameSite=Strict';

export const setMemberSessionCookie = (reply: FastifyReply, sessionId: string): void => {
  reply.header('Set-Cookie', `${memberSessionCookie}=${sessionId}; ${attributes}`);
};

export const clearMemberSessionCookie = (reply: FastifyReply): void => {
  reply.header('Set-Cookie', `${memberSessionCookie}=; ${attributes}; Max-Age=0`);
};

/** The member session cookie's value, or undefined (the first one, should a client send it twice). */
export function memberSessionCookieOf(request: FastifyRequest): string | undefined {
  const header = request.headers.cookie;
  if (typeof header !== 'string') return undefined;
  for (const part of header.split(';')) {
    const separator = part.indexOf('=');
    if (separator < 0) continue;
    if (part.slice(0, separator).trim() === memberSessionCookie) {
      const value = part.slice(separator + 1).trim();
      return value === '' ? undefined : value;
    }
  }
  return undefined;
}
