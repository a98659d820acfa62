import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { commonProblemCodes } from '../../api/contracts/api-problem';
import { csrfHeader } from '../../api/contracts/caseworker-auth';
import {
  providerProblemCodes,
  providerSessionPath,
  providerStatusQueryPath,
  type StatusAnswer,
} from '../../api/contracts/provider-check';
import { problem, providerEndpoints, providerSession } from '../../api/provider-endpoints.test-support';
import { todayIso } from './provider-clock';
import { renderProviderArea } from './provider-pages.test-support';

const { server, sent } = providerEndpoints();
const noContrast = { rules: { 'color-contrast': { enabled: false } } };
const session = providerSession();
const today = todayIso();
const typedToday = `${Number(today.slice(8, 10))}.${Number(today.slice(5, 7))}.${today.slice(0, 4)}`;

function serve(answer: () => Response) {
  server.use(
    http.get(`*${providerSessionPath}`, () => HttpResponse.json(session)),
    http.post(`*${providerStatusQueryPath}`, answer),
    // The history is asked again after each answer; this page does not show it.
    http.get(`*${providerStatusQueryPath}`, () =>
      HttpResponse.json({ entries: [], usedToday: 1, dailyLimit: 100 }),
    ),
  );
}
const queries = () =>
  sent().filter((request) => request.method === 'POST' && request.path === providerStatusQueryPath);

const kvnr = () => screen.getByRole('textbox', { name: 'Krankenversichertennummer' });
const birthDate = () => screen.getByRole('textbox', { name: 'Geburtsdatum' });
const serviceDate = () => screen.getByRole('textbox', { name: 'Datum der Leistung' });
const consent = (name: string) => screen.getByRole('radio', { name });

async function open() {
  const view = renderProviderArea('/leistungserbringer/abfrage');
  await screen.findByRole('heading', { level: 1, name: 'Zuzahlungsstatus abfragen' });
  return { ...view, user: userEvent.setup() };
}

async function ask(user: ReturnType<typeof userEvent.setup>, number = 'a123 456 780', born = '27.3.1956') {
  await user.type(kvnr(), number);
  await user.type(birthDate(), born);
  await user.click(consent('Gesundheitskarte vorgelegt'));
  await user.click(screen.getByRole('button', { name: 'Status abfragen' }));
}

describe('the counter query', () => {
  it('offers the four forms of consent and today as the date of service', async () => {
    serve(() => HttpResponse.json({ status: 'nicht-befreit' }));
    const { container } = await open();
    const group = screen.getByRole('group', { name: 'Wie hat die Person eingewilligt?' });
    expect(
      within(group)
        .getAllByRole('radio')
        .map((radio) => radio.getAttribute('value')),
    ).toEqual(['writtenOnFile', 'givenOrally', 'cardPresented', 'byRepresentative']);
    expect(consent('Schriftliche Einwilligung liegt vor')).not.toBeChecked();
    expect(consent('Mündlich erteilt')).toBeInTheDocument();
    expect(consent('Durch eine vertretungsberechtigte Person')).toBeInTheDocument();
    expect(serviceDate()).toHaveValue(typedToday);
    expect((await axe.run(container, noContrast)).violations).toEqual([]);
  });

  it('names a KVNR with a wrong check digit and the missing consent, and sends nothing', async () => {
    serve(() => HttpResponse.json({ status: 'nicht-befreit' }));
    const { user, container } = await open();
    await user.type(kvnr(), 'A123456781');
    await user.type(birthDate(), '27.3.1956');
    await user.click(screen.getByRole('button', { name: 'Status abfragen' }));
    const summary = await screen.findByRole('alert', { name: 'Bitte prüfen Sie Ihre Angaben' });
    expect(
      within(summary)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual([
      'Diese Krankenversichertennummer gibt es nicht. Wahrscheinlich ist eine Ziffer vertippt. Vergleichen Sie sie mit der Gesundheitskarte.',
      'Wählen Sie aus, wie die Person eingewilligt hat.',
    ]);
    expect(summary).toHaveFocus();
    await user.click(
      within(summary).getByRole('link', { name: 'Wählen Sie aus, wie die Person eingewilligt hat.' }),
    );
    expect(consent('Schriftliche Einwilligung liegt vor')).toHaveFocus();
    expect(kvnr()).toHaveValue('A123456781');
    expect(birthDate()).toHaveValue('27.3.1956');
    expect(queries()).toHaveLength(0);
    expect((await axe.run(container, noContrast)).violations).toEqual([]);
  });

  it('refuses a date of service outside the three calendar years', async () => {
    serve(() => HttpResponse.json({ status: 'nicht-befreit' }));
    const { user } = await open();
    await user.clear(serviceDate());
    await user.type(serviceDate(), `1.1.${Number(today.slice(0, 4)) + 2}`);
    await ask(user);
    const summary = await screen.findByRole('alert', { name: 'Bitte prüfen Sie Ihre Angaben' });
    expect(within(summary).getByRole('link')).toHaveTextContent(
      'Das Datum der Leistung muss im letzten, in diesem oder im nächsten Kalenderjahr liegen.',
    );
    expect(queries()).toHaveLength(0);
  });

  it('shows "Befreit" large with the initials and the last valid day; the KVNR only ever in the POST body', async () => {
    const answer: StatusAnswer = { status: 'befreit', initials: 'E. M.', validUntil: '2026-12-31' };
    serve(() => HttpResponse.json(answer));
    const { user, container } = await open();
    await ask(user);
    const result = await screen.findByRole('region', { name: /^Ergebnis für den / });
    expect(within(result).getByText('Befreit')).toBeInTheDocument();
    expect(within(result).getByText('Initialen: E. M.')).toBeInTheDocument();
    expect(within(result).getByText('gültig bis 31.12.2026')).toBeInTheDocument();
    expect(within(result).getByRole('heading', { level: 2 })).toHaveFocus();
    expect(queries()).toEqual([
      expect.objectContaining({
        body: { kvnr: 'A123456780', birthDate: '1956-03-27', consent: 'cardPresented', serviceDate: today },
        headers: expect.objectContaining({ [csrfHeader]: session.csrfToken }),
      }),
    ]);
    for (const request of sent()) expect(request.url).not.toMatch(/A123456780|1956-03-27/i);
    expect(window.localStorage.length + window.sessionStorage.length).toBe(0);
    expect((await axe.run(container, noContrast)).violations).toEqual([]);
  });

  it('shows "Nicht befreit" with the hint to ask for the card, and "Neue Abfrage" clears the patient', async () => {
    serve(() => HttpResponse.json({ status: 'nicht-befreit' }));
    const { user, container } = await open();
    await ask(user);
    const result = await screen.findByRole('region', { name: /^Ergebnis für den / });
    expect(within(result).getByText('Nicht befreit')).toBeInTheDocument();
    expect(
      within(result).getByText(
        'Bitten Sie die Person um ihren Befreiungsausweis. Legt sie einen gültigen Ausweis vor, ist sie befreit.',
      ),
    ).toBeInTheDocument();
    expect(within(result).queryByText(/Initialen/)).not.toBeInTheDocument();
    expect((await axe.run(container, noContrast)).violations).toEqual([]);
    await user.click(within(result).getByRole('button', { name: 'Neue Abfrage' }));
    expect(kvnr()).toHaveValue('');
    expect(birthDate()).toHaveValue('');
    expect(screen.getAllByRole('radio').filter((radio) => (radio as HTMLInputElement).checked)).toHaveLength(
      0,
    );
    expect(serviceDate()).toHaveValue(typedToday);
    await vi.waitFor(() => expect(kvnr()).toHaveFocus());
  });

  it('says that the daily limit is used up and when to try again, keeping what was typed', async () => {
    serve(() => problem(429, providerProblemCodes.quotaExceeded, {}, { 'Retry-After': '86400' }));
    const { user, container } = await open();
    await ask(user);
    const banner = await screen.findByRole('alert', { name: 'Tageslimit erreicht' });
    expect(banner).toHaveTextContent('Sie haben heute alle Abfragen genutzt, die Ihnen zustehen.');
    expect(banner).toHaveTextContent('Morgen können Sie wieder abfragen.');
    expect(banner).toHaveTextContent('Fragen Sie bis dahin nach dem Befreiungsausweis.');
    expect(kvnr()).toHaveValue('a123 456 780');
    expect(consent('Gesundheitskarte vorgelegt')).toBeChecked();
    expect((await axe.run(container, noContrast)).violations).toEqual([]);
  });

  it('says how long to wait after a burst', async () => {
    serve(() => problem(429, commonProblemCodes.rateLimited, {}, { 'Retry-After': '30' }));
    const { user } = await open();
    await ask(user);
    const banner = await screen.findByRole('alert', { name: 'Zu viele Abfragen in kurzer Zeit' });
    expect(banner).toHaveTextContent('Bitte warten Sie 30 Sekunden. Dann fragen Sie noch einmal ab.');
  });

  it('goes to the activation when the server says the session is still in that stage', async () => {
    let stage: 'active' | 'activation' = 'active';
    serve(() => {
      stage = 'activation';
      return problem(403, providerProblemCodes.activationRequired);
    });
    server.use(http.get(`*${providerSessionPath}`, () => HttpResponse.json(providerSession({ stage }))));
    const { user, router } = await open();
    await ask(user);
    expect(await screen.findByRole('heading', { level: 1, name: 'Zugang einrichten' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/leistungserbringer/aktivieren');
  });

  it('sends an ended session to the login, saying so', async () => {
    serve(() => problem(401, 'auth.required'));
    const { user, router } = await open();
    await ask(user);
    expect(await screen.findByRole('region', { name: 'Sitzung beendet' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/leistungserbringer');
  });
});
