import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findEval } from './support/find-eval';

const read = (dir: string) =>
  readdirSync(`${dir}/assets`)
    .filter((name) => name.endsWith('.js'))
    .map((name) => ({ name, text: readFileSync(`${dir}/assets/${name}`, 'utf8') }));

describe('the production build', () => {
  it('contains no mock code: no msw worker script, no handlers, no demo control', () => {
    expect(existsSync('dist/mockServiceWorker.js')).toBe(false);
    const files = read('dist');
    const offenders = files.filter(({ text }) =>
      /mockServiceWorker|setupWorker|__mock\/control|AOK PLUS \(Demo\)/.test(text),
    );
    expect(offenders.map(({ name }) => name)).toEqual([]);
    // The demo build, by contrast, does carry the worker: the checks above can find it.
    expect(existsSync('dist-demo/mockServiceWorker.js')).toBe(true);
    expect(read('dist-demo').some(({ text }) => text.includes('mockServiceWorker'))).toBe(true);
  });

  it('has no inline script and no reachable eval in any chunk, workers included', () => {
    const html = readFileSync('dist/index.html', 'utf8');
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map(([tag]) => tag);
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.every((tag) => /\bsrc=/.test(tag))).toBe(true);
    expect(html).not.toMatch(/\son[a-z]+=/i);
    const files = read('dist');
    // Workers are chunks of their own: the check must see them.
    expect(files.filter(({ name }) => name.includes('.worker-')).length).toBeGreaterThanOrEqual(2);
    const evalUsers = files
      .map(({ name, text }) => ({ name, found: findEval(text).map(({ excerpt }) => excerpt) }))
      .filter(({ found }) => found.length > 0);
    expect(evalUsers).toEqual([]);
  });

  it('finds the eval that zod ships, so the check above would see it if the build kept it', () => {
    // zod's own probe and compiler, as in node_modules; the build replaces both (config/zod-eval-free-plugin.ts).
    for (const file of ['node_modules/zod/v4/core/util.js', 'node_modules/zod/v4/core/doc.js']) {
      expect(findEval(readFileSync(file, 'utf8')).length, file).toBeGreaterThan(0);
    }
    expect(findEval('const e=Function;new e("")').length).toBeGreaterThan(0);
    expect(findEval('r=Function(`x`,`return 1`)').length).toBeGreaterThan(0);
  });
});
