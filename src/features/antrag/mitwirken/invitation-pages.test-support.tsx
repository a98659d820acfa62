import { render } from '@testing-library/react';
import { HttpResponse } from 'msw';
import { useMemo, useState, type ReactNode } from 'react';
import { createMemoryRouter, RouterProvider, useLocation } from 'react-router';
import { apiEndpoints } from '../../../api/api-endpoints.test-support';
import type { ApplicationDraft } from '../../../domain/application/application-draft';
import type { StepContext } from '../../../domain/application/steps/step-context';
import { I18nProvider } from '../../../i18n/i18n-provider';
import { messages as en } from '../../../i18n/messages/en';
import { DraftContext, type DraftApi } from '../draft/draft-context';
import { answersUpdater, draftApiDouble } from '../draft/draft-api-double.test-support';

/** A request as the app itself made it (fetch's arguments), whatever msw did with it. */
export type SentRequest = {
  method: string;
  path: string;
  headers: Record<string, string>;
  /** JSON bodies parsed, binary ones as bytes, none as undefined. */
  body: unknown;
};

function sentRequest([input, init]: Parameters<typeof fetch>): SentRequest {
  const url = new URL(input instanceof Request ? input.url : String(input));
  const body = init?.body;
  return {
    method: init?.method ?? 'GET',
    path: url.pathname,
    headers: { ...(init?.headers as Record<string, string> | undefined) },
    body:
      typeof body === 'string'
        ? (JSON.parse(body) as unknown)
        : body instanceof Uint8Array
          ? new Uint8Array(body)
          : body === undefined || body === null
            ? undefined
            : body,
  };
}

/**
 * Tests only: the insurer's invitation endpoints as each test of these pages needs them (added per test with
 * server.use), and the requests the app itself sent (apiEndpoints). Call once at the top of a test file.
 */
export function invitationEndpoints() {
  const { server, fetchCalls } = apiEndpoints();
  const sent = (): SentRequest[] => fetchCalls().map(sentRequest);
  return { server, sent };
}

/** A problem answer as the server gives it (RFC 9457 with a stable code). */
export const problem = (status: number, code: string, extra: Record<string, unknown> = {}) =>
  HttpResponse.json(
    { type: 'about:blank', title: 'Refused', status, code, ...extra },
    { status, headers: { 'Content-Type': 'application/problem+json' } },
  );

type Harness = {
  initial: ApplicationDraft;
  context: StepContext;
  files?: Record<string, Uint8Array>;
  /** Told the draft after every change the page makes, for assertions on what it kept. */
  onDraft?: (draft: ApplicationDraft) => void;
  children: ReactNode;
};

/** The wizard's draft API with the draft in memory: answers and invitations as the page saves them, files given. */
function DraftInMemory({ initial, context, files = {}, onDraft, children }: Harness) {
  const [draft, setDraft] = useState(initial);
  const api = useMemo<DraftApi>(() => {
    const change = (next: (previous: ApplicationDraft) => ApplicationDraft) =>
      setDraft((previous) => {
        const changed = next(previous);
        onDraft?.(changed);
        return changed;
      });
    return draftApiDouble(draft, context, 'the invitation pages', {
      updateAnswers: answersUpdater(change),
      updateInvitations: (update) =>
        change((previous) => {
          const invitations = update(previous.invitations);
          const { invitations: _dropped, ...rest } = previous;
          return invitations === undefined ? rest : { ...rest, invitations };
        }),
      setLastPath: () => undefined,
      loadFileBytes: async (id) => files[id],
    });
    // onDraft and files are fixed for a test.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [draft, context]);
  return <DraftContext.Provider value={api}>{children}</DraftContext.Provider>;
}

/** Where the app went instead: the path and query, for assertions on navigation. */
function Elsewhere() {
  const location = useLocation();
  return <p data-testid="elsewhere">{`${location.pathname}${location.search}`}</p>;
}

/**
 * Renders `page` at `path` (a route pattern) opened at `at`, below the language and router providers, with the
 * draft in memory when one is given. Any other path shows where the app went.
 */
export function renderPage(
  page: ReactNode,
  {
    path,
    at,
    draft,
    language = 'de',
  }: {
    path: string;
    at: string;
    draft?: Omit<Harness, 'children'>;
    language?: 'de' | 'en';
  },
) {
  const element = draft ? <DraftInMemory {...draft}>{page}</DraftInMemory> : page;
  const router = createMemoryRouter(
    [
      { path, element },
      { path: '*', element: <Elsewhere /> },
    ],
    { initialEntries: [at] },
  );
  const view = render(
    <I18nProvider initial={language === 'en' ? { language: 'en', messages: en } : undefined}>
      <RouterProvider router={router} />
    </I18nProvider>,
  );
  return { ...view, router };
}
