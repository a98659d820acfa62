import type { RouteObject } from 'react-router';
import { sendRoutes } from './absenden/send-routes';
import { limitRoutes } from './belastungsgrenze/limit-routes';
import { antragRouteId } from './flow/patch-flow-routes';

type Page = { Component: () => React.JSX.Element | null };
const page = (load: () => Promise<Page>): Pick<RouteObject, 'lazy'> => ({ lazy: load });

// The wizard below /antrag. The choice of storage (beginnen) comes before the layout that opens the drafts; the
// question pages are the flow's (flow/antrag-flow.ts), patched in by patchFlowRoutes; the pages around them are here.
export const antragRoutes: RouteObject[] = [
  {
    path: 'antrag/beginnen',
    lazy: () => {
      // The next pages (layout and year question) start loading now, not after this one has run: one round
      // trip less on a slow mobile connection.
      void import('./layout/antrag-layout');
      void import('./jahr/year-page');
      return import('./beginnen/begin-page').then((m) => ({ Component: m.BeginPage }));
    },
  },
  {
    // The flow's question pages are added below this route on the first visit to one (patchFlowRoutes).
    id: antragRouteId,
    path: 'antrag',
    lazy: () => import('./layout/antrag-layout').then((m) => ({ Component: m.AntragLayout })),
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
      ...limitRoutes,
      ...sendRoutes,
      // Family invitations (issue 14): the applicant invites a member; where an opened invitation lands; handing in.
      {
        path: 'haushalt/person/:memberId/einladen',
        ...page(() => import('./mitwirken/invite-page').then((m) => ({ Component: m.InvitePage }))),
      },
      {
        path: 'mitwirken',
        ...page(() =>
          import('./mitwirken/member-start-page').then((m) => ({ Component: m.MemberStartPage })),
        ),
      },
      {
        path: 'mitwirken/abgeben',
        ...page(() => import('./mitwirken/hand-in-page').then((m) => ({ Component: m.HandInPage }))),
      },
    ],
  },
];
