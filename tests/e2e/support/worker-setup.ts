import { afterAll } from 'vitest';
import { closeContextsLeftOpen, workerBrowser } from './worker-browser';

// Runs before every e2e file: the worker's browser is up before the file's tests (sharedBrowser() hands it out
// synchronously), and whatever context the file left open is closed after it, so that no page of one file keeps
// running (timers, service workers) while the next file in this worker measures or waits.
await workerBrowser();

afterAll(closeContextsLeftOpen);
