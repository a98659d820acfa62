import { benchAdvanceOfferPage } from './advance-offer-page';
import { benchAntragGeneration } from './antrag-generation';
import { benchBundleBuild, bundleBuildReport } from './bundle-build';
import { bundleSizes, type ChunkSize } from './bundle-sizes';
import { benchBundleRefusals, bundleRefusalsReport } from './bundle-refusals';
import { benchBundleVerify } from './bundle-verify';
import { benchCaseBundleReview, caseBundleReviewReport } from './case-bundle-review';
import { benchCaseQueue } from './case-queue';
import { benchLimitComputation } from './limit-computation';
import { lighthouseScores } from './lighthouse-scores';
import { benchPdfProperty, pdfPropertyLine } from './pdf-property';
import { benchReceiptEntry } from './receipt-entry';
import { benchServerLoad } from './server-load';
import { benchSha256 } from './sha256-speed';
import { benchStatusQueries } from './status-queries';
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

// Issue 5: the Antrag PDF in Node (budget: typical household ≤ 300 ms) and `bundle verify` (budget ≤ 1 s).
const antrag = await benchAntragGeneration();
console.log(
  `Antrag PDF in Node: typical household (3 people, 15 receipts) median ${antrag.typicalMs.toFixed(0)} ms (budget 300 ms: ${antrag.typicalMs <= 300 ? 'within' : 'OVER'}); 10 people with 400 receipts ${antrag.largeMs.toFixed(0)} ms, ${antrag.pagesLarge} pages`,
);
const verify = benchBundleVerify();
console.log(
  `bundle verify of ${verify.megabytes.toFixed(1)} MB with ${verify.files} files: median ${verify.medianMs.toFixed(0)} ms (budget 1000 ms: ${verify.medianMs <= 1000 ? 'within' : 'OVER'})`,
);

// Issue 10: every hostile bundle of the reader's tests, and a lying zip bomb, refused (budget: slowest ≤ 2 s); the
// PDF round-trip property over 10,000 seeded inputs with qpdf as the independent judge.
for (const line of bundleRefusalsReport(benchBundleRefusals())) console.log(line);
console.log(pdfPropertyLine(await benchPdfProperty()));

// Issue 10: the bundle's SHA-256 on 15 MB from the kept library the browser uses, with Node's native hash as the
// floor.
console.log('SHA-256 of a 15 MB bundle (median of 5)');
for (const timing of benchSha256()) {
  console.log(
    `  ${timing.medianMs.toFixed(0).padStart(5)} ms  ${timing.megabytesPerSecond.toFixed(0).padStart(5)} MB/s  ${timing.name}`,
  );
}

// Issue 5: 30 receipt-like 4000 × 3000 photos shrunk by the app's worker and zipped, in headless Chromium
// (budgets: ≤ 15 MB in ≤ 15 s on 2 cores).
for (const line of bundleBuildReport(await benchBundleBuild())) console.log(line);

// Issue 3: the JS a new user loads before the first wizard question, and Lighthouse (mobile) for the start page
// and that first wizard page ("this visit only" lands on the year question without storing anything).
const { server, origin } = await servePreview('dist');
try {
  const wizard = await scriptsBeforeFirstWizardPage('dist', origin);
  console.log(
    `JS loaded before the first wizard page (start → storage choice → year), gzip -9: ${kib(wizard.gzipBytes)} KiB in ${wizard.files.length} files (budget 130)`,
  );
  const scores = await lighthouseScores([`${origin}/`, `${origin}/antrag/beginnen?speicher=besuch`]);
  console.log('Lighthouse 12 (mobile, simulated throttling), median of 5 runs (budget: performance ≥ 95)');
  for (const score of scores) {
    console.log(
      `  performance ${score.performance} (runs ${score.performanceRuns.join(', ')}), accessibility ${score.accessibility}  ${score.url.replace(origin, '')}`,
    );
  }
  // Issue 4: "Speichern und weiteren Beleg erfassen" with 299 receipts already in the ledger.
  const entry = await benchReceiptEntry(origin);
  console.log(
    `Adding receipt no. ${entry.receiptsBefore + 1} (save and add another, until the next page announces it): median ${entry.medianMs.toFixed(0)} ms over ${entry.runs} receipts (max ${entry.maxMs.toFixed(0)} ms; budget 50)`,
  );
  // Issue 12: the advance payment's offer page, from the task list.
  const offer = await benchAdvanceOfferPage('dist', origin);
  console.log(
    `Advance payment offer page (task list → offer with its arithmetic): ${kib(offer.gzipBytes)} KiB of JS added in ${offer.files.length} files (gzip -9); shown after median ${offer.medianMs.toFixed(0)} ms (runs ${offer.runs.map((ms) => ms.toFixed(0)).join(', ')}; nothing cached)`,
  );
} finally {
  await server.close();
}

// Issue 9: the insurer's server as its own process, on PGlite and on PostgreSQL: submissions under 20 concurrent
// clients (budget p95 ≤ 500 ms for 1 MB), status lookups at 200/s (budget p95 ≤ 20 ms), peak memory under 50
// concurrent 2 MB uploads.
await benchServerLoad();

// Issue 13: the caseworker queue's response time with 10,000 applications, on PGlite and (when a cluster is
// given) PostgreSQL.
await benchCaseQueue();

// Issue 15: the provider status check, queries per second and p95 by API key (PGlite, and PostgreSQL when given).
await benchStatusQueries();

// Issue 13: a 15 MB bundle opened from a file on the caseworker's page until the verified review is shown, in
// headless Chromium against the server in demo mode (budget: median ≤ 1.5 s on 2 cores), with readApplicationBundle
// alone in Node (portable SHA-256 and node:crypto) as the split.
for (const line of caseBundleReviewReport(await benchCaseBundleReview())) console.log(line);
