import type { FastifyReply, FastifyRequest } from 'fastify';
import { caseworkerSessionCookie } from '../../api/contracts/caseworker-auth';

/**
 * The caseworker's session cookie. HttpOnly (no script reads it), Secure (browsers send it over https only;
 * Chromium and Firefox treat http://localhost as secure, so local starts work), SameSite=Strict (no other site's
 * page makes the browser send it) and Path=/api (the app's pages never carry it). No Max-Age: it ends with the
 * browser; the server's idle and absolute ends decide about the session itself.
 */
const attributes = 'Path=/api; HttpOnly; Secure; SameSite=Strict';

export const setSessionCookie = (reply: FastifyReply, sessionId: string): void => {
  reply.header('Set-Cookie', `${caseworkerSessionCookie}=${sessionId}; ${attributes}`);
};

export const clearSessionCookie = (reply: FastifyReply): void => {
  reply.header('Set-Cookie', `${caseworkerSessionCookie}=; ${attributes}; Max-Age=0`);
};

/** The session cookie's value, or undefined (the first one, should a client send it twice). */
export function sessionCookieOf(request: FastifyRequest): string | undefined {
  const header = request.headers.cookie;
  if (typeof header !== 'string') return undefined;
  for (const part of header.split(';')) {
    const separator = part.indexOf('=');
    if (separator < 0) continue;
    if (part.slice(0, separator).trim() === caseworkerSessionCookie) {
      const value = part.slice(separator + 1).trim();
      return value === '' ? undefined : value;
    }
  }
  return undefined;
}
