import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { I18nProvider } from '../i18n/i18n-provider';
import { messages as en } from '../i18n/messages/en';

/** Test helper: renders primitives inside the providers the app gives them (language, router for links). */
export function renderUi(ui: ReactNode, options: { language?: 'de' | 'en' } = {}) {
  const router = createMemoryRouter([{ path: '*', element: ui }], { initialEntries: ['/'] });
  const initial = options.language === 'en' ? { language: 'en', messages: en } : undefined;
  return render(
    <I18nProvider initial={initial}>
      <RouterProvider router={router} />
    </I18nProvider>,
  );
}
