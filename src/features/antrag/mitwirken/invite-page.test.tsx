import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  applicationInvitationPath,
  applicationInvitationsPath,
  applicationSecretHeader,
  applicationsPath,
  changeRequestPath,
  type InvitationSummary,
} from '../../../api/contracts/invitations';
import type { InvitationState } from '../../../domain/invitations/invitation-state';
import type { ApplicationDraft } from '../../../domain/application/application-draft';
import {
  familyWithSpousePart,
  sampleInvitationId,
  spousePartOfFamily,
  withParts,
} from '../../../domain/application/member-parts.test-support';
import { declared, familyDraft, sampleContext } from '../../../domain/application/sample-drafts.test-support';
import { formatMoney } from '../../../domain/money/format-money';
import { invitePath } from './invite-path';
import { InvitePage } from './invite-page';
import { invitationEndpoints, renderPage } from './invitation-pages.test-support';

const { server, sent } = invitationEndpoints();
const noContrast = { rules: { 'color-contrast': { enabled: false } } };

const registered = {
  applicationId: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
  applicationSecret: 'S'.repeat(43),
};
const token = 'Xq3vB7nR2kLp9sT4wY6zA1cD5eF8gH0jK2mN4pQ6rS8';
const createdId = '1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e';

const summary = (invitationId: string, state: InvitationState): InvitationSummary => ({
  invitationId,
  memberId: 's1',
  givenName: 'Maria',
  familyName: 'Ørsted-Nguyễn',
  state,
  createdAt: '2026-11-20T09:00:00Z',
  expiresAt: '2026-12-04T09:00:00Z',
});

/**
 * The applicant's endpoints over one application's invitations kept here: register, invite, list, withdraw and
 * ask for changes, as the server answers them. Every call is kept.
 */
function serveApplicant(applicationId: string, invitations: InvitationSummary[] = []) {
  const setState = (invitationId: string, state: InvitationState) => {
    const found = invitations.find((entry) => entry.invitationId === invitationId);
    if (found) found.state = state;
  };
  server.use(
    http.post(`*${applicationsPath}`, () => {
      return HttpResponse.json(registered, { status: 201 });
    }),
    http.post(`*${applicationInvitationsPath(applicationId)}`, () => {
      // msw may run a handler twice (see invitationEndpoints): the invitation is made once.
      if (!invitations.some((entry) => entry.invitationId === createdId))
        invitations.push(summary(createdId, 'open'));
      return HttpResponse.json(
        {
          invitationId: createdId,
          link: `/mitwirken/${token}`,
          shortCode: '7K3Q-M2ZD',
          expiresAt: '2026-12-04T09:00:00Z',
          state: 'open',
        },
        { status: 201 },
      );
    }),
    http.get(`*${applicationInvitationsPath(applicationId)}`, () => {
      return HttpResponse.json({ invitations });
    }),
    http.delete(`*${applicationInvitationsPath(applicationId)}/:invitationId`, ({ params }) => {
      setState(String(params.invitationId), 'withdrawn');
      return new HttpResponse(null, { status: 204 });
    }),
    http.post(
      `*${applicationInvitationsPath(applicationId)}/:invitationId/part/change-request`,
      ({ params }) => {
        setState(String(params.invitationId), 'opened');
        return new HttpResponse(null, { status: 204 });
      },
    ),
  );
}

/** What the app asked the server, with the application secret it sent. */
const calls = () =>
  sent().map(({ method, path, headers, body }) => ({
    method,
    path,
    secret: headers[applicationSecretHeader] ?? null,
    body,
  }));
/** The requests that change something. */
const changes = () => calls().filter((call) => call.method !== 'GET');

function show(draft: ApplicationDraft, memberId = 's1') {
  const drafts: ApplicationDraft[] = [];
  const view = renderPage(<InvitePage />, {
    path: '/antrag/haushalt/person/:memberId/einladen',
    at: invitePath(memberId),
    draft: { initial: draft, context: sampleContext, onDraft: (changed) => drafts.push(changed) },
  });
  return { ...view, user: userEvent.setup(), latest: () => drafts.at(-1) };
}

const heading = () => screen.getByRole('heading', { level: 1, name: 'Maria Ørsted-Nguyễn einladen' });
/** The listed state of the member's latest invitation ("Stand"). */
const stateShown = (state: string) =>
  waitFor(() =>
    expect(screen.getByText('Stand', { selector: 'dt' }).nextElementSibling).toHaveTextContent(state),
  );

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-11-20T10:00:00+01:00') });
});
afterEach(() => vi.useRealTimers());

describe('inviting a member of the household', () => {
  it('registers the application on the first invitation, keeps its secret, and shows link and code once', async () => {
    serveApplicant(registered.applicationId);
    const first = show(declared(familyDraft()));
    expect(heading()).toBeInTheDocument();
    await first.user.click(screen.getByRole('button', { name: 'Einladung erstellen' }));

    const banner = await screen.findByRole('region', { name: 'Maria Ørsted-Nguyễn einladen' });
    expect(within(banner).getByText(`${window.location.origin}/mitwirken/${token}`)).toBeInTheDocument();
    expect(within(banner).getByText('7K3Q-M2ZD')).toBeInTheDocument();
    expect(
      within(banner).getByText('Geben Sie den Code nicht zusammen mit dem Link weiter.'),
    ).toBeInTheDocument();
    expect(within(banner).getByText('Die Einladung gilt bis zum 4. Dezember 2026.')).toBeInTheDocument();
    await stateShown('Eingeladen, noch nicht geöffnet');
    expect(screen.getByRole('button', { name: 'Einladung zurückziehen' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Einladung erstellen' })).not.toBeInTheDocument();

    expect(changes()).toEqual([
      {
        method: 'POST',
        path: applicationsPath,
        secret: null,
        body: { year: 2026, applicantGivenName: 'Łukasz' },
      },
      {
        method: 'POST',
        path: applicationInvitationsPath(registered.applicationId),
        secret: registered.applicationSecret,
        body: {
          memberId: 's1',
          relation: 'spouse',
          givenName: 'Maria',
          familyName: 'Ørsted-Nguyễn',
          birthDate: '1980-01-09',
        },
      },
    ]);
    // The draft keeps the registration (encrypted at rest), never the link or the code.
    const kept = first.latest();
    expect(kept?.invitations).toEqual({ ...registered, parts: [] });
    expect(JSON.stringify(kept)).not.toContain(token);
    expect(JSON.stringify(kept)).not.toContain('7K3Q-M2ZD');
    expect((await axe.run(first.container, noContrast)).violations).toEqual([]);

    // Back on the page later: the state is listed, the code is not shown again, nothing is registered again.
    first.unmount();
    const calledBefore = calls().length;
    show(kept!);
    await stateShown('Eingeladen, noch nicht geöffnet');
    expect(screen.queryByText('7K3Q-M2ZD')).not.toBeInTheDocument();
    expect(screen.queryByText(new RegExp(token))).not.toBeInTheDocument();
    expect(
      calls()
        .slice(calledBefore)
        .every((call) => call.method === 'GET'),
    ).toBe(true);
  });

  it('withdraws an open invitation and shows its new state, with the way to invite again', async () => {
    const draft = withParts(declared(familyDraft()), []);
    const applicationId = draft.invitations!.applicationId;
    serveApplicant(applicationId, [summary(createdId, 'open')]);
    const { user, container } = show(draft);
    await stateShown('Eingeladen, noch nicht geöffnet');
    expect(screen.getByText('Die Einladung gilt bis zum 4. Dezember 2026.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Einladung zurückziehen' }));
    await stateShown('Zurückgezogen');
    expect(changes()).toEqual([
      {
        method: 'DELETE',
        path: applicationInvitationPath(applicationId, createdId),
        secret: draft.invitations!.applicationSecret,
        body: undefined,
      },
    ]);
    expect(screen.queryByRole('button', { name: 'Einladung zurückziehen' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Neu einladen' })).toBeInTheDocument();
    expect((await axe.run(container, noContrast)).violations).toEqual([]);
  });

  it('invites only adults: a child gets the explanation and no button', () => {
    serveApplicant(registered.applicationId);
    show(declared(familyDraft()), 'c1');
    expect(screen.getByRole('heading', { level: 1, name: 'Jan Ørsted-Nguyễn einladen' })).toBeInTheDocument();
    expect(
      screen.getByText(
        'Nur Erwachsene können eingeladen werden. Die Angaben eines Kindes tragen Sie selbst ein.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    expect(calls()).toHaveLength(0);
  });

  it('shows a handed-in part as exactly its three figures, and asking for changes takes it out of the draft', async () => {
    const part = spousePartOfFamily();
    const draft = familyWithSpousePart(part);
    const applicationId = draft.invitations!.applicationId;
    serveApplicant(applicationId, [summary(sampleInvitationId, 'handedIn')]);
    const { user, container, latest } = show(draft);
    await stateShown('Abgegeben');

    const section = screen.getByRole('region', { name: 'Der Teil von Maria Ørsted-Nguyễn ist da' });
    const sum = part.coPayments.reduce((total, payment) => total + payment.amountCents, 0);
    expect(
      within(section)
        .getAllByRole('listitem')
        // formatMoney puts a no-break space before the euro sign.
        .map((item) => item.textContent?.replace(/\u00a0/g, ' ')),
    ).toEqual([
      'Einnahmen im Jahr: 9.600,00 €',
      `${part.coPayments.length} Zuzahlungen, zusammen ${formatMoney(sum, 'de').replace(/\u00a0/g, ' ')}`,
      'Für den Haushalt gilt die Grenze von 1 %.',
    ]);
    expect(part.coPayments.length).toBeGreaterThan(1);
    expect(
      within(section).getByText('Die Berechnung Ihrer Belastungsgrenze enthält diese Beträge.'),
    ).toBeInTheDocument();
    // A handed-in invitation cannot be withdrawn, nor replaced.
    expect(screen.queryByRole('button', { name: 'Einladung zurückziehen' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Neu einladen' })).not.toBeInTheDocument();
    expect((await axe.run(container, noContrast)).violations).toEqual([]);

    await user.click(within(section).getByRole('button', { name: 'Um Änderung bitten' }));
    expect(
      await screen.findByText(
        'Sie haben um eine Änderung gebeten. Maria Ørsted-Nguyễn kann den Teil jetzt ändern.',
      ),
    ).toBeInTheDocument();
    expect(changes()).toEqual([
      {
        method: 'POST',
        path: changeRequestPath(applicationId, sampleInvitationId),
        secret: draft.invitations!.applicationSecret,
        body: undefined,
      },
    ]);
    expect(latest()?.invitations?.parts).toEqual([]);
    expect(
      screen.queryByRole('region', { name: 'Der Teil von Maria Ørsted-Nguyễn ist da' }),
    ).not.toBeInTheDocument();
    await stateShown('Geöffnet, noch nicht abgegeben');
  });
});
