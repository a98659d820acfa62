import type { Plugin } from 'vite';

// zod 4 keeps two uses of `Function` in its code: the probe whether eval is allowed (util.js) and the compiler of
// its fast object parser (doc.js). Under `jitless` (src/documents/zod-jitless.ts) neither runs, but a chunk that
// still holds them cannot be shown, by reading it, to never evaluate code. The build replaces the constructor in
// both places with one that throws, so the probe answers "no eval" even if jitless were forgotten, and the test of
// the production build can require that no chunk, workers included, mentions `Function(` at all.

const zodFiles = /[\\/]zod[\\/]v4[\\/]core[\\/](util|doc)\.js$/;
const constructorAlias = 'const F = Function;';

export function zodEvalFree(): Plugin {
  return {
    name: 'zod-eval-free',
    apply: 'build',
    transform(code, id) {
      if (!zodFiles.test(id)) return null;
      const uses = code.split(constructorAlias).length - 1;
      // A new zod version that changed this shape must fail the build, not silently ship eval again.
      if (uses !== 1) this.error(`zod-eval-free: expected one "${constructorAlias}" in ${id}, found ${uses}`);
      const refusing = 'function zodEvalRefused() { throw new EvalError("eval is not allowed here"); }';
      return {
        code: `${code.replace(constructorAlias, 'const F = zodEvalRefused;')}\n${refusing}\n`,
        map: null,
      };
    },
  };
}
