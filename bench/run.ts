import { bundleSizes, type ChunkSize } from './bundle-sizes';
import { benchLimitComputation } from './limit-computation';
import { lighthouseScores } from './lighthouse-scores';
import { scriptsBeforeFirstWizardPage, servePreview } from './wizard-pages';

// Budgets of issue 2; the bench prints them beside the figures and never fails a test on time.
const initialBudgetKiB = 110;

const kib = (bytes: number) => (bytes / 1024).toFixed(1);
const total = (chunks: ChunkSize[]) => chunks.reduce((sum, chunk) => sum + chunk.gzipBytes, 0);

const { initial, lazy } = bundleSizes('dist');
console.log('Start page JS (production build, gzip -9)');
for (const chunk of initial) console.log(`  ${kib(chunk.gzipBytes).padStart(7)} KiB  ${chunk.source}`);
const initialTotal = total(initial);
console.log(
  `  ${kib(initialTotal).padStart(7)} KiB  total (budget ${initialBudgetKiB} KiB: ${initialTotal <= initialBudgetKiB * 1024 ? 'within' : 'OVER'})`,
);
console.log('Lazy chunks (gzip -9)');
for (const chunk of lazy.sort((a, b) => b.gzipBytes - a.gzipBytes)) {
  console.log(`  ${kib(chunk.gzipBytes).padStart(7)} KiB  ${chunk.source}`);
}

const limit = benchLimitComputation();
console.log(
  `Limit + timeline, household of ${limit.members} members with ${limit.payments} payments: median ${limit.medianMs.toFixed(3)} ms over ${limit.runs} runs (min ${limit.minMs.toFixed(3)}, max ${limit.maxMs.toFixed(3)})`,
);

// Issue 3: the JS a new user loads before the first wizard question, and Lighthouse (mobile) for the start page
// and that first wizard page ("this visit only" lands on the year question without storing anything).
const { server, origin } = await servePreview('dist');
try {
  const wizard = await scriptsBeforeFirstWizardPage('dist', origin);
  console.log(
    `JS loaded before the first wizard page (start → storage choice → year), gzip -9: ${kib(wizard.gzipBytes)} KiB in ${wizard.files.length} files`,
  );
  const scores = await lighthouseScores([`${origin}/`, `${origin}/antrag/beginnen?speicher=besuch`]);
  console.log('Lighthouse 12 (mobile, simulated throttling)');
  for (const score of scores) {
    console.log(
      `  performance ${score.performance}, accessibility ${score.accessibility}  ${score.url.replace(origin, '')}`,
    );
  }
} finally {
  await server.close();
}
