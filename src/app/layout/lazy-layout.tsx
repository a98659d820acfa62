import { QueryClientContext, QueryClientProvider } from '@tanstack/react-query';
import { useContext } from 'react';
import { Outlet } from 'react-router';
import { createQueryClient } from '../../api/query-client';

// One client for the visit, created when the first such route loads: the cache survives moving between pages.
const client = createQueryClient();

/**
 * Pathless layout of every route that talks to the API; TanStack Query loads with it, not with the start page.
 * A client provided from outside wins: whole-app tests give each test a fresh one.
 */
export function LazyLayout() {
  const outer = useContext(QueryClientContext);
  if (outer) return <Outlet />;
  return (
    <QueryClientProvider client={client}>
      <Outlet />
    </QueryClientProvider>
  );
}
