import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { createQueryClient } from '../../api/query-client';
import { I18nProvider } from '../../i18n/i18n-provider';
import { DemoControlPage } from './demo-control-page';

function renderPage() {
  const router = createMemoryRouter([{ path: '/demo', Component: DemoControlPage }], {
    initialEntries: ['/demo'],
  });
  render(
    <QueryClientProvider client={createQueryClient({ retryDelayMs: 0 })}>
      <I18nProvider>
        <RouterProvider router={router} />
      </I18nProvider>
    </QueryClientProvider>,
  );
}

describe('Demo-Steuerung', () => {
  it.each([
    ['Keine Antwort (die Anfrage hängt)', '2 × Keine Antwort (die Anfrage hängt) für alle'],
    [
      'Antwort geht verloren (gespeichert wird trotzdem)',
      '2 × Antwort geht verloren (gespeichert wird trotzdem) für alle',
    ],
    ['Server nicht verfügbar (503)', '2 × HTTP 503 für alle'],
  ])('plans "%s" and names it in plain words', async (choice, planned) => {
    const user = userEvent.setup();
    renderPage();
    await screen.findByText('Keine Fehler geplant.');
    await user.selectOptions(screen.getByLabelText('Art des Fehlers'), choice);
    await user.clear(screen.getByLabelText('Anzahl der nächsten Anfragen, die fehlschlagen'));
    await user.type(screen.getByLabelText('Anzahl der nächsten Anfragen, die fehlschlagen'), '2');
    await user.click(screen.getByRole('button', { name: 'Übernehmen' }));
    expect(await screen.findByText(planned)).toBeInTheDocument();
  });
});
