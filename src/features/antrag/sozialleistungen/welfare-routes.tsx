import type { RouteObject } from 'react-router';

type Page = { Component: () => React.JSX.Element | null };
const page = (load: () => Promise<Page>): Pick<RouteObject, 'lazy'> => ({ lazy: load });

// The section's pages, relative to /antrag, each loaded with its route.
export const welfareRoutes: RouteObject[] = [
  {
    path: 'sozialleistungen',
    ...page(() => import('./welfare-page').then((m) => ({ Component: m.WelfarePage }))),
  },
  {
    path: 'sozialleistungen/bescheid',
    ...page(() => import('./notice-page').then((m) => ({ Component: m.NoticePage }))),
  },
];
