import { useEffect } from 'react';

/** WCAG 2.4.2: every page has a title that names it before the service. */
export function usePageTitle(pageTitle: string, serviceName: string): void {
  useEffect(() => {
    document.title = `${pageTitle} – ${serviceName}`;
  }, [pageTitle, serviceName]);
}
