import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { I18nProvider } from '../../../i18n/i18n-provider';
import { messages as en } from '../../../i18n/messages/en';

/** Test helper: renders one section summary of the check page with its language and a router for its links. */
export function renderSummary(ui: ReactNode, options: { language?: 'de' | 'en' } = {}) {
  const router = createMemoryRouter([{ path: '*', element: ui }], { initialEntries: ['/antrag/pruefen'] });
  const initial = options.language === 'en' ? { language: 'en' as const, messages: en } : undefined;
  return render(
    <I18nProvider initial={initial}>
      <RouterProvider router={router} />
    </I18nProvider>,
  );
}
