import type { RouteObject } from 'react-router';
import { antragRoutes } from '../features/antrag/antrag-routes';
import { legalRoutes } from '../features/legal/legal-routes';
import { StartPage } from '../features/start/start-page';
import { Layout } from './layout/layout';
import { LoadingPage } from './layout/loading-page';
import { RouteErrorPage } from './layout/route-error-page';

// The demo control exists only where the mock does; the condition must be inline to be folded away at build.
// Everything but the start page loads with its route: forms, schemas and queries stay out of the first load.
export const routes: RouteObject[] = [
  {
    path: '/',
    Component: Layout,
    ErrorBoundary: RouteErrorPage,
    HydrateFallback: LoadingPage,
    children: [
      { index: true, Component: StartPage },
      // The wizard needs no server state yet: it stays outside the query layout and loads without it.
      ...antragRoutes,
      {
        lazy: () => import('./layout/lazy-layout').then((m) => ({ Component: m.LazyLayout })),
        children: [
          {
            path: 'belastungsgrenze',
            lazy: () =>
              import('../features/limit-estimate/limit-estimate-page').then((m) => ({
                Component: m.LimitEstimatePage,
              })),
          },
          {
            // Public: the status from a reference and an Abrufcode, on any device, without a draft.
            path: 'status',
            lazy: () =>
              import('../features/antrag/status/status-lookup-page').then((m) => ({
                Component: m.StatusLookupPage,
              })),
          },
          {
            // A family member's invitation link (issue 14): the code and the date of birth open it.
            path: 'mitwirken/:token',
            lazy: () =>
              import('../features/antrag/mitwirken/invitation-open-page').then((m) => ({
                Component: m.InvitationOpenPage,
              })),
          },
          ...legalRoutes,
          // The caseworker area (issue 13): its own chunks, never part of the applicant's pages.
          {
            path: 'sachbearbeitung/anmelden',
            lazy: () =>
              import('../features/sachbearbeitung/login-page').then((m) => ({ Component: m.LoginPage })),
          },
          {
            path: 'sachbearbeitung',
            lazy: () =>
              import('../features/sachbearbeitung/caseworker-layout').then((m) => ({
                Component: m.CaseworkerLayout,
              })),
            children: [
              {
                index: true,
                lazy: () =>
                  import('../features/sachbearbeitung/queue-page').then((m) => ({ Component: m.QueuePage })),
              },
              {
                path: 'vorgang/:reference',
                lazy: () =>
                  import('../features/sachbearbeitung/case-page').then((m) => ({ Component: m.CasePage })),
              },
              {
                path: 'datei',
                lazy: () =>
                  import('../features/sachbearbeitung/bundle-file-page').then((m) => ({
                    Component: m.BundleFilePage,
                  })),
              },
            ],
          },
          {
            path: 'kontakt',
            lazy: () =>
              import('../features/contact/contact-page').then((m) => ({ Component: m.ContactPage })),
          },
          ...(import.meta.env.VITE_API_MOCK === 'true'
            ? [
                {
                  path: 'demo',
                  lazy: () =>
                    import('../features/demo-control/demo-control-page').then((m) => ({
                      Component: m.DemoControlPage,
                    })),
                },
              ]
            : []),
        ],
      },
      {
        path: '*',
        lazy: () =>
          import('../features/not-found/not-found-page').then((m) => ({ Component: m.NotFoundPage })),
      },
    ],
  },
];
