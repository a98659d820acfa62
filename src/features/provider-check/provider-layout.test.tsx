import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { csrfHeader } from '../../api/contracts/caseworker-auth';
import {
  providerKeepAlivePath,
  providerLogoutPath,
  providerSessionPath,
  providerStatusQueryPath,
} from '../../api/contracts/provider-check';
import { problem, providerEndpoints, providerSession } from '../../api/provider-endpoints.test-support';
import { renderProviderArea } from './provider-pages.test-support';

const { server, sent } = providerEndpoints();
const noContrast = { rules: { 'color-contrast': { enabled: false } } };

describe('the provider area’s layout', () => {
  it('sends a visitor without a session to the login, which returns to the page asked for', async () => {
    server.use(http.get(`*${providerSessionPath}`, () => problem(401, 'auth.required')));
    const { router } = renderProviderArea('/leistungserbringer/verlauf');
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Zuzahlungsstatus abfragen: Anmeldung für Apotheken und Praxen',
      }),
    ).toBeInTheDocument();
    expect(`${router.state.location.pathname}${router.state.location.search}`).toBe(
      '/leistungserbringer?weiter=%2Fleistungserbringer%2Fverlauf',
    );
  });

  it('names who is logged in, offers the navigation, and logs out with the CSRF token', async () => {
    const session = providerSession();
    server.use(
      http.get(`*${providerSessionPath}`, () => HttpResponse.json(session)),
      http.get(`*${providerStatusQueryPath}`, () =>
        HttpResponse.json({ entries: [], usedToday: 0, dailyLimit: 100 }),
      ),
      http.post(`*${providerLogoutPath}`, () => new HttpResponse(null, { status: 204 })),
    );
    const { container, router } = renderProviderArea('/leistungserbringer/abfrage');
    expect(await screen.findByText('Angemeldet: Löwen-Apotheke am Markt, IK 261400028')).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Bereich für Apotheken und Praxen' });
    expect(
      within(nav)
        .getAllByRole('link')
        .map((link) => [link.textContent, link.getAttribute('href')]),
    ).toEqual([
      ['Status abfragen', '/leistungserbringer/abfrage'],
      ['Ihre Abfragen', '/leistungserbringer/verlauf'],
      ['Schnittstelle für Ihre Software', '/leistungserbringer/schnittstelle'],
    ]);
    expect((await axe.run(container, noContrast)).violations).toEqual([]);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Abmelden' }));
    expect(await screen.findByRole('region', { name: 'Abgemeldet' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/leistungserbringer');
    expect(sent().filter((request) => request.path === providerLogoutPath)).toEqual([
      expect.objectContaining({
        method: 'POST',
        headers: expect.objectContaining({ [csrfHeader]: session.csrfToken }),
      }),
    ]);
  });

  it('warns before the idle end, and "Angemeldet bleiben" keeps the session', async () => {
    const ending = providerSession({ idleExpiresAt: new Date(Date.now() + 60_000).toISOString() });
    const kept = providerSession();
    server.use(
      http.get(`*${providerSessionPath}`, () => HttpResponse.json(ending)),
      http.post(`*${providerKeepAlivePath}`, () => HttpResponse.json(kept)),
    );
    const { container } = renderProviderArea('/leistungserbringer/abfrage');
    const dialog = await screen.findByRole('alertdialog', { name: 'Ihre Sitzung endet bald' });
    expect(dialog).toHaveAccessibleDescription(
      expect.stringContaining('Danach müssen Sie sich neu anmelden.'),
    );
    expect(within(dialog).getByRole('button', { name: 'Angemeldet bleiben' })).toHaveFocus();
    expect((await axe.run(container.ownerDocument.body, noContrast)).violations).toEqual([]);
    await userEvent.setup().click(within(dialog).getByRole('button', { name: 'Angemeldet bleiben' }));
    await vi.waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    expect(sent().filter((request) => request.path === providerKeepAlivePath)).toHaveLength(1);
  });
});
