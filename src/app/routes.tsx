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
          // The provider status check (issue 15): login, registration and new letter are public; the rest needs
          // the provider's session (the layout sends a provider still in the activation stage to the activation).
          {
            path: 'leistungserbringer',
            children: [
              {
                index: true,
                lazy: () =>
                  import('../features/provider-check/provider-login-page').then((m) => ({
                    Component: m.ProviderLoginPage,
                  })),
              },
              {
                path: 'registrieren',
                lazy: () =>
                  import('../features/provider-check/letter-request-page').then((m) => ({
                    Component: m.RegistrationPage,
                  })),
              },
              {
                path: 'neuer-brief',
                lazy: () =>
                  import('../features/provider-check/letter-request-page').then((m) => ({
                    Component: m.NewLetterPage,
                  })),
              },
              {
                lazy: () =>
                  import('../features/provider-check/provider-layout').then((m) => ({
                    Component: m.ProviderLayout,
                  })),
                children: [
                  {
                    path: 'aktivieren',
                    lazy: () =>
                      import('../features/provider-check/activation-page').then((m) => ({
                        Component: m.ActivationPage,
                      })),
                  },
                  {
                    path: 'abfrage',
                    lazy: () =>
                      import('../features/provider-check/query-page').then((m) => ({
                        Component: m.QueryPage,
                      })),
                  },
                  {
                    path: 'verlauf',
                    lazy: () =>
                      import('../features/provider-check/history-page').then((m) => ({
                        Component: m.HistoryPage,
                      })),
                  },
                  {
                    path: 'schnittstelle',
                    lazy: () =>
                      import('../features/provider-check/api-keys-page').then((m) => ({
                        Component: m.ApiKeysPage,
                      })),
                  },
                ],
              },
            ],
          },
          {
            // The insured person: who checked their status, with objections (KVNR and card number in memory only).
            path: 'meine-befreiung/abfragen',
            lazy: () =>
              import('../features/own-status-checks/own-checks-page').then((m) => ({
                Component: m.OwnChecksPage,
              })),
          },
          {
            // Demo only: the page shows the letters only where the server says it is a demo (service info), so
            // that the demo of the real server (`npm start`, a production build) has it as well as the msw demo.
            path: 'demo/briefkasten',
            lazy: () =>
              import('../features/demo-mailbox/demo-mailbox-page').then((m) => ({
                Component: m.DemoMailboxPage,
              })),
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
