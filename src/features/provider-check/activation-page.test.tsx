import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { csrfHeader } from '../../api/contracts/caseworker-auth';
import {
  providerActivationPath,
  providerProblemCodes,
  providerSessionPath,
} from '../../api/contracts/provider-check';
import { problem, providerEndpoints, providerSession } from '../../api/provider-endpoints.test-support';
import { renderProviderArea } from './provider-pages.test-support';

const { server, sent } = providerEndpoints();
const noContrast = { rules: { 'color-contrast': { enabled: false } } };
const activating = providerSession({ stage: 'activation' });

function serveSession(session = activating) {
  server.use(http.get(`*${providerSessionPath}`, () => HttpResponse.json(session)));
}
const activations = () => sent().filter((request) => request.path === providerActivationPath);
const pruefnummer = () => screen.getByRole('textbox', { name: 'Prüfnummer' });
const password = () => screen.getByLabelText('Neues Passwort');
const repeat = () => screen.getByLabelText('Neues Passwort wiederholen');

async function activateWith(number: string, first: string, second = first) {
  const user = userEvent.setup();
  await screen.findByRole('heading', { level: 1, name: 'Zugang einrichten' });
  if (number) await user.type(pruefnummer(), number);
  if (first) await user.type(password(), first);
  if (second) await user.type(repeat(), second);
  await user.click(screen.getByRole('button', { name: 'Zugang einrichten' }));
  return user;
}

describe('the activation stage', () => {
  it('sends a provider in the activation stage from any page of the area to the activation', async () => {
    serveSession();
    const { router } = renderProviderArea('/leistungserbringer/verlauf');
    expect(await screen.findByRole('heading', { level: 1, name: 'Zugang einrichten' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/leistungserbringer/aktivieren');
    expect(
      screen.queryByRole('navigation', { name: 'Bereich für Apotheken und Praxen' }),
    ).not.toBeInTheDocument();
  });

  it('sends an active provider from the activation to the query', async () => {
    serveSession(providerSession());
    const { router } = renderProviderArea('/leistungserbringer/aktivieren');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Zuzahlungsstatus abfragen' }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/leistungserbringer/abfrage');
  });

  it('checks length, the IK and the repetition before sending, keeping what was typed', async () => {
    serveSession();
    const { container } = renderProviderArea('/leistungserbringer/aktivieren');
    await activateWith('K7P4-22QX', 'kurz', 'anders');
    const summary = await screen.findByRole('alert', { name: 'Bitte prüfen Sie Ihre Angaben' });
    expect(
      within(summary)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual([
      'Das neue Passwort muss mindestens 12 Zeichen lang sein.',
      'Die beiden Passwörter sind verschieden. Geben Sie zweimal dasselbe ein.',
    ]);
    expect(pruefnummer()).toHaveValue('K7P4-22QX');
    expect(password()).toHaveValue('kurz');
    expect(activations()).toHaveLength(0);
    expect((await axe.run(container, noContrast)).violations).toEqual([]);
  });

  it('refuses a password that contains the IK', async () => {
    serveSession();
    renderProviderArea('/leistungserbringer/aktivieren');
    await activateWith('K7P4-22QX', 'apotheke-261400028');
    const summary = await screen.findByRole('alert', { name: 'Bitte prüfen Sie Ihre Angaben' });
    expect(within(summary).getByRole('link')).toHaveTextContent(
      'Das neue Passwort darf Ihr IK nicht enthalten.',
    );
  });

  it('shows the server’s reason for a weak password and keeps everything typed', async () => {
    serveSession();
    server.use(
      http.post(`*${providerActivationPath}`, () =>
        problem(422, providerProblemCodes.passwordWeak, {
          detail:
            'Dieses Passwort steht in Listen häufiger Passwörter. / This password is on lists of common passwords.',
        }),
      ),
    );
    const { container } = renderProviderArea('/leistungserbringer/aktivieren');
    await activateWith(' K7P4 22QX ', 'passwort1234');
    const banner = await screen.findByRole('alert', { name: 'Das Passwort ist zu leicht zu erraten' });
    expect(
      within(banner).getByText(
        'Dieses Passwort steht in Listen häufiger Passwörter. / This password is on lists of common passwords.',
      ),
    ).toBeInTheDocument();
    expect(password()).toHaveValue('passwort1234');
    expect(activations()).toEqual([
      expect.objectContaining({
        method: 'POST',
        body: { pruefnummer: 'K7P422QX', newPassword: 'passwort1234' },
        headers: expect.objectContaining({ [csrfHeader]: activating.csrfToken }),
      }),
    ]);
    expect((await axe.run(container, noContrast)).violations).toEqual([]);
  });

  it('says a wrong or used Prüfnummer, with the way to a new letter', async () => {
    serveSession();
    server.use(
      http.post(`*${providerActivationPath}`, () => problem(422, providerProblemCodes.pruefnummerInvalid)),
    );
    renderProviderArea('/leistungserbringer/aktivieren');
    await activateWith('K7P4-22QX', 'Tasse Wolke Fahrrad Mittag');
    const banner = await screen.findByRole('alert', { name: 'Die Prüfnummer stimmt nicht' });
    expect(within(banner).getByRole('link', { name: 'Neuen Brief anfordern' })).toBeInTheDocument();
  });

  it('opens the query once the access is set up, and says so', async () => {
    serveSession();
    const active = providerSession();
    server.use(http.post(`*${providerActivationPath}`, () => HttpResponse.json(active)));
    renderProviderArea('/leistungserbringer/aktivieren');
    await activateWith('K7P4-22QX', 'Tasse Wolke Fahrrad Mittag');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Zuzahlungsstatus abfragen' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        'Ihr Zugang ist eingerichtet. Ab jetzt melden Sie sich mit Ihrem eigenen Passwort an.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Bereich für Apotheken und Praxen' })).toBeInTheDocument();
  });
});
