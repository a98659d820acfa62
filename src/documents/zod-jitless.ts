// zod 4 probes `new Function` when it builds an object schema (to compile a faster parser), and compiles with it
// when the probe succeeds. Our CSP forbids eval and enforces Trusted Types: the probe would log a violation in
// every page and worker that defines a schema, even though zod swallows the error. zod reads its configuration
// from this global (zod/v4/core/core.js) when a schema is built, so setting it before any schema module loads
// switches the probe off without putting zod into the start page's JS.
//
// Import this module first, for its effect only, in every entry that runs in a browser: the page (main.tsx) and
// each worker. ES modules evaluate their imports in order, so this runs before any module that defines a schema.
// The production build also drops the probe from zod's code (config/zod-eval-free-plugin.ts).

const holder = globalThis as { __zod_globalConfig?: { jitless?: boolean } };
holder.__zod_globalConfig = { ...holder.__zod_globalConfig, jitless: true };

// A module, for TypeScript, although it exports nothing: it is imported for its effect.
export {};
