/**
 * zod 4 probes `new Function` when it builds an object schema (to compile a faster parser). Our CSP forbids eval
 * and enforces Trusted Types, so the probe would log a violation in every chunk that defines a schema — including
 * the mock worker's, which loads in parallel with the routes. zod reads its configuration from this global
 * (zod/v4/core/core.js), so setting it here, before any chunk with zod loads, switches the probe off without
 * putting zod into the start page's JS. zod-without-eval.test.ts proves that zod still honours it.
 */
export function disableZodEval(): void {
  const holder = globalThis as { __zod_globalConfig?: { jitless?: boolean } };
  holder.__zod_globalConfig = { ...holder.__zod_globalConfig, jitless: true };
}
