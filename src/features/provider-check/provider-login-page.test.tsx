import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import {
  providerLoginPath,
  providerProblemCodes,
  providerSessionPath,
} from '../../api/contracts/provider-check';
import { problem, providerEndpoints, providerSession } from '../../api/provider-endpoints.test-support';
import { renderProviderArea } from './provider-pages.test-support';

const { server, sent } = providerEndpoints();
const noContrast = { rules: { 'color-contrast': { enabled: false } } };

const ikField = () => screen.getByRole('textbox', { name: 'Institutionskennzeichen (IK)' });
const passwordField = () => screen.getByLabelText('Passwort');
const submit = () => screen.getByRole('button', { name: 'Anmelden' });
const logins = () => sent().filter((request) => request.path === providerLoginPath);

async function loginWith(ik: string, password: string) {
  const user = userEvent.setup();
  await user.type(ikField(), ik);
  await user.type(passwordField(), password);
  await user.click(submit());
  return user;
}

describe('the provider login', () => {
  it('names each missing or malformed field in the error summary and sends nothing', async () => {
    const { container } = renderProviderArea('/leistungserbringer');
    const user = userEvent.setup();
    await user.type(ikField(), '261400027');
    await user.click(submit());
    const summary = await screen.findByRole('alert', { name: 'Bitte prüfen Sie Ihre Angaben' });
    expect(
      within(summary)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual([
      'Dieses Institutionskennzeichen (IK) gibt es nicht. Wahrscheinlich ist eine Ziffer vertippt. Bitte prüfen Sie es.',
      'Geben Sie Ihr Passwort ein.',
    ]);
    expect(ikField()).toHaveValue('261400027');
    expect(ikField()).toBeInvalid();
    expect(logins()).toHaveLength(0);
    expect((await axe.run(container, noContrast)).violations).toEqual([]);
  });

  it('says one neutral sentence for a 401, keeps the IK and forgets the password', async () => {
    server.use(http.post(`*${providerLoginPath}`, () => problem(401, providerProblemCodes.loginFailed)));
    const { container } = renderProviderArea('/leistungserbringer');
    await loginWith('261 400 028', 'falsches-kennwort');
    const banner = await screen.findByRole('alert', { name: 'Anmeldung nicht möglich' });
    expect(
      within(banner).getByText(
        'IK oder Passwort stimmen nicht. Prüfen Sie beides. Das Erstpasswort aus dem Brief gilt nur eine begrenzte Zeit.',
      ),
    ).toBeInTheDocument();
    expect(ikField()).toHaveValue('261 400 028');
    expect(passwordField()).toHaveValue('');
    // The IK is sent without the spaces people type.
    expect(logins().map((request) => request.body)).toEqual([
      { ik: '261400028', password: 'falsches-kennwort' },
    ]);
    expect((await axe.run(container, noContrast)).violations).toEqual([]);
  });

  it('sends a dormant account to a new letter', async () => {
    server.use(http.post(`*${providerLoginPath}`, () => problem(403, providerProblemCodes.dormant)));
    renderProviderArea('/leistungserbringer');
    await loginWith('261400028', 'richtiges-kennwort');
    const banner = await screen.findByRole('alert', { name: 'Ihr Zugang wurde lange nicht genutzt' });
    expect(within(banner).getByRole('link', { name: 'Neuen Brief anfordern' })).toHaveAttribute(
      'href',
      '/leistungserbringer/neuer-brief',
    );
  });

  it('says how long a locked login waits', async () => {
    server.use(
      http.post(`*${providerLoginPath}`, () =>
        problem(429, providerProblemCodes.loginLocked, {}, { 'Retry-After': '600' }),
      ),
    );
    renderProviderArea('/leistungserbringer');
    await loginWith('261400028', 'kennwort');
    const banner = await screen.findByRole('alert', { name: 'Anmeldung vorübergehend gesperrt' });
    expect(banner).toHaveTextContent('Versuchen Sie es in 10 Minuten noch einmal.');
  });

  it('leads a login with the letter’s initial password to the activation', async () => {
    const session = providerSession({ stage: 'activation' });
    server.use(
      http.post(`*${providerLoginPath}`, () => HttpResponse.json(session)),
      http.get(`*${providerSessionPath}`, () => HttpResponse.json(session)),
    );
    renderProviderArea('/leistungserbringer');
    await loginWith('261400028', 'Initial-Passwort-aus-dem-Brief');
    expect(await screen.findByRole('heading', { level: 1, name: 'Zugang einrichten' })).toBeInTheDocument();
    // Only the activation is open: no navigation to the query yet.
    expect(screen.queryByRole('link', { name: 'Status abfragen' })).not.toBeInTheDocument();
  });

  it('links to the registration and to a new letter', () => {
    renderProviderArea('/leistungserbringer');
    expect(screen.getByRole('link', { name: 'Zugang beantragen' })).toHaveAttribute(
      'href',
      '/leistungserbringer/registrieren',
    );
    expect(
      screen.getByRole('link', { name: 'Passwort vergessen oder Zugang gesperrt? Neuen Brief anfordern' }),
    ).toHaveAttribute('href', '/leistungserbringer/neuer-brief');
  });
});
