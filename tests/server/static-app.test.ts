import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/server/app/start-server';
import { startTestServer, type TestServer } from '../support/test-server';

describe('the built app, served by the server', () => {
  let base: TestServer;
  let server: RunningServer;
  beforeAll(async () => {
    base = await startTestServer({ database: 'pglite' });
    await base.close();
    const staticDir = join(base.config.dataDir, 'app');
    mkdirSync(join(staticDir, 'assets'), { recursive: true });
    writeFileSync(
      join(staticDir, 'index.html'),
      '<!doctype html><title>Zuzahlungsbefreiung</title><div id="root"></div>',
    );
    writeFileSync(join(staticDir, 'assets', 'index-Bx3kQ9aZ.js'), 'console.log(1)');
    writeFileSync(join(staticDir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    server = await startServer({ ...base.config, staticDir, port: 0, logLevel: 'silent' });
  });
  afterAll(async () => {
    await server.close();
    await base.stop();
  });

  it('answers a deep link with index.html (history fallback), with the security headers and no caching', async () => {
    for (const path of ['/', '/antrag/status', '/belastungsgrenze?jahr=2026']) {
      const response = await fetch(new URL(path, server.url));
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type')).toContain('text/html');
      expect(await response.text()).toContain('<div id="root">');
      expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      expect(response.headers.get('cache-control')).toBe('no-store');
    }
  });

  it('lets browsers keep hashed assets for a year, and nothing else', async () => {
    const asset = await fetch(new URL('/assets/index-Bx3kQ9aZ.js', server.url));
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(asset.headers.get('x-content-type-options')).toBe('nosniff');
    const icon = await fetch(new URL('/favicon.svg', server.url));
    expect(icon.headers.get('cache-control')).toBe('no-store');
  });

  it('answers a missing file and an unknown API path with 404, never with the page', async () => {
    const file = await fetch(new URL('/assets/missing-Ab12Cd34.js', server.url));
    expect(file.status).toBe(404);
    const api = await fetch(new URL('/api/v1/nothing-here', server.url));
    expect(api.status).toBe(404);
    expect(api.headers.get('content-type')).toContain('application/problem+json');
    expect(api.headers.get('content-security-policy')).toContain("default-src 'none'");
  });
});
