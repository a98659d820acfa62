import type { RouteObject } from 'react-router';

// Sending, the confirmation and the processing status: children of the /antrag layout, each its own chunk, so
// pdf-lib and fflate load with "Antrag senden" (and in its worker), never with the wizard's question pages.
export const sendRoutes: RouteObject[] = [
  {
    path: 'absenden',
    lazy: () => import('./send-page').then((m) => ({ Component: m.SendPage })),
  },
  {
    path: 'bestaetigung',
    lazy: () => import('./confirmation-page').then((m) => ({ Component: m.ConfirmationPage })),
  },
  {
    path: 'status',
    lazy: () => import('./status-page').then((m) => ({ Component: m.StatusPage })),
  },
];
