import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

it('makes zod run without eval when imported before zod loads', async () => {
  await import('./zod-jitless');
  const { z } = await import('zod');
  expect(z.config().jitless).toBe(true);
  // And zod still parses objects correctly without its compiled fast path.
  expect(z.object({ a: z.number() }).parse({ a: 1 })).toEqual({ a: 1 });
});

const browserEntries = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.worker\.ts$|^main\.tsx$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));

it('is the first import of the page and of every browser worker', () => {
  const entries = [...browserEntries('src/app'), ...browserEntries('src/features')];
  expect(entries.length).toBeGreaterThanOrEqual(3);
  // A worker that only starts a package other than zod (pdf.js's) never loads zod, so it needs no switch; any
  // entry that imports our own code might.
  const importsOf = (source: string) =>
    [...source.matchAll(/^import\s[^;]*?['"]([^'"]+)['"];/gm)].map((m) => m[1] ?? '');
  const mayLoadZod = (source: string) =>
    importsOf(source).some((specifier) => specifier.startsWith('.') || specifier.startsWith('zod'));
  const firstImports = entries
    .map((path) => ({ path, source: readFileSync(path, 'utf8') }))
    .filter(({ source }) => mayLoadZod(source))
    .map(({ path, source }) => ({ path, first: /^import\s[^;]*;/m.exec(source)?.[0] }));
  expect(firstImports.length).toBeGreaterThanOrEqual(3);
  expect(firstImports.filter(({ first }) => !/zod-jitless['"];$/.test(first ?? ''))).toEqual([]);
});
