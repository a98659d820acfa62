// Finds the ways shipped JavaScript could turn a string into code: eval, the Function constructor called or
// constructed, or Function taken into a variable (zod's `const F = Function; new F("")`). Minified code keeps
// these identifiers, since they are globals.

const evalShapes = [
  /\beval\s*\(/g,
  /\bnew\s+Function\b/g,
  /(?<![.\w$])Function\s*\(/g,
  // An alias: `=Function;`, `=Function,` or `=Function)` — not `Function.prototype`, not `instanceof Function`.
  /=\s*Function\s*[;,)]/g,
];

// Shapes that cannot run in a browser this app supports, each with the reason. Anything else found fails.
const unreachable: { shape: RegExp; why: string }[] = [
  {
    // The function-bind polyfill bundled into @pdf-lib/fontkit: `Function.prototype.bind || function (…) {…
    // Function('binder', …)}`. Every ES2022 browser has Function.prototype.bind, so the fallback never runs.
    shape:
      /Function\.prototype\.bind\|\|function\([^)]*\)\{(?:(?!\bFunction\.prototype\.bind\b)[\s\S]){0,600}?Function\(`binder`/g,
    why: 'function-bind fallback for engines without Function.prototype.bind',
  },
];

export type EvalFinding = { at: number; excerpt: string };

/** Every eval-like use in `code` that is not one of the known unreachable shapes. */
export function findEval(code: string): EvalFinding[] {
  const excused: [number, number][] = [];
  for (const { shape } of unreachable) {
    for (const match of code.matchAll(shape)) excused.push([match.index, match.index + match[0].length]);
  }
  const findings: EvalFinding[] = [];
  for (const shape of evalShapes) {
    for (const match of code.matchAll(shape)) {
      const at = match.index;
      if (excused.some(([start, end]) => at >= start && at < end)) continue;
      findings.push({ at, excerpt: code.slice(Math.max(0, at - 60), at + 60) });
    }
  }
  return findings;
}
