import type { RouteObject } from 'react-router';

// The section's pages, relative to /antrag, each loaded with its route.
export const incomeRoutes: RouteObject[] = [
  {
    path: 'einnahmen',
    children: [
      {
        index: true,
        lazy: () => import('./income-overview-page').then((m) => ({ Component: m.IncomeOverviewPage })),
      },
      {
        path: 'eintrag/:entryId',
        lazy: () => import('./income-entry-page').then((m) => ({ Component: m.IncomeEntryPage })),
      },
    ],
  },
];
