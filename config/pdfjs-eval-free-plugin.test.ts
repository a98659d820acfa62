import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { findEval } from '../tests/e2e/support/find-eval';
import { pdfjsEvalFree } from './pdfjs-eval-free-plugin';

const build = resolve('node_modules/pdfjs-dist/build');
const mainFile = `${build}/pdf.mjs`;
const workerFile = `${build}/pdf.worker.mjs`;

type Transformed = { code: string } | null;

function transform(code: string, id: string): Transformed {
  const hook = pdfjsEvalFree().transform;
  if (typeof hook !== 'function') throw new Error('the plugin has no transform hook');
  const context = {
    error(message: string): never {
      throw new Error(message);
    },
  };
  return (hook as (this: typeof context, code: string, id: string) => Transformed).call(context, code, id);
}

describe('pdfjsEvalFree', () => {
  it('leaves pdf.js, main chunk and worker, with no eval the production-build scan could find', () => {
    for (const file of [mainFile, workerFile]) {
      const code = readFileSync(file, 'utf8');
      expect(findEval(code).length, file).toBeGreaterThan(0);
      const result = transform(code, file);
      expect(
        findEval(result?.code ?? '').map(({ excerpt }) => excerpt),
        file,
      ).toEqual([]);
      expect(result?.code).toContain('throw new EvalError("eval is not allowed here")');
    }
  });

  it('makes the probe answer "no eval" and the PostScript compiler throw instead of compiling', () => {
    const worker = transform(readFileSync(workerFile, 'utf8'), workerFile)?.code ?? '';
    expect(worker).toContain('new pdfjsEvalRefused("")');
    expect(worker).toContain('new pdfjsEvalRefused("src", "srcOffset", "dest", "destOffset", compiled)');
    // The probe as built, with the refusing constructor the transform appends, run on its own.
    const probe = /function isEvalSupported\(\) \{[\s\S]*?\n\}\n/.exec(worker)?.[0];
    const refusing = /function pdfjsEvalRefused\(\) \{.*\}/.exec(worker)?.[0];
    expect(probe).toContain('new pdfjsEvalRefused("")');
    expect(runInNewContext(`${probe}\n${refusing}\nisEvalSupported();`)).toBe(false);
  });

  it('fails the build when an upgrade changes the shapes or adds a use', () => {
    const main = readFileSync(mainFile, 'utf8');
    const worker = readFileSync(workerFile, 'utf8');
    expect(() => transform(main.replace('new Function("")', 'new Function(" ")'), mainFile)).toThrow(
      /expected 1 × 'new Function\(""\)'.*found 0/,
    );
    expect(() => transform(`${main}\nnew Function("");`, mainFile)).toThrow(/found 2/);
    expect(() =>
      transform(worker.replace('"destOffset", compiled)', '"destOffset", code)'), workerFile),
    ).toThrow(/found 0/);
    expect(() => transform(`${worker}\nconst f = Function;`, workerFile)).toThrow(/still matches/);
    expect(() => transform(`${main}\neval("1");`, mainFile)).toThrow(/still matches/);
  });

  it('refuses the pdf.js builds it does not know, and leaves every other module alone', () => {
    for (const name of ['build/pdf.min.mjs', 'build/pdf.worker.min.mjs', 'legacy/build/pdf.mjs']) {
      expect(() => transform('', resolve('node_modules/pdfjs-dist', name))).toThrow(/only build\/pdf\.mjs/);
    }
    expect(transform('new Function("")', resolve('src/features/sachbearbeitung/pdf-render.ts'))).toBeNull();
  });
});
