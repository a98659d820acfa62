import { screen, within } from '@testing-library/react';
import axe from 'axe-core';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import {
  providerSessionPath,
  providerStatusQueryPath,
  type ProviderQueryHistory,
} from '../../api/contracts/provider-check';
import { providerEndpoints, providerSession } from '../../api/provider-endpoints.test-support';
import { renderProviderArea } from './provider-pages.test-support';

const { server } = providerEndpoints();
const noContrast = { rules: { 'color-contrast': { enabled: false } } };

function serveHistory(history: ProviderQueryHistory) {
  server.use(
    http.get(`*${providerSessionPath}`, () => HttpResponse.json(providerSession())),
    http.get(`*${providerStatusQueryPath}`, () => HttpResponse.json(history)),
  );
}

describe('the provider’s own history', () => {
  it('lists the queries in words with today’s count against the limit, and no patient data', async () => {
    serveHistory({
      entries: [
        {
          at: '2026-12-07T09:15:00Z',
          consent: 'cardPresented',
          serviceDate: '2026-12-07',
          answered: 'befreit',
          via: 'portal',
        },
        {
          at: '2026-12-06T16:40:00Z',
          consent: 'byRepresentative',
          serviceDate: '2026-12-10',
          answered: 'nicht-befreit',
          via: 'apiKey',
        },
      ],
      usedToday: 3,
      dailyLimit: 100,
    });
    const { container } = renderProviderArea('/leistungserbringer/verlauf');
    expect(await screen.findByText('3 von 100 Abfragen heute')).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Abfragen, die neueste zuerst' });
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((cell) => cell.textContent),
      );
    expect(rows).toEqual([
      ['07.12.2026, 10:15 Uhr', '07.12.2026', 'Gesundheitskarte vorgelegt', 'Befreit', 'diese Seite'],
      [
        '06.12.2026, 17:40 Uhr',
        '10.12.2026',
        'Durch eine vertretungsberechtigte Person',
        'Nicht befreit',
        'Ihre Software',
      ],
    ]);
    expect(screen.getByRole('link', { name: 'Ihre Abfragen' })).toHaveAttribute('aria-current', 'page');
    expect((await axe.run(container, noContrast)).violations).toEqual([]);
  });

  it('says when nothing was asked yet', async () => {
    serveHistory({ entries: [], usedToday: 0, dailyLimit: 100 });
    renderProviderArea('/leistungserbringer/verlauf');
    expect(await screen.findByText('0 von 100 Abfragen heute')).toBeInTheDocument();
    expect(screen.getByText('Ihre Einrichtung hat noch nichts abgefragt.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});
