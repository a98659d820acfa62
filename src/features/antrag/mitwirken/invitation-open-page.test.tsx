import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import {
  invitationOpenPath,
  invitationProblemCodes as codes,
  type MemberSession,
} from '../../../api/contracts/invitations';
import { commonProblemCodes } from '../../../api/contracts/api-problem';
import { saveStorageChoice } from '../../../storage/storage-choice';
import { InvitationOpenPage } from './invitation-open-page';
import { invitationEndpoints, problem, renderPage } from './invitation-pages.test-support';
import { forgetPendingInvitation, peekPendingInvitation } from './pending-invitation';

const { server, sent } = invitationEndpoints();
const noContrast = { rules: { 'color-contrast': { enabled: false } } };
const token = 'Xq3vB7nR2kLp9sT4wY6zA1cD5eF8gH0jK2mN4pQ6rS8';

const session: MemberSession = {
  invitationId: '3f2b8c1e-6d4a-4f7e-9a2b-5c8d1e0f4a6b',
  memberId: 's1',
  year: 2026,
  invitedBy: { givenName: 'Łukasz' },
  member: { givenName: 'Maria', familyName: 'Ørsted-Nguyễn', relation: 'spouse' },
  expiresAt: '2026-12-04T09:00:00Z',
  idleExpiresAt: '2026-11-20T09:30:00Z',
  absoluteExpiresAt: '2026-11-20T13:00:00Z',
  csrfToken: 'c'.repeat(43),
};

/** The open endpoint answering `answer`. */
function serveOpen(answer: () => Response) {
  server.use(http.post(`*${invitationOpenPath}`, answer));
}

/** What the app sent to open the invitation. */
const opened = () =>
  sent()
    .filter((request) => request.method === 'POST' && request.path === invitationOpenPath)
    .map((request) => request.body);

function show(at = `/mitwirken/${token}`) {
  const view = renderPage(<InvitationOpenPage />, { path: '/mitwirken/:token', at });
  return { ...view, user: userEvent.setup() };
}

const codeField = () => screen.getByRole('textbox', { name: 'Code' });
const dateField = () => screen.getByRole('textbox', { name: 'Ihr Geburtsdatum' });
const submit = () => screen.getByRole('button', { name: 'Weiter' });

async function confirmWith(user: ReturnType<typeof userEvent.setup>, code: string, date: string) {
  await user.type(codeField(), code);
  await user.type(dateField(), date);
  await user.click(submit());
}

afterEach(() => forgetPendingInvitation());

describe('opening an invitation with the code and the date of birth', () => {
  it('names both fields when nothing was typed, and sends nothing', async () => {
    serveOpen(() => HttpResponse.json(session));
    const { user, container } = show();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Ihre eigenen Angaben für einen Antrag',
    );
    await user.click(submit());
    const summary = await screen.findByRole('alert', { name: 'Bitte prüfen Sie Ihre Eingaben' });
    expect(
      within(summary)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Geben Sie den Code ein.', 'Geben Sie Ihr Geburtsdatum ein.']);
    expect(codeField()).toBeInvalid();
    expect(dateField()).toBeInvalid();
    expect(codeField()).toHaveAccessibleDescription(expect.stringContaining('Geben Sie den Code ein.'));
    await user.click(within(summary).getByRole('link', { name: 'Geben Sie Ihr Geburtsdatum ein.' }));
    expect(dateField()).toHaveFocus();
    expect(sent()).toHaveLength(0);
    expect((await axe.run(container, noContrast)).violations).toEqual([]);
  });

  it('sends the code in its printed form and the date as ISO, however they were typed', async () => {
    serveOpen(() => HttpResponse.json(session));
    saveStorageChoice('device');
    const { user } = show();
    await confirmWith(user, ' 7k3q m2zd ', '3.2.1980');
    expect(await screen.findByTestId('elsewhere')).toHaveTextContent('/antrag/mitwirken');
    expect(opened()).toEqual([{ token, shortCode: '7K3Q-M2ZD', birthDate: '1980-02-03' }]);
    // The member's draft is started from what was just opened (kept in memory only).
    expect(peekPendingInvitation()).toEqual({ token, birthDate: '1980-02-03', session });
    expect(window.localStorage.length).toBe(1);
    expect(window.sessionStorage.length).toBe(0);
  });

  it('says a wrong code or date, clears the code and keeps the date', async () => {
    serveOpen(() => problem(401, codes.wrongCode));
    const { user, container } = show();
    await confirmWith(user, '7K3Q-M2ZD', '3.2.1980');
    const banner = await screen.findByRole('alert', { name: 'Code oder Geburtsdatum stimmen nicht' });
    expect(
      within(banner).getByText(
        'Prüfen Sie den Code und Ihr Geburtsdatum. Nach mehreren falschen Versuchen wird die Einladung gesperrt.',
      ),
    ).toBeInTheDocument();
    expect(codeField()).toHaveValue('');
    expect(dateField()).toHaveValue('3.2.1980');
    // The form stays for the next attempt; nothing was kept of the failed one.
    expect(submit()).toBeEnabled();
    expect(peekPendingInvitation()).toBeUndefined();
    expect((await axe.run(container, noContrast)).violations).toEqual([]);
  });

  it.each([
    [423, codes.locked, 'Die Einladung ist gesperrt', /Es wurde zu oft ein falscher Code eingegeben\./],
    [410, codes.expired, 'Die Einladung ist abgelaufen', /um eine neue Einladung\./],
    [410, codes.withdrawn, 'Die Einladung wurde zurückgezogen', /braucht Ihre Angaben nicht mehr/],
    [404, codes.notFound, 'Diese Einladung gibt es nicht', /Prüfen Sie, ob Sie den ganzen Link/],
    [429, commonProblemCodes.rateLimited, 'Zu viele Versuche', /Bitte warten Sie einige Minuten\./],
  ])('explains a %i %s in plain words', async (status, code, title, text) => {
    serveOpen(() => problem(status, code));
    const { user } = show();
    await confirmWith(user, '7K3Q-M2ZD', '3.2.1980');
    const banner = await screen.findByRole('alert', { name: title });
    expect(within(banner).getByText(text)).toBeInTheDocument();
    expect(screen.queryByText('Code oder Geburtsdatum stimmen nicht')).not.toBeInTheDocument();
  });

  it('asks where to keep the answers when this device has no choice yet, the way back to the invitation kept', async () => {
    serveOpen(() => HttpResponse.json(session));
    const { user, container } = show();
    await confirmWith(user, '7K3Q-M2ZD', '3.2.1980');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Wo sollen Ihre Angaben gespeichert werden?' }),
    ).toBeInTheDocument();
    const device = screen.getByRole('link', { name: 'Auf diesem Gerät speichern' });
    const visit = screen.getByRole('link', { name: 'Nur für diesen Besuch' });
    expect(device).toHaveAttribute('href', '/antrag/beginnen?speicher=geraet&weiter=mitwirken');
    expect(visit).toHaveAttribute('href', '/antrag/beginnen?speicher=besuch&weiter=mitwirken');
    // Nothing is stored before the member chose where.
    expect(window.localStorage.length).toBe(0);
    expect(window.sessionStorage.length).toBe(0);
    expect(peekPendingInvitation()?.session).toEqual(session);
    expect((await axe.run(container, noContrast)).violations).toEqual([]);
  });

  it('says that a malformed link is no invitation, and shows no form', async () => {
    serveOpen(() => HttpResponse.json(session));
    show(`/mitwirken/${token.slice(0, 20)}`);
    expect(screen.getByText('Diese Einladung gibt es nicht')).toBeInTheDocument();
    expect(
      screen.getByText(
        'Prüfen Sie, ob Sie den ganzen Link geöffnet haben. Er ist lang. Kopieren Sie ihn sonst noch einmal ganz.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Weiter' })).not.toBeInTheDocument();
    expect(sent()).toHaveLength(0);
  });

  it('is in English when the language is switched', async () => {
    serveOpen(() => problem(401, codes.wrongCode));
    renderPage(<InvitationOpenPage />, {
      path: '/mitwirken/:token',
      at: `/mitwirken/${token}`,
      language: 'en',
    });
    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: 'Code' }), '7K3Q-M2ZD');
    await user.type(screen.getByRole('textbox', { name: 'Your date of birth' }), '3.2.1980');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByText('The code or the date of birth is wrong')).toBeInTheDocument();
  });
});
