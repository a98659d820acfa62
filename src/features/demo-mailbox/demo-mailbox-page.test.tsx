import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { http, HttpResponse } from 'msw';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { demoProviderLettersPath, type DemoProviderLetters } from '../../api/contracts/provider-check';
import { serviceInfoPath } from '../../api/contracts/service-info';
import { providerEndpoints, serviceInfo } from '../../api/provider-endpoints.test-support';
import { I18nProvider } from '../../i18n/i18n-provider';
import { DemoMailboxPage } from './demo-mailbox-page';

const { server, sent } = providerEndpoints();
const noContrast = { rules: { 'color-contrast': { enabled: false } } };

const letters: DemoProviderLetters = {
  letters: [
    {
      id: 'letter-1',
      createdAt: '2026-12-07T09:00:00Z',
      recipient: {
        name: 'Löwen-Apotheke am Markt',
        addressLines: ['Inh. Sabine Krause', 'Markt 12', '07743 Jena'],
      },
      subject: 'Ihr Zugang zur Statusabfrage',
      body: 'Sehr geehrte Damen und Herren,\n\nIhr Kennwort für die erste Anmeldung: Tx7-Pq2-Lm9\nIhre Prüfnummer: K7P4-22QX\n\nMit freundlichen Grüßen',
    },
  ],
};

function show(demo: boolean) {
  server.use(
    http.get(`*${serviceInfoPath}`, () => HttpResponse.json(serviceInfo(demo))),
    http.get(`*${demoProviderLettersPath}`, ({ request }) =>
      HttpResponse.json(
        new URL(request.url).searchParams.get('ik') === '261400028' ? letters : { letters: [] },
      ),
    ),
  );
  const router = createMemoryRouter([{ path: '/demo/briefkasten', element: <DemoMailboxPage /> }], {
    initialEntries: ['/demo/briefkasten'],
  });
  const view = render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <I18nProvider>
        <RouterProvider router={router} />
      </I18nProvider>
    </QueryClientProvider>,
  );
  return { ...view, user: userEvent.setup() };
}

const ikField = () => screen.getByRole('textbox', { name: 'Institutionskennzeichen (IK)' });

describe('the demo mailbox', () => {
  it('shows the letters to an IK, clearly labelled as the demo, with address, subject and the text as written', async () => {
    const { user, container } = show(true);
    await user.type(
      await screen.findByRole('textbox', { name: 'Institutionskennzeichen (IK)' }),
      '261400028',
    );
    await user.click(screen.getByRole('button', { name: 'Briefe anzeigen' }));
    const letter = await screen.findByRole('article', {
      name: 'Demo: So sähe der Brief aus: Ihr Zugang zur Statusabfrage',
    });
    // <address> (role group): the recipient's name and each line of the address on file.
    const address = within(letter).getByRole('group');
    expect([...address.querySelectorAll('span')].map((line) => line.textContent)).toEqual([
      'Löwen-Apotheke am Markt',
      'Inh. Sabine Krause',
      'Markt 12',
      '07743 Jena',
    ]);
    const body = letter.querySelector('pre');
    expect(body?.textContent).toBe(letters.letters[0]?.body);
    expect(screen.getByRole('heading', { level: 2, name: 'Briefe an IK 261400028' })).toHaveFocus();
    expect(sent().map((request) => request.url)).toContainEqual(expect.stringContaining('ik=261400028'));
    expect((await axe.run(container, noContrast)).violations).toEqual([]);
  });

  it('says when an IK has no letters', async () => {
    const { user } = show(true);
    await user.type(
      await screen.findByRole('textbox', { name: 'Institutionskennzeichen (IK)' }),
      '301234561',
    );
    await user.click(screen.getByRole('button', { name: 'Briefe anzeigen' }));
    expect(
      await screen.findByText(
        'Für dieses IK gibt es keine Briefe. Briefe gehen nur an Einrichtungen, die bei uns hinterlegt sind.',
      ),
    ).toBeInTheDocument();
  });

  it('names a mistyped IK', async () => {
    const { user, container } = show(true);
    await user.type(await screen.findByRole('textbox', { name: 'Institutionskennzeichen (IK)' }), '2614');
    await user.click(screen.getByRole('button', { name: 'Briefe anzeigen' }));
    const summary = await screen.findByRole('alert', { name: 'Bitte prüfen Sie Ihre Angaben' });
    expect(within(summary).getByRole('link')).toHaveTextContent(
      'Das Institutionskennzeichen (IK) hat genau 9 Ziffern, zum Beispiel 101575519.',
    );
    expect(ikField()).toHaveValue('2614');
    expect((await axe.run(container, noContrast)).violations).toEqual([]);
  });

  it('is not there outside the demo', async () => {
    show(false);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Diese Seite gibt es hier nicht' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    expect(sent().filter((request) => request.path === demoProviderLettersPath)).toHaveLength(0);
  });
});
