import type { RouteObject } from 'react-router';

type Page = { Component: () => React.JSX.Element | null };
const page = (load: () => Promise<Page>): Pick<RouteObject, 'lazy'> => ({ lazy: load });

// The section's pages, relative to /antrag, each loaded with its route.
export const householdRoutes: RouteObject[] = [
  {
    path: 'haushalt',
    ...page(() => import('./household-overview-page').then((m) => ({ Component: m.HouseholdOverviewPage }))),
  },
  {
    path: 'haushalt/person/:memberId',
    ...page(() => import('./member-page').then((m) => ({ Component: m.MemberPage }))),
  },
  {
    path: 'haushalt/person/:memberId/entfernen',
    ...page(() => import('./remove-member-page').then((m) => ({ Component: m.RemoveMemberPage }))),
  },
];
