import { QueryClientContext, QueryClientProvider } from '@tanstack/react-query';
import { useContext, type ReactNode } from 'react';
import { createQueryClient } from '../../../api/query-client';

// The wizard lives outside the app's query layout (it needs no server state elsewhere): the status page brings
// its own client, created when this chunk loads. A client provided from outside wins, as in whole-app tests.
const client = createQueryClient();

export function StatusQueryClient({ children }: { children: ReactNode }) {
  const outer = useContext(QueryClientContext);
  if (outer) return children;
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}
