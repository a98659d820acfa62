import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import type { ApplicationDraft } from '../../../domain/application/application-draft';
import type { StepContext } from '../../../domain/application/steps/step-context';
import { I18nProvider } from '../../../i18n/i18n-provider';
import { messages as en } from '../../../i18n/messages/en';
import { DraftContext, type DraftApi } from '../draft/draft-context';
import { draftApiDouble } from '../draft/draft-api-double.test-support';

// The pages here only read the draft: every action of the API fails loudly if a test ever reaches it.
const readOnlyDraftApi = (draft: ApplicationDraft, context: StepContext): DraftApi =>
  draftApiDouble(draft, context, 'the explained limit');

/** Test helper: renders `ui` below the providers of the wizard with a fixed draft (language, router, draft). */
export function renderWithDraft(
  ui: ReactNode,
  draft: ApplicationDraft,
  context: StepContext,
  options: { language?: 'de' | 'en' } = {},
) {
  const router = createMemoryRouter(
    [
      {
        path: '*',
        element: <DraftContext.Provider value={readOnlyDraftApi(draft, context)}>{ui}</DraftContext.Provider>,
      },
    ],
    { initialEntries: ['/antrag/belastungsgrenze'] },
  );
  const initial = options.language === 'en' ? { language: 'en', messages: en } : undefined;
  return render(
    <I18nProvider initial={initial}>
      <RouterProvider router={router} />
    </I18nProvider>,
  );
}
