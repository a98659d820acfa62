import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider, useLocation, type RouteObject } from 'react-router';
import { I18nProvider } from '../../i18n/i18n-provider';
import { ActivationPage } from './activation-page';
import { ApiKeysPage } from './api-keys-page';
import { HistoryPage } from './history-page';
import { NewLetterPage, RegistrationPage } from './letter-request-page';
import { ProviderLayout } from './provider-layout';
import { ProviderLoginPage } from './provider-login-page';
import { QueryPage } from './query-page';

/** Where the app went instead: the path and query, for assertions on navigation. */
function Elsewhere() {
  const location = useLocation();
  return <p data-testid="elsewhere">{`${location.pathname}${location.search}`}</p>;
}

/** The provider area's routes as src/app/routes.tsx registers them, without lazy loading. */
export const providerRoutes: RouteObject[] = [
  {
    path: '/leistungserbringer',
    children: [
      { index: true, element: <ProviderLoginPage /> },
      { path: 'registrieren', element: <RegistrationPage /> },
      { path: 'neuer-brief', element: <NewLetterPage /> },
      {
        element: <ProviderLayout />,
        children: [
          { path: 'aktivieren', element: <ActivationPage /> },
          { path: 'abfrage', element: <QueryPage /> },
          { path: 'verlauf', element: <HistoryPage /> },
          { path: 'schnittstelle', element: <ApiKeysPage /> },
        ],
      },
    ],
  },
  { path: '*', element: <Elsewhere /> },
];

/** Renders the provider area opened at `at`, with a fresh query cache (no retries) and the language providers. */
export function renderProviderArea(at: string, routes: RouteObject[] = providerRoutes) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const router = createMemoryRouter(routes, { initialEntries: [at] });
  const view = render(
    <QueryClientProvider client={client}>
      <I18nProvider>
        <RouterProvider router={router} />
      </I18nProvider>
    </QueryClientProvider>,
  );
  return { ...view, router, client };
}
