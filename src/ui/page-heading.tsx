import type { ReactNode } from 'react';

/**
 * The page's one h1. It can take focus (tabIndex -1) so that after a client-side navigation the layout moves
 * focus here and screen readers announce the new page.
 */
export function PageHeading({ children }: { children: ReactNode }) {
  return (
    <h1 id="page-heading" tabIndex={-1}>
      {children}
    </h1>
  );
}
