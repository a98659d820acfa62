import { performance } from 'node:perf_hooks';
import { readApplicationBundle } from '../src/documents/bundle/application-document-check';
import {
  hostileBundles,
  lyingBomb,
  type HostileBundle,
} from '../src/documents/bundle/hostile-bundles.test-support';

export type RefusalTiming = { rule: string; megabytes: number; medianMs: number };

export type RefusalsReport = { cases: RefusalTiming[]; slowest: RefusalTiming; budgetMs: number };

/** Issue 10: `npm run bench` reports the slowest refusal; every hostile bundle must be refused within this. */
export const refusalBudgetMs = 2000;

/** The issue's own example beside the test list's 64 MiB one: an entry that declares its size and inflates to 1 GiB. */
const gigabyteBomb: HostileBundle = {
  rule: 'a lying zip bomb inflating to 1 GiB',
  code: 'zip.longer-than-declared',
  path: 'data/application.json',
  build: () => lyingBomb(1024 * 1024 * 1024),
};

/**
 * Issue 10: `bundle verify` (readApplicationBundle, as the CLI and the server call it) on every hostile bundle of
 * hostile-bundles.test-support.ts and on a 1 GiB lying bomb: the median of `runs` refusals each, building the
 * bundles outside the clock. Throws if a bundle is not refused with the problem its case names.
 */
export function benchBundleRefusals(runs = 3): RefusalsReport {
  const cases = [...hostileBundles, gigabyteBomb].map((hostile): RefusalTiming => {
    const zip = hostile.build();
    const times: number[] = [];
    for (let run = 0; run < runs; run++) {
      const started = performance.now();
      const result = readApplicationBundle(zip);
      times.push(performance.now() - started);
      const refused =
        !result.ok &&
        result.problems.some(({ code, path }) => code === hostile.code && path === hostile.path);
      if (!refused) throw new Error(`bench: not refused as expected: ${hostile.rule}`);
    }
    const sorted = [...times].sort((a, b) => a - b);
    return { rule: hostile.rule, megabytes: zip.length / 1e6, medianMs: sorted[Math.floor(runs / 2)] ?? 0 };
  });
  const slowest = cases.reduce((worst, timing) => (timing.medianMs > worst.medianMs ? timing : worst));
  return { cases, slowest, budgetMs: refusalBudgetMs };
}

/** Lines for bench/run.ts: the slowest refusal against its budget, then every case. */
export function bundleRefusalsReport(report: RefusalsReport): string[] {
  const { slowest, budgetMs } = report;
  return [
    `bundle verify refusing ${report.cases.length} hostile bundles: slowest ${slowest.medianMs.toFixed(0)} ms (${slowest.rule}; budget ${budgetMs} ms: ${slowest.medianMs <= budgetMs ? 'within' : 'OVER'})`,
    ...report.cases.map(
      ({ rule, megabytes, medianMs }) =>
        `  ${medianMs.toFixed(1).padStart(7)} ms  ${megabytes.toFixed(2).padStart(6)} MB  ${rule}`,
    ),
  ];
}
