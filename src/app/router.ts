import { createBrowserRouter } from 'react-router';
import { patchFlowRoutes } from '../features/antrag/flow/patch-flow-routes';
import { routes } from './routes';

export const router = createBrowserRouter(routes, { patchRoutesOnNavigation: patchFlowRoutes });
