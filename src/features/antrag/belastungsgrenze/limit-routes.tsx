import type { RouteObject } from 'react-router';

// The explained limit, relative to /antrag, loaded with its route.
export const limitRoutes: RouteObject[] = [
  {
    path: 'belastungsgrenze',
    lazy: () => import('./limit-page').then((m) => ({ Component: m.LimitPage })),
  },
];
