import type { Plugin } from 'vite';

// pdf.js 5.6 keeps three uses of `Function` in the files we bundle (ADR 0022): the probe whether eval is allowed,
// `try { new Function(""); }`, in both `build/pdf.mjs` (the main chunk) and `build/pdf.worker.mjs`, and the
// PostScript function compiler `new Function("src", "srcOffset", "dest", "destOffset", compiled)` in the worker.
// With `isEvalSupported: false` (src/features/sachbearbeitung/pdf-render.ts) none of them runs, but a chunk that
// still holds them cannot be shown, by reading it, to never evaluate code, and our CSP has no 'unsafe-eval'. The
// build replaces each constructor with one that throws: the probe then answers "no eval" even if the option were
// forgotten, and the compiler, were it ever reached, fails loudly instead of evaluating. Like `zodEvalFree`, the
// transform fails the build when a new pdfjs-dist changes these shapes or adds another use, so an upgrade cannot
// ship eval silently.

const refused = 'pdfjsEvalRefused';
const probe = 'new Function("")';
const compiler = 'new Function("src", "srcOffset", "dest", "destOffset", compiled)';

/** The files we import, and how many times each shape must occur in each, exactly. */
const expected: Record<string, [string, number][]> = {
  'pdf.mjs': [[probe, 1]],
  'pdf.worker.mjs': [
    [probe, 1],
    [compiler, 1],
  ],
};

const pdfjsBuildFile = /[\\/]pdfjs-dist[\\/](?:legacy[\\/])?build[\\/]([^\\/]+\.m?js)$/;

// What must be left after the replacement: nothing that turns a string into code (the shapes of
// tests/e2e/support/find-eval.ts).
const evalShapes = [/\beval\s*\(/, /\bnew\s+Function\b/, /(?<![.\w$])Function\s*\(/, /=\s*Function\s*[;,)]/];

export function pdfjsEvalFree(): Plugin {
  return {
    name: 'pdfjs-eval-free',
    apply: 'build',
    transform(code, rawId) {
      const [id = rawId] = rawId.split('?');
      const file = pdfjsBuildFile.exec(id)?.[1];
      if (file === undefined) return null;
      const shapes = /[\\/]legacy[\\/]/.test(id) ? undefined : expected[file];
      // The minified, legacy or sandbox builds have other shapes: importing one must be a decision, not an accident.
      if (!shapes)
        this.error(`pdfjs-eval-free: only build/pdf.mjs and build/pdf.worker.mjs are handled, not ${id}`);
      let result = code;
      for (const [shape, count] of shapes) {
        const uses = result.split(shape).length - 1;
        if (uses !== count) {
          this.error(`pdfjs-eval-free: expected ${count} × '${shape}' in ${id}, found ${uses}`);
        }
        result = result.replaceAll(shape, shape.replace('Function', refused));
      }
      const left = evalShapes.find((shape) => shape.test(result));
      if (left) this.error(`pdfjs-eval-free: ${id} still matches ${left} after the replacement`);
      const refusing = `function ${refused}() { throw new EvalError("eval is not allowed here"); }`;
      return { code: `${result}\n${refusing}\n`, map: null };
    },
  };
}
