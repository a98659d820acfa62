import type { RouteObject } from 'react-router';

// The section's pages, relative to /antrag, each loaded with its route.
export const chronicRoutes: RouteObject[] = [];
