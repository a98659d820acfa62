import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { http, HttpResponse } from 'msw';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import {
  insuredObjectionsPath,
  insuredObjectionWithdrawalPath,
  providerProblemCodes,
  insuredStatusChecksPath,
  type InsuredStatusChecks,
} from '../../api/contracts/provider-check';
import { problem, providerEndpoints } from '../../api/provider-endpoints.test-support';
import { I18nProvider } from '../../i18n/i18n-provider';
import { OwnChecksPage } from './own-checks-page';

const { server, sent } = providerEndpoints();
const noContrast = { rules: { 'color-contrast': { enabled: false } } };
const pharmacy = { ik: '261400028', name: 'Löwen-Apotheke am Markt' };
const physio = { ik: '301234561', name: 'Physiotherapie Saaleblick' };

const checks: InsuredStatusChecks = {
  checks: [
    {
      at: '2026-12-07T09:15:00Z',
      provider: pharmacy,
      consent: 'cardPresented',
      serviceDate: '2026-12-07',
      result: 'blocked',
    },
    {
      at: '2026-12-01T14:05:00Z',
      provider: physio,
      consent: 'writtenOnFile',
      serviceDate: '2026-12-02',
      result: 'befreit',
    },
    {
      at: '2026-11-20T08:30:00Z',
      provider: pharmacy,
      consent: 'givenOrally',
      serviceDate: '2026-11-20',
      result: 'befreit',
    },
  ],
  objections: [{ provider: pharmacy, since: '2026-12-05T10:00:00Z' }],
};

/** The insured endpoints as the server answers them: the list, changed by objections and withdrawals. */
function serveChecks(initial: InsuredStatusChecks = checks) {
  let current = initial;
  server.use(
    http.post(`*${insuredStatusChecksPath}`, () => HttpResponse.json(current)),
    http.post(`*${insuredObjectionsPath}`, async ({ request }) => {
      const { ik } = (await request.json()) as { ik: string };
      const provider = current.checks.find((check) => check.provider.ik === ik)?.provider ?? pharmacy;
      current = {
        ...current,
        objections: [...current.objections, { provider, since: '2026-12-07T12:00:00Z' }],
      };
      return HttpResponse.json(current);
    }),
    http.post(`*${insuredObjectionWithdrawalPath}`, async ({ request }) => {
      const { ik } = (await request.json()) as { ik: string };
      current = { ...current, objections: current.objections.filter((o) => o.provider.ik !== ik) };
      return HttpResponse.json(current);
    }),
  );
}

function show() {
  const router = createMemoryRouter([{ path: '/meine-befreiung/abfragen', element: <OwnChecksPage /> }], {
    initialEntries: ['/meine-befreiung/abfragen'],
  });
  const view = render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <I18nProvider>
        <RouterProvider router={router} />
      </I18nProvider>
    </QueryClientProvider>,
  );
  return { ...view, router, user: userEvent.setup() };
}

async function lookUp(
  user: ReturnType<typeof userEvent.setup>,
  kvnr = 'A123456780',
  card = 'zb 2026 000123',
) {
  await user.type(screen.getByRole('textbox', { name: 'Ihre Krankenversichertennummer' }), kvnr);
  await user.type(screen.getByRole('textbox', { name: 'Ausweis-Nr. Ihres Befreiungsausweises' }), card);
  await user.click(screen.getByRole('button', { name: 'Abfragen anzeigen' }));
}
const posted = (path: string) =>
  sent()
    .filter((request) => request.method === 'POST' && request.path === path)
    .map((request) => request.body);

describe('the insured person’s view of the checks', () => {
  it('names a wrong KVNR and a malformed card number, and sends nothing', async () => {
    serveChecks();
    const { user, container } = show();
    await lookUp(user, 'A123456781', 'ZB-26-1');
    const summary = await screen.findByRole('alert', { name: 'Bitte prüfen Sie Ihre Angaben' });
    expect(
      within(summary)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual([
      'Diese Krankenversichertennummer gibt es nicht. Wahrscheinlich ist eine Ziffer vertippt. Vergleichen Sie sie mit Ihrer Gesundheitskarte.',
      'Die Ausweis-Nr. beginnt mit ZB, dann folgen das Jahr und 6 Ziffern. Zum Beispiel ZB-2026-000123.',
    ]);
    expect(sent()).toHaveLength(0);
    expect((await axe.run(container, noContrast)).violations).toEqual([]);
  });

  it('says one thing when KVNR and card number do not belong together (404), keeping both', async () => {
    server.use(
      http.post(`*${insuredStatusChecksPath}`, () => problem(404, providerProblemCodes.insuredNotFound)),
    );
    const { user, container } = show();
    await lookUp(user);
    const banner = await screen.findByRole('alert', { name: 'Keine Abfragen gefunden' });
    expect(banner).toHaveTextContent(
      'Krankenversichertennummer und Ausweis-Nr. passen nicht zusammen. Prüfen Sie beide auf Ihrem Befreiungsausweis.',
    );
    expect(screen.getByRole('textbox', { name: 'Ihre Krankenversichertennummer' })).toHaveValue('A123456780');
    expect((await axe.run(container, noContrast)).violations).toEqual([]);
  });

  it('lists every check in words, a blocked one as "blockiert (Widerspruch)"; the numbers only in the POST body', async () => {
    serveChecks();
    const { user, container } = show();
    await lookUp(user);
    const table = await screen.findByRole('table', { name: 'Abfragen Ihres Status, die neueste zuerst' });
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((cell) => cell.textContent),
      );
    expect(rows).toEqual([
      [
        '07.12.2026, 10:15 Uhr',
        'Löwen-Apotheke am Markt (IK 261400028)',
        'Gesundheitskarte vorgelegt',
        '07.12.2026',
        'blockiert (Widerspruch)',
      ],
      [
        '01.12.2026, 15:05 Uhr',
        'Physiotherapie Saaleblick (IK 301234561)',
        'Schriftliche Einwilligung liegt vor',
        '02.12.2026',
        'befreit',
      ],
      [
        '20.11.2026, 09:30 Uhr',
        'Löwen-Apotheke am Markt (IK 261400028)',
        'Mündlich erteilt',
        '20.11.2026',
        'befreit',
      ],
    ]);
    expect(screen.getByRole('heading', { level: 2, name: 'Abfragen Ihres Status' })).toHaveFocus();
    expect(posted(insuredStatusChecksPath)).toEqual([{ kvnr: 'A123456780', cardNumber: 'ZB-2026-000123' }]);
    for (const request of sent()) expect(request.url).not.toMatch(/A123456780|ZB-2026-000123/);
    expect(window.localStorage.length + window.sessionStorage.length).toBe(0);
    expect((await axe.run(container, noContrast)).violations).toEqual([]);
  });

  it('objects to a provider after saying what follows, and withdraws an objection', async () => {
    serveChecks();
    const { user, container } = show();
    await lookUp(user);
    // The pharmacy is objected to already: only the physiotherapy can be objected to.
    const providers = await screen.findByRole('region', { name: 'Einrichtungen, die abgefragt haben' });
    expect(
      within(providers)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['Widersprechen gegen Physiotherapie Saaleblick (IK 301234561)']);
    await user.click(within(providers).getByRole('button', { name: /^Widersprechen/ }));
    const confirm = screen.getByRole('group', {
      name: 'Der Abfrage durch Physiotherapie Saaleblick widersprechen?',
    });
    expect(confirm).toHaveTextContent(
      'Physiotherapie Saaleblick bekommt dann bei jeder Abfrage die Antwort „nicht befreit“. Die Einrichtung wird Sie deshalb nach Ihrem Befreiungsausweis fragen.',
    );
    expect((await axe.run(container, noContrast)).violations).toEqual([]);
    await user.click(within(confirm).getByRole('button', { name: 'Ja, widersprechen' }));
    expect(
      await screen.findByText('Sie haben der Abfrage durch Physiotherapie Saaleblick widersprochen.'),
    ).toHaveFocus();
    expect(posted(insuredObjectionsPath)).toEqual([
      { kvnr: 'A123456780', cardNumber: 'ZB-2026-000123', ik: '301234561' },
    ]);
    const objections = screen.getByRole('region', { name: 'Ihre Widersprüche' });
    expect(within(objections).getAllByRole('listitem')).toHaveLength(2);
    expect(
      screen.queryByRole('region', { name: 'Einrichtungen, die abgefragt haben' }),
    ).not.toBeInTheDocument();

    await user.click(
      within(objections).getByRole('button', {
        name: 'Widerspruch zurücknehmen gegen Löwen-Apotheke am Markt (IK 261400028)',
      }),
    );
    expect(
      await screen.findByText(
        'Ihr Widerspruch gegen Löwen-Apotheke am Markt ist zurückgenommen. Die Einrichtung kann wieder abfragen.',
      ),
    ).toBeInTheDocument();
    expect(posted(insuredObjectionWithdrawalPath)).toEqual([
      { kvnr: 'A123456780', cardNumber: 'ZB-2026-000123', ik: '261400028' },
    ]);
    expect(within(objections).getAllByRole('listitem')).toHaveLength(1);
    expect((await axe.run(container, noContrast)).violations).toEqual([]);
  });

  it('forgets both numbers when the person closes the view', async () => {
    serveChecks({ checks: [], objections: [] });
    const { user } = show();
    await lookUp(user);
    expect(
      await screen.findByText('Bisher hat keine Einrichtung Ihren Status abgefragt.'),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Angaben schließen' }));
    expect(screen.getByRole('textbox', { name: 'Ihre Krankenversichertennummer' })).toHaveValue('');
    expect(screen.getByRole('textbox', { name: 'Ausweis-Nr. Ihres Befreiungsausweises' })).toHaveValue('');
  });
});
