import { QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { createQueryClient } from '../../src/api/query-client';
import { routes } from '../../src/app/routes';
import { patchFlowRoutes } from '../../src/features/antrag/flow/patch-flow-routes';
import { I18nProvider } from '../../src/i18n/i18n-provider';

/**
 * The whole app (real routes, real API client, the app's own retry policy without its waiting) at a given
 * address, talking to the msw node server; a fresh query cache per test.
 */
export function renderApp(path: string) {
  const router = createMemoryRouter(routes, {
    initialEntries: [path],
    patchRoutesOnNavigation: patchFlowRoutes,
  });
  const view = render(
    <QueryClientProvider client={createQueryClient({ retryDelayMs: 0 })}>
      <I18nProvider>
        <RouterProvider router={router} />
      </I18nProvider>
    </QueryClientProvider>,
  );
  return { ...view, router };
}
