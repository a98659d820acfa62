import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { caseworkerProblemCodes, csrfHeader } from '../../../api/contracts/caseworker-auth';
import {
  invitationProblemCodes as codes,
  memberPartContentType,
  memberPartPath,
  memberSessionPath,
  type MemberPartState,
  type MemberSession,
} from '../../../api/contracts/invitations';
import type { ApplicationDraft } from '../../../domain/application/application-draft';
import { memberContext, memberDraft, memberOf } from '../../../domain/member-part/member-draft.test-support';
import { receiptPhotoJpeg } from '../../../documents/member-part/member-part-fixtures.test-support';
import { readMemberPartBag } from '../../../documents/member-part/read-member-part-bag';
import { memberHandInPath } from '../flow/member-paths';
import { HandInPage } from './hand-in-page';
import { invitationEndpoints, problem, renderPage } from './invitation-pages.test-support';

const { server, sent } = invitationEndpoints();
const noContrast = { rules: { 'color-contrast': { enabled: false } } };
const sha256 = 'cd'.repeat(32);

const session: MemberSession = {
  invitationId: memberOf.invitationId,
  memberId: memberOf.memberId,
  year: 2026,
  invitedBy: { givenName: 'Max' },
  member: { givenName: 'Erika', familyName: 'Muster', relation: 'spouse' },
  expiresAt: '2026-12-04T09:00:00Z',
  idleExpiresAt: '2026-11-20T09:30:00Z',
  absoluteExpiresAt: '2026-11-20T13:00:00Z',
  csrfToken: 's'.repeat(43),
};

/**
 * The member's endpoints: the session and the part's state as the page asks for them on arrival, and PUT part
 * answering `put`.
 */
function serveMember(
  put: () => Response,
  state: MemberPartState = { state: 'opened', changeRequested: false, applicationSent: false },
  remove: () => Response = () => new HttpResponse(null, { status: 204 }),
) {
  const loaded = { session: 0, part: 0 };
  server.use(
    http.get(`*${memberSessionPath}`, () => {
      loaded.session += 1;
      return HttpResponse.json(session);
    }),
    http.get(`*${memberPartPath}`, () => {
      loaded.part += 1;
      return HttpResponse.json(state);
    }),
    http.put(`*${memberPartPath}`, put),
    http.delete(`*${memberPartPath}`, remove),
  );
  return { loaded };
}

/** The parts the app handed in (PUT member/part), as it sent them. */
const puts = () => sent().filter((request) => request.method === 'PUT' && request.path === memberPartPath);

const handedIn = () => HttpResponse.json({ sha256, state: 'handedIn' });

async function show(draft: ApplicationDraft = memberDraft(), loaded?: { part: number }) {
  const view = renderPage(<HandInPage />, {
    path: memberHandInPath,
    at: memberHandInPath,
    draft: { initial: draft, context: memberContext, files: { 'f-r1': receiptPhotoJpeg() } },
  });
  // The page asks the server for the part's state first (and thereby gets the CSRF token back).
  if (loaded) await waitFor(() => expect(loaded.part).toBeGreaterThan(0));
  return { ...view, user: userEvent.setup() };
}

const declarations = [
  'Meine Angaben sind richtig und vollständig.',
  'Ich willige ein, dass die Krankenkasse meine Angaben zur Gesundheit für diesen Antrag verarbeitet.',
  'Ich teile der Krankenkasse Änderungen mit. Auf Nachfrage lege ich Nachweise vor.',
];
const submit = () => screen.getByRole('button', { name: 'Teil abgeben' });

async function declareAllAndHandIn(user: ReturnType<typeof userEvent.setup>) {
  for (const label of declarations) await user.click(screen.getByRole('checkbox', { name: label }));
  await user.click(submit());
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-11-20T10:00:00+01:00') });
});
afterEach(() => vi.useRealTimers());

describe('handing in the member’s own part', () => {
  it('asks for each declaration that is missing, and sends nothing', async () => {
    const { loaded } = serveMember(handedIn);
    const { user, container } = await show(memberDraft(), loaded);
    expect(screen.getByRole('heading', { level: 1, name: 'Ihren Teil abgeben' })).toBeInTheDocument();
    // What the inviting person will see, in the lead.
    expect(screen.getByText(/Max Muster sieht davon nur: die Summe Ihrer Einnahmen/)).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: declarations[0] }));
    await user.click(submit());
    const summary = await screen.findByRole('alert', { name: 'Bitte bestätigen Sie die Erklärungen' });
    expect(summary).toHaveFocus();
    expect(
      within(summary)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual([
      'Willigen Sie ein, dass die Krankenkasse Ihre Angaben zur Gesundheit verarbeitet.',
      'Bestätigen Sie, dass Sie Änderungen mitteilen und Nachweise vorlegen.',
    ]);
    expect(screen.getByRole('checkbox', { name: declarations[1] })).toBeInvalid();
    expect(puts()).toHaveLength(0);
    expect((await axe.run(container, noContrast)).violations).toEqual([]);
  });

  it('with all three declarations, PUTs a bag the reader accepts as this member’s, and says it is handed in', async () => {
    const { loaded } = serveMember(handedIn);
    const { user, container } = await show(memberDraft(), loaded);
    await declareAllAndHandIn(user);
    const done = await screen.findByRole('region', { name: 'Ihr Teil ist abgegeben' });
    expect(within(done).getByText(/Max Muster sieht jetzt, dass Ihr Teil da ist\./)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Teil zurückziehen und ändern' })).toBeInTheDocument();
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();

    expect(puts()).toHaveLength(1);
    const [put] = puts();
    expect(put!.headers['Content-Type']).toBe(memberPartContentType);
    expect(put!.headers[csrfHeader]).toBe(session.csrfToken);
    expect(put!.body).toBeInstanceOf(Uint8Array);
    const read = readMemberPartBag(put!.body as Uint8Array);
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    expect(read.document).toMatchObject({
      invitationId: memberOf.invitationId,
      memberId: memberOf.memberId,
      year: 2026,
      member: { givenName: 'Erika', familyName: 'Muster', birthDate: '1958-04-12' },
      declarations: { correct: true, healthDataConsent: true, cooperation: true },
    });
    expect(read.document.summary).toEqual({
      incomeCents: 1_440_000,
      reducedRate: true,
      coPayments: [
        { date: '2026-02-11', amountCents: 2_830 },
        { date: '2026-03-04', amountCents: 1_000 },
      ],
    });
    // The receipt's photo travels in the member's bag, byte for byte.
    expect(read.files.map((file) => file.path)).toEqual([
      'data/member-part.json',
      expect.stringMatching(/^data\/zuzahlung-2026-03-04-loewen-apotheke.*\.jpg$/),
    ]);
    expect(read.files[1]!.bytes).toEqual(receiptPhotoJpeg());
    expect((await axe.run(container, noContrast)).violations).toEqual([]);
  });

  it('asks the member to confirm again with code and date of birth when the session has ended (401)', async () => {
    const { loaded } = serveMember(() => problem(401, caseworkerProblemCodes.unauthenticated));
    const { user } = await show(memberDraft(), loaded);
    await declareAllAndHandIn(user);
    const banner = await screen.findByRole('region', {
      name: 'Bitte bestätigen Sie noch einmal, dass Sie es sind',
    });
    expect(within(banner).getByRole('link', { name: 'Code eingeben' })).toHaveAttribute(
      'href',
      `/mitwirken/${memberOf.token}`,
    );
    expect(puts()).toHaveLength(1);
    // One clear instruction: not also "try again in a moment", which would only fail again.
    expect(screen.queryByText('Ihr Teil konnte nicht abgegeben werden')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Teil abgeben' })).not.toBeInTheDocument();
  });

  it('asks to confirm again when the session ended before a withdrawal (401), not to try again', async () => {
    const { loaded } = serveMember(
      handedIn,
      {
        state: 'handedIn',
        sha256,
        handedInAt: '2026-11-20T08:00:00Z',
        changeRequested: false,
        applicationSent: false,
      },
      () => problem(401, caseworkerProblemCodes.unauthenticated),
    );
    const { user } = await show(memberDraft(), loaded);
    await user.click(await screen.findByRole('button', { name: 'Teil zurückziehen und ändern' }));
    const banner = await screen.findByRole('region', {
      name: 'Bitte bestätigen Sie noch einmal, dass Sie es sind',
    });
    expect(within(banner).getByRole('link', { name: 'Code eingeben' })).toHaveAttribute(
      'href',
      `/mitwirken/${memberOf.token}`,
    );
    expect(screen.queryByText('Ihr Teil konnte nicht abgegeben werden')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Teil zurückziehen und ändern' })).not.toBeInTheDocument();
  });

  it('withdraws a handed-in part, says so, and offers the declarations again', async () => {
    let state: MemberPartState = {
      state: 'handedIn',
      sha256,
      handedInAt: '2026-11-20T08:00:00Z',
      changeRequested: false,
      applicationSent: false,
    };
    const { loaded } = serveMember(handedIn, undefined, () => {
      state = { state: 'opened', changeRequested: false, applicationSent: false };
      return new HttpResponse(null, { status: 204 });
    });
    server.use(
      http.get(`*${memberPartPath}`, () => {
        loaded.part += 1;
        return HttpResponse.json(state);
      }),
    );
    const { user } = await show(memberDraft(), loaded);
    await user.click(await screen.findByRole('button', { name: 'Teil zurückziehen und ändern' }));
    expect(await screen.findByRole('alert', { name: 'Ihr Teil ist zurückgezogen' })).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Teil abgeben' })).toBeInTheDocument();
    expect(sent().some((request) => request.method === 'DELETE' && request.path === memberPartPath)).toBe(
      true,
    );
  });

  it('says the invitation no longer holds when it was withdrawn meanwhile (410), with no retry', async () => {
    const { loaded } = serveMember(() => problem(410, codes.withdrawn));
    const { user } = await show(memberDraft(), loaded);
    await declareAllAndHandIn(user);
    expect(await screen.findByRole('region', { name: 'Die Einladung gilt nicht mehr' })).toBeInTheDocument();
    expect(screen.queryByText('Ihr Teil konnte nicht abgegeben werden')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Teil abgeben' })).not.toBeInTheDocument();
  });

  it('says the application was sent when the part can no longer change (409)', async () => {
    const { loaded } = serveMember(() => problem(409, codes.applicationSent));
    const { user } = await show(memberDraft(), loaded);
    await declareAllAndHandIn(user);
    expect(await screen.findByRole('alert', { name: 'Der Antrag ist abgeschickt' })).toBeInTheDocument();
  });

  it('lists the reader’s problems when the server refuses the bag (422 memberPart.invalid)', async () => {
    const errors = [
      { path: 'data/zuzahlung-2026-03-04-loewen-apotheke.jpg', message: 'Die Datei ist kein JPEG.' },
      { path: 'data/member-part.json', message: 'Die Summe passt nicht zu den Einträgen.' },
    ];
    const { loaded } = serveMember(() => problem(422, codes.partInvalid, { errors }));
    const { user, container } = await show(memberDraft(), loaded);
    await declareAllAndHandIn(user);
    const banner = await screen.findByRole('alert', { name: 'Ihr Teil wurde nicht angenommen' });
    expect(
      within(banner)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Die Datei ist kein JPEG.', 'Die Summe passt nicht zu den Einträgen.']);
    // The member can try again.
    expect(submit()).toBeEnabled();
    expect((await axe.run(container, noContrast)).violations).toEqual([]);
  });

  it('says that something is still missing and shows no declarations while the draft is incomplete', async () => {
    const { loaded } = serveMember(handedIn);
    const draft = memberDraft();
    draft.answers = { ...draft.answers, chronic: { members: [] } };
    await show(draft, loaded);
    const banner = screen.getByRole('region', { name: 'Noch nicht alles ist ausgefüllt' });
    expect(within(banner).getByRole('link', { name: 'Zu Ihren Abschnitten' })).toHaveAttribute(
      'href',
      '/antrag',
    );
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Teil abgeben' })).not.toBeInTheDocument();
    expect(puts()).toHaveLength(0);
  });
});
