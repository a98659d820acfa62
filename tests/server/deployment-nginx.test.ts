import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect, type ConnectionOptions } from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maxBundleBytes } from '../../src/api/contracts/submission';
import { startTestServer, type TestServer } from '../support/test-server';

// docs/deployment.md promises a proxy configuration that works as written: this runs its nginx block unchanged
// except for ports, certificate paths and the upstream, in front of a real server in production mode.

const host = 'zuzahlung.example';
const nginxBinary = ['/usr/sbin/nginx', '/usr/bin/nginx'].find(
  (path) => spawnSync(path, ['-v']).status === 0,
);

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** Replaces `from` in `text`, and fails when the documentation no longer contains it exactly once. */
function replaceOnce(text: string, from: string, to: string): string {
  const count = text.split(from).length - 1;
  if (count !== 1)
    throw new Error(`docs/deployment.md: expected "${from}" once in the nginx block, found ${count}`);
  return text.replace(from, to);
}

type Answer = { status: number; headers: IncomingHttpHeaders; body: string };

function ask(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: Uint8Array } = {},
): Promise<Answer> {
  const target = new URL(url);
  const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const outgoing = send(
      target,
      {
        method: options.method ?? 'GET',
        headers: options.headers,
        // The throwaway certificate is self-signed; what is tested is the configuration, not the chain.
        rejectUnauthorized: false,
        servername: host,
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      },
    );
    outgoing.on('error', reject);
    outgoing.end(options.body);
  });
}

type Handshake = { ok: true; protocol: string | null; cipher: string } | { ok: false; code: string };

function handshake(port: number, options: ConnectionOptions): Promise<Handshake> {
  return new Promise((resolve) => {
    const socket = connect({
      host: '127.0.0.1',
      port,
      servername: host,
      rejectUnauthorized: false,
      ...options,
    });
    socket.once('secureConnect', () => {
      resolve({ ok: true, protocol: socket.getProtocol(), cipher: socket.getCipher().standardName });
      socket.destroy();
    });
    socket.once('error', (error: NodeJS.ErrnoException) =>
      resolve({ ok: false, code: error.code ?? error.message }),
    );
  });
}

// Headers that belong to one hop, or that nginx sets for itself.
const perHop = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding', 'server']);
const endToEnd = (headers: IncomingHttpHeaders) =>
  Object.fromEntries(Object.entries(headers).filter(([name]) => !perHop.has(name)));

describe('the nginx configuration of docs/deployment.md', () => {
  let server: TestServer;
  let nginx: ChildProcess;
  let workDir: string;
  let httpPort: number;
  let httpsPort: number;

  beforeAll(async () => {
    if (nginxBinary === undefined) {
      throw new Error('nginx is not installed: `apt-get install nginx-light` (.ci/run does this)');
    }
    workDir = mkdtempSync(join(tmpdir(), 'zb-nginx-'));
    const staticDir = join(workDir, 'app');
    mkdirSync(join(staticDir, 'assets'), { recursive: true });
    writeFileSync(
      join(staticDir, 'index.html'),
      '<!doctype html><title>Zuzahlungsbefreiung</title><div id="root"></div>',
    );
    writeFileSync(join(staticDir, 'assets', 'index-Bx3kQ9aZ.js'), 'console.log(1)');
    server = await startTestServer({
      database: 'pglite',
      mode: 'production',
      env: { STATIC_DIR: staticDir, TRUST_PROXY: 'true' },
    });
    const upstreamPort = new URL(server.url).port;
    [httpPort, httpsPort] = [await freePort(), await freePort()];

    const certificate = spawnSync(
      'openssl',
      ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes']
        .concat(['-keyout', join(workDir, 'key.pem'), '-out', join(workDir, 'cert.pem')])
        .concat(['-subj', `/CN=${host}`, '-days', '1']),
    );
    if (certificate.status !== 0) throw new Error(certificate.stderr.toString());

    const documented = /```nginx\n([\s\S]*?)```/.exec(readFileSync('docs/deployment.md', 'utf8'))?.[1];
    if (documented === undefined) throw new Error('docs/deployment.md has no nginx block');
    let block = documented;
    block = replaceOnce(block, '  listen 80;\n', `  listen 127.0.0.1:${httpPort};\n`);
    // The test machine may have no IPv6: the IPv4 listeners carry the test.
    block = replaceOnce(block, '  listen [::]:80;\n', '');
    block = replaceOnce(block, '  listen 443 ssl;\n', `  listen 127.0.0.1:${httpsPort} ssl;\n`);
    block = replaceOnce(block, '  listen [::]:443 ssl;\n', '');
    block = replaceOnce(block, '/etc/ssl/zuzahlung/fullchain.pem', join(workDir, 'cert.pem'));
    block = replaceOnce(block, '/etc/ssl/zuzahlung/privkey.pem', join(workDir, 'key.pem'));
    block = replaceOnce(block, 'http://127.0.0.1:4173', `http://127.0.0.1:${upstreamPort}`);
    const temp = (name: string) => `${name}_temp_path ${join(workDir, name)};`;
    writeFileSync(
      join(workDir, 'nginx.conf'),
      [
        // One process in the foreground, everything in the work directory: no root, no system paths.
        'daemon off;',
        'master_process off;',
        `pid ${join(workDir, 'nginx.pid')};`,
        `error_log ${join(workDir, 'error.log')} warn;`,
        'events {}',
        'http {',
        '  access_log off;',
        ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((name) => `  ${temp(name)}`),
        block,
        '}',
      ].join('\n'),
    );
    const checked = spawnSync(nginxBinary, [
      '-t',
      '-p',
      workDir,
      '-c',
      join(workDir, 'nginx.conf'),
      '-e',
      join(workDir, 'error.log'),
    ]);
    if (checked.status !== 0) throw new Error(`nginx -t: ${checked.stderr.toString()}`);
    nginx = spawn(
      nginxBinary,
      ['-p', workDir, '-c', join(workDir, 'nginx.conf'), '-e', join(workDir, 'error.log')],
      {
        stdio: 'ignore',
      },
    );
    for (let attempt = 0; ; attempt++) {
      const answer = await handshake(httpsPort, {});
      if (answer.ok) break;
      if (attempt > 100)
        throw new Error(`nginx did not start: ${readFileSync(join(workDir, 'error.log'), 'utf8')}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  });

  afterAll(async () => {
    nginx?.kill('SIGTERM');
    await server?.stop();
    if (workDir) rmSync(workDir, { recursive: true, force: true });
  });

  it('sends every plain-HTTP request to the same address over HTTPS', async () => {
    const answer = await ask(`http://127.0.0.1:${httpPort}/antrag/status?sprache=en`, {
      headers: { Host: host },
    });
    expect(answer.status).toBe(301);
    expect(answer.headers.location).toBe(`https://${host}/antrag/status?sprache=en`);
  });

  it('speaks TLS 1.2 and 1.3 with the TR-02102-2 suites only', async () => {
    const tls13 = await handshake(httpsPort, {});
    expect(tls13).toEqual({ ok: true, protocol: 'TLSv1.3', cipher: 'TLS_AES_256_GCM_SHA384' });
    const tls12 = await handshake(httpsPort, { maxVersion: 'TLSv1.2' });
    expect(tls12).toMatchObject({
      ok: true,
      protocol: 'TLSv1.2',
      cipher: 'TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384',
    });

    // Refusals must come from the server (an alert), not from a client that could not even offer the protocol.
    const tls11 = await handshake(httpsPort, {
      minVersion: 'TLSv1.1',
      maxVersion: 'TLSv1.1',
      ciphers: 'ECDHE-ECDSA-AES128-SHA@SECLEVEL=0',
    });
    expect(tls11).toEqual({ ok: false, code: 'ERR_SSL_TLSV1_ALERT_PROTOCOL_VERSION' });
    for (const ciphers of ['ECDHE-ECDSA-AES128-SHA256', 'ECDHE-ECDSA-CHACHA20-POLY1305']) {
      const refused = await handshake(httpsPort, { maxVersion: 'TLSv1.2', ciphers });
      expect(refused, ciphers).toEqual({ ok: false, code: 'ERR_SSL_SSLV3_ALERT_HANDSHAKE_FAILURE' });
    }
    const chacha13 = await handshake(httpsPort, {
      minVersion: 'TLSv1.3',
      ciphers: 'TLS_CHACHA20_POLY1305_SHA256',
    });
    expect(chacha13).toEqual({ ok: false, code: 'ERR_SSL_SSLV3_ALERT_HANDSHAKE_FAILURE' });
  });

  it("passes the server's own headers through unchanged and adds HSTS, without a version number", async () => {
    for (const path of ['/', '/antrag/status', '/assets/index-Bx3kQ9aZ.js', '/readyz', '/api/v1/unknown']) {
      const direct = await ask(new URL(path, server.url).href);
      const proxied = await ask(`https://127.0.0.1:${httpsPort}${path}`, { headers: { Host: host } });
      expect(proxied.status, path).toBe(direct.status);
      expect(endToEnd(proxied.headers), path).toEqual({
        ...endToEnd(direct.headers),
        'strict-transport-security': 'max-age=31536000; includeSubDomains',
      });
      expect(proxied.headers.server, path).toBe('nginx');
    }
  });

  it('lets a 50 MB bundle through to the server and stops a larger one at the edge', async () => {
    const submissions = `https://127.0.0.1:${httpsPort}/api/v1/submissions`;
    // Complete headers, so that the server reads the whole body before it answers.
    const headers = {
      Host: host,
      'Content-Type': 'application/zip',
      'Idempotency-Key': randomUUID(),
      'X-Application-Year': '2026',
    };
    const atLimit = await ask(submissions, { method: 'POST', headers, body: new Uint8Array(maxBundleBytes) });
    // The server read it all and answered itself (zeros are no zip), not nginx.
    expect(atLimit.status).toBe(400);
    expect(JSON.parse(atLimit.body)).toMatchObject({ code: 'submission.notZip' });
    const over = await ask(submissions, {
      method: 'POST',
      headers,
      body: new Uint8Array(maxBundleBytes + 1),
    });
    expect(over.status).toBe(413);
    expect(over.headers['content-type']).toContain('text/html');
  });
});
