import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider, useLocation } from 'react-router';
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../i18n/i18n-provider';
import { SummaryList } from './summary-list';

function Target() {
  const location = useLocation();
  return <p>Ziel {JSON.stringify(location.state)}</p>;
}

function renderList() {
  const router = createMemoryRouter(
    [
      {
        path: '/pruefen',
        element: (
          <SummaryList
            rows={[
              {
                key: 'Name',
                value: 'Erika Mustermann',
                actions: [
                  { to: '/name', label: 'Ändern', hiddenContext: 'Name', state: { returnTo: '/pruefen' } },
                ],
              },
              {
                key: 'Kind 1',
                value: 'Max',
                actions: [
                  { to: '/kind/1', label: 'Ändern', hiddenContext: 'Kind 1' },
                  { to: '/kind/1/entfernen', label: 'Entfernen', hiddenContext: 'Kind 1' },
                ],
              },
              { key: 'Jahr', value: '2026' },
            ]}
          />
        ),
      },
      { path: '*', element: <Target /> },
    ],
    { initialEntries: ['/pruefen'] },
  );
  render(
    <I18nProvider>
      <RouterProvider router={router} />
    </I18nProvider>,
  );
  return router;
}

describe('SummaryList', () => {
  it('pairs each question with its answer', () => {
    renderList();
    const terms = screen.getAllByRole('term');
    expect(terms.map((term) => term.textContent)).toEqual(['Name', 'Kind 1', 'Jahr']);
    expect(screen.getAllByRole('definition')[0]).toHaveTextContent('Erika Mustermann');
  });

  it('names change links with their hidden context and passes router state', async () => {
    const router = renderList();
    const link = screen.getByRole('link', { name: 'Ändern Name' });
    expect(within(link).getByText('Name')).toHaveClass('visually-hidden');
    expect(screen.getByRole('link', { name: 'Entfernen Kind 1' })).toHaveAttribute(
      'href',
      '/kind/1/entfernen',
    );
    await userEvent.setup().click(link);
    expect(router.state.location.pathname).toBe('/name');
    expect(await screen.findByText('Ziel {"returnTo":"/pruefen"}')).toBeInTheDocument();
  });
});
