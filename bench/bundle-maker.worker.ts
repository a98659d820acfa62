import { parentPort, workerData } from 'node:worker_threads';
import { applicationBundle } from '../tests/support/application-bundle';

/** One share of the server bench's bundles, built off the main thread (each takes ~0.2 s); bytes are moved back. */
export type BundleJob = { index: number; applicationId: string; minBytes: number; seed: number };

const { jobs } = workerData as { jobs: BundleJob[] };
for (const job of jobs) {
  const bytes = applicationBundle({
    applicationId: job.applicationId,
    minBytes: job.minBytes,
    seed: job.seed,
  });
  parentPort?.postMessage({ index: job.index, bytes }, [bytes.buffer]);
}
