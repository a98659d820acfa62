import { QueryClientProvider } from '@tanstack/react-query';
import { Outlet } from 'react-router';
import { config as zodConfig } from 'zod/v4/core';
import { createQueryClient } from '../../api/query-client';

// zod 4 probes `new Function` to speed up object parsing; our CSP forbids eval, so the probe is switched off
// before any schema parses. It happens here, not in main.tsx, to keep zod out of the start page's JS: every
// route that parses with zod is a child of this layout (routes.tsx).
zodConfig({ jitless: true });

// One client for the visit, created when the first such route loads: the cache survives moving between pages.
const client = createQueryClient();

/** Pathless layout of every route that validates or talks to the API; loads with them, not with the start page. */
export function LazyLayout() {
  return (
    <QueryClientProvider client={client}>
      <Outlet />
    </QueryClientProvider>
  );
}
