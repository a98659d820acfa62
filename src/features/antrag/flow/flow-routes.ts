import type { RouteObject } from 'react-router';
import { pageIds } from '../../../domain/application/page-ids';
import { antragFlow } from './antrag-flow';

/**
 * One route per page of the flow, relative to /antrag. A page and its step schema load together (in parallel)
 * when the page is first opened, never before.
 */
export const flowRoutes: RouteObject[] = pageIds.map((id) => {
  const { path, page, schema } = antragFlow[id];
  return { path, lazy: () => Promise.all([page(), schema?.()]).then(([module]) => module) };
});
