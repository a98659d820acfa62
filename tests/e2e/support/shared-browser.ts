import type { Browser } from 'playwright-core';
import { runningWorkerBrowser } from './worker-browser';

/**
 * The Chromium this file's tests use: the one its vitest worker shares among its files (worker-browser.ts), up
 * before the file starts (worker-setup.ts). Each test opens contexts of its own; the setup file closes those a
 * file leaves open.
 */
export function sharedBrowser(): () => Browser {
  return runningWorkerBrowser;
}
