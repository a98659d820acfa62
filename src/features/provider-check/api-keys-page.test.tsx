import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { csrfHeader } from '../../api/contracts/caseworker-auth';
import {
  providerApiKeyRoute,
  providerApiKeysPath,
  providerSessionPath,
  type ProviderApiKey,
} from '../../api/contracts/provider-check';
import { providerEndpoints, providerSession } from '../../api/provider-endpoints.test-support';
import { renderProviderArea } from './provider-pages.test-support';

const { server, sent } = providerEndpoints();
const noContrast = { rules: { 'color-contrast': { enabled: false } } };
const session = providerSession();
const secret = `zbk_${'Q7'.repeat(22)}`;

/** The keys endpoint with a list the page changes by making and revoking. */
function serveKeys(initial: ProviderApiKey[] = []) {
  let keys = [...initial];
  server.use(
    http.get(`*${providerSessionPath}`, () => HttpResponse.json(session)),
    http.get(`*${providerApiKeysPath}`, () => HttpResponse.json({ keys })),
    http.post(`*${providerApiKeysPath}`, async ({ request }) => {
      const { label } = (await request.json()) as { label: string };
      const key = { id: `key-${keys.length + 1}`, label, createdAt: '2026-12-07T09:00:00Z' };
      keys = [...keys, key];
      return HttpResponse.json({ key, secret }, { status: 201 });
    }),
    http.delete(`*${providerApiKeyRoute}`, ({ params }) => {
      keys = keys.filter((key) => key.id !== params['keyId']);
      return new HttpResponse(null, { status: 204 });
    }),
  );
}

const labelField = () => screen.getByRole('textbox', { name: 'Bezeichnung des Schlüssels' });

describe('the API keys', () => {
  it('asks for a label before making a key', async () => {
    serveKeys();
    const { container } = renderProviderArea('/leistungserbringer/schnittstelle');
    const user = userEvent.setup();
    await screen.findByText('Sie haben noch keinen Schlüssel.');
    await user.click(screen.getByRole('button', { name: 'Schlüssel erstellen' }));
    const summary = await screen.findByRole('alert', { name: 'Bitte prüfen Sie Ihre Angaben' });
    expect(within(summary).getByRole('link')).toHaveTextContent(
      'Geben Sie eine Bezeichnung für den Schlüssel ein.',
    );
    expect(sent().filter((request) => request.method === 'POST')).toHaveLength(0);
    expect((await axe.run(container, noContrast)).violations).toEqual([]);
  });

  it('shows a new key once, with a copy button and the example request, and never in the list', async () => {
    serveKeys();
    const { container, unmount } = renderProviderArea('/leistungserbringer/schnittstelle');
    // user-event puts a clipboard of its own on navigator, which the test reads back.
    const user = userEvent.setup();
    await screen.findByText('Sie haben noch keinen Schlüssel.');
    await user.type(labelField(), '  Kasse 1 ');
    await user.click(screen.getByRole('button', { name: 'Schlüssel erstellen' }));
    const created = await screen.findByRole('region', { name: 'Ihr neuer Schlüssel „Kasse 1“' });
    expect(within(created).getByRole('textbox', { name: 'Schlüssel' })).toHaveValue(secret);
    expect(created).toHaveTextContent('Er wird nur dieses eine Mal angezeigt.');
    await user.click(within(created).getByRole('button', { name: 'Schlüssel kopieren' }));
    expect(await navigator.clipboard.readText()).toBe(secret);
    expect(await within(created).findByText('Der Schlüssel ist kopiert.')).toBeInTheDocument();
    // The documented request: POST, the key as bearer token, the FHIR Accept header, the patient in the body.
    const example = screen.getByRole('region', { name: 'So fragt Ihre Software ab' });
    expect(example).toHaveTextContent(`-H 'Authorization: Bearer ${secret}'`);
    expect(example).toHaveTextContent("-H 'Accept: application/fhir+json'");
    expect(example).toHaveTextContent('/api/v1/provider/status-queries');
    expect(example).toHaveTextContent('"kvnr":"A123456780"');
    expect(example).toHaveTextContent('http://fhir.de/StructureDefinition/gkv/zuzahlungsstatus');
    const table = await screen.findByRole('table', { name: 'Ihre Schlüssel' });
    expect(within(table).getByText('Kasse 1')).toBeInTheDocument();
    expect(table).not.toHaveTextContent(secret);
    expect(
      sent().filter((request) => request.method === 'POST' && request.path === providerApiKeysPath),
    ).toEqual([
      expect.objectContaining({
        body: { label: 'Kasse 1' },
        headers: expect.objectContaining({ [csrfHeader]: session.csrfToken }),
      }),
    ]);
    expect(window.localStorage.length + window.sessionStorage.length).toBe(0);
    expect((await axe.run(container, noContrast)).violations).toEqual([]);
    unmount();
    // Back on the page later: the list, never the key again.
    renderProviderArea('/leistungserbringer/schnittstelle');
    expect(await screen.findByRole('table', { name: 'Ihre Schlüssel' })).toHaveTextContent('Kasse 1');
    expect(screen.queryByDisplayValue(secret)).not.toBeInTheDocument();
    expect(document.body).not.toHaveTextContent(secret);
  });

  it('revokes a key only after asking', async () => {
    serveKeys([
      {
        id: 'key-1',
        label: 'Kasse 1',
        createdAt: '2026-11-02T09:00:00Z',
        lastUsedAt: '2026-12-06T11:00:00Z',
      },
      { id: 'key-2', label: 'Warenwirtschaft', createdAt: '2026-11-03T09:00:00Z' },
    ]);
    const { container } = renderProviderArea('/leistungserbringer/schnittstelle');
    const user = userEvent.setup();
    const table = await screen.findByRole('table', { name: 'Ihre Schlüssel' });
    expect(within(table).getByText('noch nie')).toBeInTheDocument();
    await user.click(within(table).getByRole('button', { name: 'Widerrufen Schlüssel „Kasse 1“' }));
    const confirm = screen.getByRole('group', { name: 'Schlüssel „Kasse 1“ widerrufen?' });
    expect(within(confirm).getByRole('heading', { level: 3 })).toHaveFocus();
    expect(confirm).toHaveTextContent('Das lässt sich nicht rückgängig machen.');
    expect((await axe.run(container, noContrast)).violations).toEqual([]);
    await user.click(within(confirm).getByRole('button', { name: 'Abbrechen' }));
    expect(sent().filter((request) => request.method === 'DELETE')).toHaveLength(0);
    await user.click(within(table).getByRole('button', { name: 'Widerrufen Schlüssel „Kasse 1“' }));
    await user.click(screen.getByRole('button', { name: 'Ja, widerrufen' }));
    expect(await screen.findByText('Der Schlüssel „Kasse 1“ ist widerrufen.')).toHaveFocus();
    await vi.waitFor(() =>
      expect(screen.getByRole('table', { name: 'Ihre Schlüssel' })).not.toHaveTextContent('Kasse 1'),
    );
    expect(sent().filter((request) => request.method === 'DELETE')).toEqual([
      expect.objectContaining({
        path: `${providerApiKeysPath}/key-1`,
        headers: expect.objectContaining({ [csrfHeader]: session.csrfToken }),
      }),
    ]);
  });
});
