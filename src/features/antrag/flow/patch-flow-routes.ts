import type { PatchRoutesOnNavigationFunction } from 'react-router';

/** The id of the wizard's layout route (/antrag), below which the flow's pages are added. */
export const antragRouteId = 'antrag';

/**
 * The flow's pages join the route table on the first visit to one of them, not with the start page: the table
 * with its page loaders stays out of the JS a new user loads before the first question (issue 11). React Router
 * asks here whenever an address below /antrag has no route yet (also on a reload deep in the wizard).
 */
export const patchFlowRoutes: PatchRoutesOnNavigationFunction = async ({ path, patch }) => {
  if (!/^\/antrag\/[^/]/.test(path)) return;
  const { flowRoutes } = await import('./flow-routes');
  patch(antragRouteId, flowRoutes);
};
