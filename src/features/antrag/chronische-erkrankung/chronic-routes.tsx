import type { RouteObject } from 'react-router';

// The section's pages, relative to /antrag, each loaded with its route.
export const chronicRoutes: RouteObject[] = [
  {
    path: 'chronische-erkrankung',
    children: [
      {
        index: true,
        lazy: () => import('./chronic-overview-page').then((m) => ({ Component: m.ChronicOverviewPage })),
      },
      {
        path: ':memberId',
        lazy: () => import('./chronic-member-page').then((m) => ({ Component: m.ChronicMemberPage })),
      },
    ],
  },
];
