import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (dir: string) =>
  readdirSync(`${dir}/assets`)
    .filter((name) => name.endsWith('.js'))
    .map((name) => ({ name, text: readFileSync(`${dir}/assets/${name}`, 'utf8') }));

describe('the production build', () => {
  it('contains no mock code: no msw, no handlers, no demo control', () => {
    const files = read('dist');
    const offenders = files.filter(({ text }) =>
      /mockServiceWorker|setupWorker|__mock\/control|AOK PLUS \(Demo\)/.test(text),
    );
    expect(offenders.map(({ name }) => name)).toEqual([]);
    // The demo build, by contrast, does carry the worker: the check above can find it.
    expect(read('dist-demo').some(({ text }) => text.includes('mockServiceWorker'))).toBe(true);
  });

  it('has no inline script and no eval in what it ships', () => {
    const html = readFileSync('dist/index.html', 'utf8');
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map(([tag]) => tag);
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.every((tag) => /\bsrc=/.test(tag))).toBe(true);
    expect(html).not.toMatch(/\son[a-z]+=/i);
    const evalUsers = read('dist').filter(({ text }) => /\beval\(|new Function\(/.test(text));
    expect(evalUsers.map(({ name }) => name)).toEqual([]);
  });
});
