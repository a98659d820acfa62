import type { RouteObject } from 'react-router';

// The legal pages a public body's online service needs (BITV 2.0 § 4, § 12b BGG); each loads with its route.
export const legalRoutes: RouteObject[] = [
  {
    path: 'impressum',
    lazy: () => import('./impressum-page').then((m) => ({ Component: m.ImpressumPage })),
  },
  {
    path: 'datenschutz',
    lazy: () => import('./datenschutz-page').then((m) => ({ Component: m.DatenschutzPage })),
  },
  {
    path: 'barrierefreiheit',
    lazy: () => import('./barrierefreiheit-page').then((m) => ({ Component: m.BarrierefreiheitPage })),
  },
  {
    path: 'leichte-sprache',
    lazy: () => import('./leichte-sprache-page').then((m) => ({ Component: m.LeichteSprachePage })),
  },
  {
    path: 'gebaerdensprache',
    lazy: () => import('./gebaerdensprache-page').then((m) => ({ Component: m.GebaerdensprachePage })),
  },
];
