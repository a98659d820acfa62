import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser';

// One Chromium per vitest worker, shared by every test file the worker runs (the e2e project runs with isolate
// off, so a worker outlives its files): a launch costs seconds of CPU on two cores, a fresh context costs
// milliseconds. Kept on globalThis, not in a module variable, so that it is the same browser whichever copy of
// this module a file imported. Closed by the worker's environment (worker-environment.ts) when the worker stops.

const slot = Symbol.for('zuzahlungsbefreiung.e2e.workerBrowser');

type Entry = { launching: Promise<Browser>; browser?: Browser };
type Holder = { [slot]?: Entry | undefined };

const holder = globalThis as Holder;

/** The worker's browser, launched on first use and again if it crashed or was closed. */
export async function workerBrowser(): Promise<Browser> {
  const current = holder[slot];
  if (current?.browser && !current.browser.isConnected()) holder[slot] = undefined;
  if (!holder[slot]) {
    const entry: Entry = {
      launching: launchBrowser().then((browser) => {
        entry.browser = browser;
        return browser;
      }),
    };
    // A failed launch is not kept: the next file tries again.
    entry.launching.catch(() => {
      if (holder[slot] === entry) holder[slot] = undefined;
    });
    holder[slot] = entry;
  }
  return holder[slot]!.launching;
}

/** The worker's browser once `workerBrowser()` has resolved (the e2e setup file awaits it before every file). */
export function runningWorkerBrowser(): Browser {
  const browser = holder[slot]?.browser;
  if (!browser) throw new Error('The worker’s browser starts in the e2e setup file (worker-setup.ts)');
  return browser;
}

/** Closes what a file left open, so that the next file in this worker starts from a browser without pages. */
export async function closeContextsLeftOpen(): Promise<void> {
  const browser = holder[slot]?.browser;
  if (!browser?.isConnected()) return;
  await Promise.all(browser.contexts().map((context) => context.close()));
}

/** Closes the worker's browser; the worker is stopping. */
export async function closeWorkerBrowser(): Promise<void> {
  const entry = holder[slot];
  holder[slot] = undefined;
  const browser = await entry?.launching.catch(() => undefined);
  await browser?.close();
}
