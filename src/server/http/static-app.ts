import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/** Vite's hashed file names: the content never changes under the same name, so browsers may keep it a year. */
const hashedAsset = /\/assets\/[^/]+-[A-Za-z0-9_-]{8,}\.[a-z0-9]+$/;

/**
 * Serves the built single-page app: files as they are, every other GET that wants HTML gets index.html (the
 * router's history fallback). index.html and everything unhashed is never cached (fresh deploys, and nothing of
 * a person may sit in a shared cache).
 */
export async function registerStaticApp(app: FastifyInstance, staticDir: string): Promise<boolean> {
  if (!existsSync(join(staticDir, 'index.html'))) return false;
  await app.register(fastifyStatic, {
    root: staticDir,
    cacheControl: false,
    // Directory listings and dotfiles are never served.
    list: false,
    dotfiles: 'deny',
    index: ['index.html'],
    setHeaders(reply, path) {
      reply.header(
        'Cache-Control',
        hashedAsset.test(path.replaceAll('\\', '/')) ? 'public, max-age=31536000, immutable' : 'no-store',
      );
    },
  });
  return true;
}
