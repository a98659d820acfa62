import type { Page } from 'playwright-core';
import { loginPathFor } from '../../../src/features/sachbearbeitung/sachbearbeitung-paths';
import { totpCodeAt } from '../../../src/server/caseworker/totp';
import { demoCaseworker } from '../../../src/server/demo/demo-caseworker';
import { activate, expectHeading, typeInto } from './keyboard';

// The demo caseworker's login by keyboard, shared by the journeys that open a case. The server accepts a TOTP code
// once per account (it records the last step used), and every file a worker runs talks to the worker's one
// server: the last step used is kept per process, not per file, so a second login waits for the next step.
const lastStepKey = Symbol.for('zb.e2e.caseworkerLastTotpStep');
const shared = globalThis as unknown as Record<symbol, number | undefined>;

/** A code of a 30-second step no login of this process has used yet. */
export async function freshTotpCode(): Promise<string> {
  const step = () => Math.floor(Date.now() / 30_000);
  while (step() === shared[lastStepKey]) await new Promise((resolve) => setTimeout(resolve, 500));
  shared[lastStepKey] = step();
  return totpCodeAt(demoCaseworker.totpSecret, new Date());
}

/** On the login page as it is: the demo caseworker's name, password and a fresh code, then "Anmelden". */
export async function submitCaseworkerLogin(page: Page): Promise<void> {
  await typeInto(page.getByLabel('Benutzername'), demoCaseworker.username);
  await typeInto(page.getByLabel('Kennwort', { exact: true }), demoCaseworker.password);
  await typeInto(page.getByLabel('Code aus der Authenticator-App'), await freshTotpCode());
  await activate(page.getByRole('button', { name: 'Anmelden' }));
}

/**
 * Opens the login page (returning to `returnTo` afterwards, the queue without it) and logs the demo caseworker in.
 * Ends when the login page is left; the caller waits for the page it expects.
 */
export async function logInAsCaseworker(page: Page, origin: string, returnTo?: string): Promise<void> {
  await page.goto(`${origin}${loginPathFor(returnTo)}`);
  await expectHeading(page, 'Anmelden in der Sachbearbeitung');
  await submitCaseworkerLogin(page);
}
