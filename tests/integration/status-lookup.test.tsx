import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { planFailures } from '../../mocks/control/failure-switch';
import { resetSubmissionStore } from '../../mocks/store/current-submission-store';
import { renderApp } from './render-app';
import { origin, submitBundle } from './submission-requests';

const noContrast = { rules: { 'color-contrast': { enabled: false } } };

beforeEach(() => resetSubmissionStore());

async function openLookup() {
  const user = userEvent.setup();
  const view = renderApp('/status');
  await screen.findByRole('heading', { level: 1, name: 'Bearbeitungsstand abfragen' });
  return { ...view, user };
}

async function lookUp(user: ReturnType<typeof userEvent.setup>, reference: string, code: string) {
  const referenceField = screen.getByRole('textbox', { name: 'Vorgangsnummer' });
  const codeField = screen.getByRole('textbox', { name: 'Abrufcode' });
  await user.clear(referenceField);
  if (reference) await user.type(referenceField, reference);
  await user.clear(codeField);
  if (code) await user.type(codeField, code);
  await user.click(screen.getByRole('button', { name: 'Bearbeitungsstand abfragen' }));
}

describe('Bearbeitungsstand abfragen (public, no draft)', () => {
  it('is reached from the start page', async () => {
    const user = userEvent.setup();
    renderApp('/');
    await user.click(await screen.findByRole('link', { name: 'Bearbeitungsstand abfragen' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Bearbeitungsstand abfragen' }),
    ).toBeInTheDocument();
    expect(document.title).toBe('Bearbeitungsstand abfragen – Zuzahlungsbefreiung online');
  });

  it('names each missing or malformed field in the summary and at the field, and keeps what was typed', async () => {
    const { user, container } = await openLookup();
    await lookUp(user, '', '');
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveFocus();
    expect(within(summary).getByRole('link', { name: 'Geben Sie die Vorgangsnummer ein.' })).toBeVisible();
    expect(within(summary).getByRole('link', { name: 'Geben Sie den Abrufcode ein.' })).toBeVisible();
    expect(screen.getByRole('textbox', { name: 'Vorgangsnummer' })).toHaveAccessibleDescription(
      expect.stringContaining('Geben Sie die Vorgangsnummer ein.'),
    );
    expect((await axe.run(container, noContrast)).violations).toEqual([]);

    await lookUp(user, 'ZB-26-1', 'ABCD-EFGH');
    expect(await screen.findByText(/zum Beispiel ZB-2026-000123\.$/, { selector: 'a' })).toBeVisible();
    expect(screen.getByText(/Der Abrufcode hat 28 Buchstaben und Ziffern/, { selector: 'a' })).toBeVisible();
    expect(screen.getByRole('textbox', { name: 'Abrufcode' })).toHaveValue('ABCD-EFGH');
    await user.click(screen.getByText(/Der Abrufcode hat 28/, { selector: 'a' }));
    expect(screen.getByRole('textbox', { name: 'Abrufcode' })).toHaveFocus();
  });

  it('shows the status steps for the right pair, however the code and reference were typed', async () => {
    const { reference, abrufcode } = await submitBundle();
    await fetch(`${origin}/api/__mock/submissions/${reference}/status`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ status: 'in-bearbeitung' }),
    });
    const { user, container } = await openLookup();
    const typed = abrufcode.toLowerCase().replace(/-/g, ' ');
    await lookUp(user, ` ${reference.toLowerCase()} `, typed);
    const result = await screen.findByRole('heading', { level: 2, name: `Vorgangsnummer ${reference}` });
    expect(result).toHaveFocus();
    const steps = screen.getByRole('list', { name: 'Schritte der Bearbeitung' });
    const items = within(steps).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent(/^Eingegangen am \d{2}\.\d{2}\.\d{4} \(erledigt\)$/);
    expect(items[1]).toHaveTextContent(/In Bearbeitung .*\(aktueller Stand\)/);
    expect(items[1]).toHaveAttribute('aria-current', 'step');
    expect(items[2]).toHaveTextContent('Entschieden (noch offen)');
    expect((await axe.run(container, noContrast)).violations).toEqual([]);
  });

  it('says plainly that reference and code do not fit together, for a wrong code and an unknown reference alike', async () => {
    const { reference, abrufcode } = await submitBundle();
    const wrong = `${abrufcode.slice(0, -1)}${abrufcode.endsWith('Z') ? 'Y' : 'Z'}`;
    const { user } = await openLookup();
    await lookUp(user, reference, wrong);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Kein Antrag gefunden');
    expect(alert).toHaveTextContent('Vorgangsnummer und Abrufcode passen nicht zusammen.');
    const text = alert.textContent;
    await lookUp(user, 'ZB-2026-999999', abrufcode);
    expect(await screen.findByRole('alert')).toHaveTextContent(text!);
    expect(screen.queryByRole('list', { name: 'Schritte der Bearbeitung' })).not.toBeInTheDocument();
  });

  it('asks to try again later when there were too many attempts (429)', async () => {
    const { reference, abrufcode } = await submitBundle();
    planFailures('submission-status', 1, 429);
    const { user } = await openLookup();
    await lookUp(user, reference, abrufcode);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Zu viele Versuche');
    expect(alert).toHaveTextContent('versuchen Sie es dann noch einmal');
  });

  it('is in English when the language is switched', async () => {
    const { user } = await openLookup();
    await user.click(screen.getByRole('button', { name: /English/ }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Look up the processing status' }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Look up the processing status' }));
    expect(await screen.findByRole('link', { name: 'Enter the reference number.' })).toBeVisible();
  });
});
