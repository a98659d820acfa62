import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { http, HttpResponse } from 'msw';
import { Secret, TOTP } from 'otpauth';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mockDemoCaseworker as demo } from '../../mocks/data/demo-caseworker';
import { problem } from '../../mocks/handlers/problem';
import { server } from '../../mocks/node/server';
import { assignCase } from '../../src/api/caseworker-queue-query';
import { loginCaseworker } from '../../src/api/caseworker-session';
import {
  caseworkerKeepAlivePath,
  caseworkerSessionPath,
  type CaseworkerSession,
  caseworkerLoginPath,
  caseworkerProblemCodes,
  csrfHeader,
} from '../../src/api/contracts/caseworker-auth';
import {
  caseFlags,
  caseQueuePageSchema,
  caseQueuePath,
  caseQueueQuerySchema,
  type CaseQueueItem,
} from '../../src/api/contracts/caseworker-queue';
import { submissionStatusOrder } from '../../src/api/contracts/submission';
import { resetSubmissionStore } from '../../mocks/store/current-submission-store';
import { renderApp } from './render-app';
import { submitBundle } from './submission-requests';

const minute = 60_000;
const noContrast = { rules: { 'color-contrast': { enabled: false } } };

/*
 * The mock's login is the real twin (cookie, CSRF token, TOTP once per step, 15 idle minutes). Its clock is the
 * faked Date: every test starts half an hour after the one before, so the previous session has ended and the
 * authenticator's code is of a new step. The queue endpoint is stood in for here, shaped by its contract.
 */
let clock = Date.parse('2026-12-07T08:00:00Z');
const totp = new TOTP({
  algorithm: 'SHA1',
  digits: 6,
  period: 30,
  secret: Secret.fromBase32(demo.totpSecret),
});
const codeNow = () => totp.generate({ timestamp: Date.now() });

beforeEach(() => {
  clock += 30 * minute;
  vi.useFakeTimers({
    shouldAdvanceTime: true,
    toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
    now: clock,
  });
});
afterEach(() => vi.useRealTimers());

const user = () => userEvent.setup({ advanceTimers: vi.advanceTimersByTime.bind(vi) });

// Sixty applications; the stand-in filters, sorts and pages them as the contract says.
const others = { id: '00000000-0000-4000-8000-0000000000b2', displayName: 'Max Beispiel' };
const items: CaseQueueItem[] = Array.from({ length: 60 }, (_, index) => ({
  reference: `ZB-2026-${String(index + 1).padStart(6, '0')}`,
  applicationId: `ZBA-${(0xa00000000000 + index).toString(16).toUpperCase()}`,
  receivedAt: new Date(Date.UTC(2026, 10, 1 + (index % 30), 9)).toISOString(),
  year: index % 4 === 0 ? 2025 : 2026,
  householdSize: 1 + (index % 5),
  claimedCents: 10_000 + index * 1_234,
  status: submissionStatusOrder[index % 3] ?? 'eingegangen',
  flags: index % 7 === 0 ? [caseFlags[0], caseFlags[1]] : [],
  assignedTo: index === 1 ? others : index === 2 ? { id: demo.id, displayName: demo.displayName } : null,
}));

function serveQueue(source: readonly CaseQueueItem[] = items) {
  const requests: URLSearchParams[] = [];
  server.use(
    http.get(caseQueuePath, ({ request }) => {
      const params = new URL(request.url).searchParams;
      requests.push(params);
      const query = caseQueueQuerySchema.parse(Object.fromEntries(params));
      const key = {
        received: (item: CaseQueueItem) => Date.parse(item.receivedAt),
        claimed: (item: CaseQueueItem) => item.claimedCents,
        year: (item: CaseQueueItem) => item.year,
        householdSize: (item: CaseQueueItem) => item.householdSize,
      }[query.sort];
      const found = source
        .filter((item) => !query.q || item.reference === query.q || item.applicationId === query.q)
        .filter((item) => !query.status || item.status === query.status)
        .filter((item) => !query.year || item.year === query.year)
        .filter((item) => !query.flag || item.flags.includes(query.flag))
        .filter((item) => query.assigned !== 'open' || item.assignedTo === null)
        .filter((item) => query.assigned !== 'mine' || item.assignedTo?.id === demo.id)
        .sort((a, b) => (query.order === 'asc' ? key(a) - key(b) : key(b) - key(a)));
      const start = (query.page - 1) * query.pageSize;
      return HttpResponse.json(
        caseQueuePageSchema.parse({
          total: found.length,
          page: query.page,
          pageSize: query.pageSize,
          items: found.slice(start, start + query.pageSize),
        }),
      );
    }),
  );
  return { requests, last: () => requests.at(-1) ?? new URLSearchParams() };
}

async function typeLogin(u: ReturnType<typeof user>, password: string, code: string) {
  await u.type(screen.getByRole('textbox', { name: 'Benutzername' }), demo.username);
  await u.type(screen.getByLabelText('Kennwort'), password);
  await u.type(screen.getByRole('textbox', { name: /^Code aus der Authenticator-App/ }), code);
  await u.click(screen.getByRole('button', { name: 'Anmelden' }));
}

const loginHeading = () =>
  screen.findByRole('heading', { level: 1, name: 'Anmelden in der Sachbearbeitung' });

/** A session made beside the page (as another tab would): the page then finds it by GET session. */
async function signedIn(path = '/sachbearbeitung') {
  await loginCaseworker({ username: demo.username, password: demo.password, totp: codeNow() });
  const view = renderApp(path);
  await screen.findByRole('heading', { level: 1, name: 'Anträge' });
  return view;
}

describe('caseworker login', () => {
  it('sends a visitor without a session to the login, and after login back to the queue asked for', async () => {
    serveQueue();
    const u = user();
    const { router, container } = renderApp('/sachbearbeitung?status=eingegangen');
    await loginHeading();
    expect(router.state.location.pathname).toBe('/sachbearbeitung/anmelden');
    expect(screen.getByRole('textbox', { name: 'Benutzername' })).toHaveAttribute('autocomplete', 'username');
    expect(screen.getByLabelText('Kennwort')).toHaveAttribute('autocomplete', 'current-password');
    expect(screen.getByLabelText('Kennwort')).toHaveAttribute('type', 'password');
    expect(screen.getByRole('textbox', { name: /^Code aus der Authenticator-App/ })).toHaveAttribute(
      'autocomplete',
      'one-time-code',
    );
    expect((await axe.run(container, noContrast)).violations).toEqual([]);

    await typeLogin(u, demo.password, codeNow());
    expect(await screen.findByRole('heading', { level: 1, name: 'Anträge' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/sachbearbeitung');
    expect(router.state.location.search).toBe('?status=eingegangen');
    expect(screen.getByText('Angemeldet als Demo Sachbearbeitung')).toBeInTheDocument();
    expect(await screen.findByRole('table')).toBeInTheDocument();
    expect(document.title).toBe('Anträge – Zuzahlungsbefreiung online');
  });

  it('names each missing field, and says one neutral sentence for a refused login, keeping only the username', async () => {
    const u = user();
    const { container } = renderApp('/sachbearbeitung/anmelden');
    await loginHeading();
    await u.click(screen.getByRole('button', { name: 'Anmelden' }));
    const summary = await screen.findByRole('alert');
    // The summary takes focus in an effect after it renders: under load the query can find it just before.
    await waitFor(() => expect(summary).toHaveFocus());
    expect(within(summary).getByRole('link', { name: 'Geben Sie Ihren Benutzernamen ein.' })).toBeVisible();
    expect(within(summary).getByRole('link', { name: 'Geben Sie Ihr Kennwort ein.' })).toBeVisible();
    expect(
      within(summary).getByRole('link', { name: 'Geben Sie den Code aus Ihrer Authenticator-App ein.' }),
    ).toBeVisible();
    expect((await axe.run(container, noContrast)).violations).toEqual([]);

    await typeLogin(u, 'falsches-Kennwort-1', codeNow());
    expect(
      await screen.findByText('Anmeldung nicht möglich. Prüfen Sie Benutzername, Kennwort und Code.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Benutzername' })).toHaveValue(demo.username);
    expect(screen.getByLabelText('Kennwort')).toHaveValue('');
    expect(screen.getByRole('textbox', { name: /^Code aus der Authenticator-App/ })).toHaveValue('');
    expect((await axe.run(container, noContrast)).violations).toEqual([]);
  });

  it('says how long to wait when the login is locked (Retry-After)', async () => {
    server.use(
      http.post(caseworkerLoginPath, () => {
        const response = problem(429, caseworkerProblemCodes.loginLocked, 'Too many failed logins');
        response.headers.set('Retry-After', '290');
        return response;
      }),
    );
    const u = user();
    renderApp('/sachbearbeitung/anmelden');
    await loginHeading();
    await typeLogin(u, demo.password, '123456');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Anmeldung vorübergehend gesperrt');
    expect(alert).toHaveTextContent(
      'Es gab zu viele fehlgeschlagene Anmeldungen. Versuchen Sie es in 5 Minuten noch einmal.',
    );
    expect(screen.getByLabelText('Kennwort')).toHaveValue('');
  });

  it('logs out with "Abmelden" and says so on the login page', async () => {
    serveQueue();
    const u = user();
    const { router } = await signedIn();
    await u.click(screen.getByRole('button', { name: 'Abmelden' }));
    await loginHeading();
    expect(screen.getByText('Sie haben sich abgemeldet.')).toBeInTheDocument();
    // The session is gone on the server too: the queue sends to the login again.
    await act(() => router.navigate('/sachbearbeitung'));
    await loginHeading();
    expect(router.state.location.pathname).toBe('/sachbearbeitung/anmelden');
  });
});

describe('the idle warning (WCAG 2.2.1)', () => {
  it('warns two minutes before the end; "Angemeldet bleiben" and Escape keep the session; doing nothing ends it', async () => {
    serveQueue();
    const keepAlives: (string | null)[] = [];
    server.events.on('request:start', ({ request }) => {
      if (new URL(request.url).pathname === caseworkerKeepAlivePath)
        keepAlives.push(request.headers.get(csrfHeader));
    });
    const u = user();
    const { router } = await signedIn();
    await act(async () => {});

    act(() => vi.advanceTimersByTime(12 * minute));
    await act(async () => {});
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();

    act(() => vi.advanceTimersByTime(1 * minute));
    const dialog = await screen.findByRole('alertdialog', { name: 'Ihre Sitzung endet bald' });
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    const endsAt = new Intl.DateTimeFormat('de-DE', { hour: '2-digit', minute: '2-digit' }).format(
      new Date(Date.now() + 2 * minute),
    );
    expect(dialog).toHaveAccessibleDescription(
      expect.stringContaining(`Ihre Sitzung endet um ${endsAt} Uhr.`),
    );
    expect(within(dialog).getByRole('button', { name: 'Angemeldet bleiben' })).toHaveFocus();
    expect((await axe.run(document.body, noContrast)).violations).toEqual([]);

    await u.click(within(dialog).getByRole('button', { name: 'Angemeldet bleiben' }));
    await vi.waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    expect(keepAlives).toHaveLength(1);
    expect(keepAlives[0]).toMatch(/.{32,}/);

    // Extended: 15 minutes from now again. Escape in the next warning means "stay" as well.
    act(() => vi.advanceTimersByTime(13 * minute));
    await screen.findByRole('alertdialog');
    await u.keyboard('{Escape}');
    await vi.waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    expect(keepAlives).toHaveLength(2);

    act(() => vi.advanceTimersByTime(13 * minute));
    await screen.findByRole('alertdialog');
    act(() => vi.advanceTimersByTime(2 * minute));
    await loginHeading();
    expect(
      screen.getByText(
        'Sie waren zu lange nicht aktiv. Zum Schutz der Daten wurde Ihre Sitzung beendet. Melden Sie sich neu an.',
      ),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/sachbearbeitung/anmelden');
    expect(keepAlives).toHaveLength(2);
    server.events.removeAllListeners();
  });
});

describe('the warning near the absolute end', () => {
  it('shows at once on a page opened in the last two minutes, and offers no extension the server cannot give', async () => {
    serveQueue();
    const end = new Date(Date.now() + 90_000).toISOString();
    const session: CaseworkerSession = {
      caseworker: { id: demo.id, displayName: demo.displayName },
      idleTimeoutSeconds: 900,
      idleExpiresAt: end,
      absoluteExpiresAt: end,
      csrfToken: 'x'.repeat(43),
    };
    server.use(http.get(caseworkerSessionPath, () => HttpResponse.json(session)));
    renderApp('/sachbearbeitung');
    const dialog = await screen.findByRole('alertdialog', { name: 'Ihre Sitzung endet bald' });
    expect(dialog).toHaveAccessibleDescription(expect.stringContaining('Sie kann nicht verlängert werden.'));
    expect(within(dialog).queryByRole('button', { name: 'Angemeldet bleiben' })).not.toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Abmelden' })).toHaveFocus();
  });
});

describe('the queue', () => {
  it('shows each application in words, and opens one by its reference link', async () => {
    serveQueue();
    const { container } = await signedIn('/sachbearbeitung?pageSize=100');
    const table = await screen.findByRole('table', {
      name: 'Anträge, sortiert nach Eingegangen (absteigend)',
    });
    expect(await screen.findByText('60 Anträge. Seite 1 von 1')).toBeInTheDocument();
    expect(within(table).getAllByRole('row')).toHaveLength(61);
    // On a phone the table scrolls sideways: its scroll area is a named region in the tab order.
    const scroller = screen.getByRole('region', { name: 'Anträge, sortiert nach Eingegangen (absteigend)' });
    expect(scroller).toContainElement(table);
    expect(scroller).toHaveAttribute('tabindex', '0');
    expect(within(table).getByRole('columnheader', { name: 'Eingegangen' })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    const taken = within(table).getByRole('link', { name: 'ZB-2026-000002' }).closest('tr');
    expect(taken).toHaveTextContent('in Bearbeitung von Max Beispiel');
    const mine = within(table).getByRole('link', { name: 'ZB-2026-000003' }).closest('tr');
    expect(mine).toHaveTextContent('in Bearbeitung von Ihnen');
    const first = within(table).getByRole('link', { name: 'ZB-2026-000001' }).closest('tr');
    expect(first).toHaveTextContent('Belastungsgrenze erreicht (laut Antrag)');
    expect(first?.textContent).toContain('100,00\u00a0€');
    expect(first).toHaveTextContent('01.11.2026');
    expect(within(table).getByRole('link', { name: 'ZB-2026-000001' })).toHaveAttribute(
      'href',
      '/sachbearbeitung/vorgang/ZB-2026-000001',
    );
    expect((await axe.run(container, noContrast)).violations).toEqual([]);
  });

  it('puts search, filters, sort and page into the request and the address', async () => {
    const queue = serveQueue();
    const u = user();
    const { router } = await signedIn();
    await screen.findByRole('table');
    expect(queue.last().get('sort')).toBe('received');

    await u.type(
      screen.getByRole('searchbox', { name: 'Vorgangsnummer oder Antragsnummer' }),
      'ZB-2026-000007',
    );
    await u.click(screen.getByRole('button', { name: 'Suchen' }));
    await screen.findByText('1 Antrag. Seite 1 von 1');
    expect(queue.last().get('q')).toBe('ZB-2026-000007');
    expect(new URLSearchParams(router.state.location.search).get('q')).toBe('ZB-2026-000007');

    await u.clear(screen.getByRole('searchbox', { name: 'Vorgangsnummer oder Antragsnummer' }));
    await u.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'In Bearbeitung');
    await u.click(screen.getByRole('radio', { name: 'Nur offene (noch niemandem zugewiesen)' }));
    await u.click(screen.getByRole('button', { name: 'Suchen' }));
    await vi.waitFor(() => expect(queue.last().get('status')).toBe('in-bearbeitung'));
    expect(queue.last().get('assigned')).toBe('open');
    expect(queue.last().has('q')).toBe(false);
    expect(router.state.location.search).toBe('?status=in-bearbeitung&assigned=open');
    await screen.findByText('19 Anträge. Seite 1 von 1');

    await u.click(screen.getByRole('button', { name: 'Geltend gemachte Zuzahlungen' }));
    await vi.waitFor(() => expect(queue.last().get('sort')).toBe('claimed'));
    expect(queue.last().get('order')).toBe('desc');
    expect(screen.getByRole('columnheader', { name: 'Geltend gemachte Zuzahlungen' })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    expect(screen.getByRole('columnheader', { name: 'Eingegangen' })).not.toHaveAttribute('aria-sort');
    await u.click(screen.getByRole('button', { name: 'Geltend gemachte Zuzahlungen' }));
    await vi.waitFor(() => expect(queue.last().get('order')).toBe('asc'));
    expect(new URLSearchParams(router.state.location.search).get('order')).toBe('asc');

    await u.click(screen.getByRole('link', { name: 'Suche und Filter zurücksetzen' }));
    await screen.findByText('60 Anträge. Seite 1 von 3');
    await u.click(screen.getByRole('link', { name: 'Nächste Seite' }));
    await screen.findByText('60 Anträge. Seite 2 von 3');
    expect(queue.last().get('page')).toBe('2');
    expect(router.state.location.search).toBe('?page=2');
    expect(screen.getByRole('link', { name: 'Vorherige Seite' })).toBeInTheDocument();

    await u.selectOptions(screen.getByRole('combobox', { name: 'Anträge pro Seite' }), '50');
    await u.click(screen.getByRole('button', { name: 'Suchen' }));
    await screen.findByText('60 Anträge. Seite 1 von 2');
    expect(queue.last().get('pageSize')).toBe('50');

    // Back keeps what the address held.
    await act(() => router.navigate(-1));
    await screen.findByText('60 Anträge. Seite 2 von 3');
    expect(screen.getByRole('combobox', { name: 'Anträge pro Seite' })).toHaveValue('25');
  });

  it('says so when nothing is found', async () => {
    serveQueue([]);
    const { container } = await signedIn();
    expect(await screen.findByText('Keine Anträge gefunden.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect((await axe.run(container, noContrast)).violations).toEqual([]);
  });

  it('sends to the login, saying so, when the server has ended the session meanwhile', async () => {
    server.use(
      http.get(caseQueuePath, () => problem(401, caseworkerProblemCodes.unauthenticated, 'Please log in')),
    );
    const { router } = await signedIn('/sachbearbeitung?page=2');
    await loginHeading();
    expect(screen.getByText('Ihre Sitzung ist abgelaufen. Melden Sie sich neu an.')).toBeInTheDocument();
    expect(router.state.location.search).toBe('?weiter=%2Fsachbearbeitung%3Fpage%3D2');
  });

  it('says so when the queue cannot be loaded, and loads it again on request', async () => {
    server.use(http.get(caseQueuePath, () => problem(500, 'server.internal', 'Failed')));
    const u = user();
    await signedIn();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Die Anträge konnten nicht geladen werden.');
    serveQueue();
    await u.click(within(alert).getByRole('button', { name: 'Erneut laden' }));
    expect(await screen.findByRole('table')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it("works on the mock's own queue: a sent application appears, and assigning it (with the CSRF token) says so", async () => {
    await resetSubmissionStore();
    const receipt = await submitBundle();
    const { router } = await signedIn();
    const table = await screen.findByRole('table');
    const row = within(table).getByRole('link', { name: receipt.reference }).closest('tr');
    expect(row).toHaveTextContent('Frei');

    const assigned = await assignCase(receipt.reference);
    expect(assigned.assignedTo?.displayName).toBe(demo.displayName);
    await act(() => router.navigate('/sachbearbeitung?assigned=mine'));
    await vi.waitFor(() =>
      expect(
        within(screen.getByRole('table')).getByRole('link', { name: receipt.reference }).closest('tr'),
      ).toHaveTextContent('in Bearbeitung von Ihnen'),
    );
  });
});
