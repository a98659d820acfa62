import type { RouteObject } from 'react-router';
import { chronicRoutes } from './chronische-erkrankung/chronic-routes';
import { incomeRoutes } from './einnahmen/income-routes';
import { householdRoutes } from './haushalt/household-routes';
import { receiptRoutes } from './zuzahlungen/receipt-routes';
import { sendRoutes } from './absenden/send-routes';
import { limitRoutes } from './belastungsgrenze/limit-routes';
import { welfareRoutes } from './sozialleistungen/welfare-routes';

type Page = { Component: () => React.JSX.Element | null };
const page = (load: () => Promise<Page>): Pick<RouteObject, 'lazy'> => ({ lazy: load });

// The wizard below /antrag. The choice of storage (beginnen) comes before the layout that opens the drafts.
export const antragRoutes: RouteObject[] = [
  {
    path: 'antrag/beginnen',
    lazy: () => {
      // The next pages (layout and year question) start loading now, not after this one has run: one round
      // trip less on a slow mobile connection.
      void import('./draft/antrag-layout');
      void import('./jahr/year-page');
      return import('./beginnen/begin-page').then((m) => ({ Component: m.BeginPage }));
    },
  },
  {
    path: 'antrag',
    lazy: () => import('./draft/antrag-layout').then((m) => ({ Component: m.AntragLayout })),
    children: [
      {
        index: true,
        ...page(() => import('./aufgaben/task-list-page').then((m) => ({ Component: m.TaskListPage }))),
      },
      { path: 'jahr', ...page(() => import('./jahr/year-page').then((m) => ({ Component: m.YearPage }))) },
      {
        path: 'entwuerfe',
        ...page(() => import('./entwuerfe/drafts-page').then((m) => ({ Component: m.DraftsPage }))),
      },
      {
        path: 'pruefen',
        ...page(() => import('./pruefen/check-page').then((m) => ({ Component: m.CheckPage }))),
      },
      {
        path: 'persoenliche-angaben',
        children: [
          {
            index: true,
            ...page(() =>
              import('./persoenliche-angaben/person-summary-page').then((m) => ({
                Component: m.PersonSummaryPage,
              })),
            ),
          },
          {
            path: 'name',
            ...page(() =>
              import('./persoenliche-angaben/name-page').then((m) => ({ Component: m.NamePage })),
            ),
          },
          {
            path: 'versichertennummer',
            ...page(() =>
              import('./persoenliche-angaben/kvnr-page').then((m) => ({ Component: m.KvnrPage })),
            ),
          },
          {
            path: 'anschrift',
            ...page(() =>
              import('./persoenliche-angaben/address-page').then((m) => ({ Component: m.AddressPage })),
            ),
          },
          {
            path: 'kontakt',
            ...page(() =>
              import('./persoenliche-angaben/contact-page').then((m) => ({ Component: m.ContactPage })),
            ),
          },
          {
            path: 'vertretung',
            ...page(() =>
              import('./persoenliche-angaben/representation-page').then((m) => ({
                Component: m.RepresentationPage,
              })),
            ),
          },
          {
            path: 'vertreter',
            ...page(() =>
              import('./persoenliche-angaben/representative-page').then((m) => ({
                Component: m.RepresentativePage,
              })),
            ),
          },
          {
            path: 'bankverbindung',
            ...page(() =>
              import('./persoenliche-angaben/bank-page').then((m) => ({ Component: m.BankPage })),
            ),
          },
        ],
      },
      ...householdRoutes,
      ...welfareRoutes,
      ...incomeRoutes,
      ...chronicRoutes,
      ...receiptRoutes,
      ...limitRoutes,
      ...sendRoutes,
    ],
  },
];
