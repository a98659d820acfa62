import type { RouteObject } from 'react-router';

// The section's pages, relative to /antrag, each loaded with its route.
export const receiptRoutes: RouteObject[] = [
  {
    path: 'zuzahlungen',
    children: [
      {
        index: true,
        lazy: () => import('./receipt-overview-page').then((m) => ({ Component: m.ReceiptOverviewPage })),
      },
      {
        path: 'beleg/:receiptId',
        lazy: () => import('./receipt-entry-page').then((m) => ({ Component: m.ReceiptEntryPage })),
      },
    ],
  },
];
