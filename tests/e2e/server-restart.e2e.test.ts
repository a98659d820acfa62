import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RunningServer } from '../../src/server/app/start-server';
import { describe, expect, it, onTestFinished } from 'vitest';
import { axeViolations } from './support/axe';
import { watchedPage } from './support/browser';
import { startInsurerServer } from './support/insurer-server';
import { activate, expectHeading, typeInto } from './support/keyboard';
import { serverSubmissions } from './support/mock-insurer';
import { seedReadyDraft } from './support/ready-draft';
import { openSendPage, openSending, sendingNow, submittedSince } from './support/send';
import { sharedBrowser } from './support/shared-browser';

// A submission outlives the server: sent through the app to a server of its own (demo mode, PGlite in a fresh
// DATA_DIR), the server is stopped and started again on the same DATA_DIR, and the application is still there,
// found by its reference and Abrufcode through the API and on the public status page, typed in by hand on a
// device that has no draft. Its own server, so stopping it disturbs no other test.

const browser = sharedBrowser();

/** Again on the same port where it is still free (the same address for the user), else on any free one. */
async function restart(dataDir: string, port: number): Promise<RunningServer> {
  try {
    return await startInsurerServer(dataDir, port);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    return startInsurerServer(dataDir, 0);
  }
}

describe('a submission after a server restart', () => {
  it('is still found by reference and Abrufcode, through the API and on the public status page', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'zb-e2e-restart-'));
    let server = await startInsurerServer(dataDir);
    onTestFinished(async () => {
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    });

    // Sent through the app, as a person does.
    const first = server.url;
    const { page } = await openSending(browser(), first);
    await seedReadyDraft(page, first);
    await openSendPage(page, first);
    const before = await serverSubmissions(page);
    await activate(page.getByRole('button', { name: 'Jetzt senden' }));
    await expectHeading(page, 'Antrag gesendet');
    const sent = await submittedSince(
      page,
      before.map((submission) => submission.reference),
    );
    expect(sent).toHaveLength(1);
    const reference = sent[0]!;
    const { abrufcode } = (await serverSubmissions(page)).find((s) => s.reference === reference)!;
    // What the person reads off the confirmation is what opens the status later.
    expect(await page.locator('.confirmation-panel').getByText(reference).count()).toBe(1);
    expect(await page.locator('.confirmation-panel').getByText(abrufcode).count()).toBe(1);
    await page.close();

    await server.close();
    server = await restart(dataDir, server.port);
    const origin = server.url;

    // The API: the right code opens it, a wrong one gets the same 404 as an unknown reference.
    const lookUp = (code: string) =>
      fetch(`${origin}/api/v1/submissions/${reference}`, { headers: { 'X-Abrufcode': code } });
    const found = await lookUp(abrufcode);
    expect(found.status).toBe(200);
    expect(await found.json()).toMatchObject({ reference, status: 'eingegangen' });
    const wrong = abrufcode.startsWith('0') ? `1${abrufcode.slice(1)}` : `0${abrufcode.slice(1)}`;
    expect((await lookUp(wrong)).status).toBe(404);

    // The public status page on another device (a fresh context: no draft, no stored code), by keyboard.
    const other = await watchedPage(browser(), origin);
    onTestFinished(() => other.context.close());
    await other.page.clock.setFixedTime(sendingNow);
    const lookup = other.page;
    await lookup.goto(`${origin}/status`);
    await expectHeading(lookup, 'Bearbeitungsstand abfragen');
    expect(await axeViolations(lookup)).toEqual([]);
    await typeInto(lookup.getByRole('textbox', { name: /^Vorgangsnummer/ }), reference);
    await typeInto(lookup.getByRole('textbox', { name: /^Abrufcode/ }), abrufcode);
    await activate(lookup.getByRole('button', { name: 'Bearbeitungsstand abfragen' }));
    await lookup.getByRole('heading', { level: 2, name: `Vorgangsnummer ${reference}` }).waitFor();
    expect(await lookup.locator('[aria-current="step"]').textContent()).toContain('Eingegangen');
    expect(await lookup.locator('[aria-current="step"]').textContent()).toContain('(aktueller Stand)');
    expect(await axeViolations(lookup)).toEqual([]);
    expect(other.consoleErrors).toEqual([]);
    expect(other.pageErrors).toEqual([]);
    expect(other.cspViolations).toEqual([]);
    expect(other.foreignRequests).toEqual([]);
  });
});
