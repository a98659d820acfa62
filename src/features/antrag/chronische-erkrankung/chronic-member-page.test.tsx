import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useMemo, useState, type ReactNode } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { ApplicationDraft } from '../../../domain/application/application-draft';
import type { ChronicMemberAnswers } from '../../../domain/application/draft-answers';
import { pensionerDraft, sampleContext } from '../../../domain/application/sample-drafts.test-support';
import { I18nProvider } from '../../../i18n/i18n-provider';
import { messages as en } from '../../../i18n/messages/en';
import { DraftContext, type DraftApi } from '../draft/draft-context';
import { answersUpdater, draftApiDouble } from '../draft/draft-api-double.test-support';
import { ChronicMemberPage } from './chronic-member-page';

// sampleContext: the year 2026, today 20.11.2026.

/** The wizard's draft API with answers kept in memory, as the page saves them while the user types. */
function DraftInMemory({ initial, children }: { initial: ApplicationDraft; children: ReactNode }) {
  const [draft, setDraft] = useState(initial);
  const api = useMemo<DraftApi>(
    () =>
      draftApiDouble(draft, sampleContext, 'the chronic-illness page', {
        updateAnswers: answersUpdater(setDraft),
        setLastPath: () => undefined,
      }),
    [draft],
  );
  return <DraftContext.Provider value={api}>{children}</DraftContext.Provider>;
}

/** The pensioner, with her own chronic-illness answer; her Muster 55 is stored with the draft. */
function showPage(answer: Omit<ChronicMemberAnswers, 'memberId'>, language: 'de' | 'en' = 'de') {
  const draft: ApplicationDraft = {
    ...pensionerDraft(),
    files: [{ id: 'f-m55', name: 'muster55.pdf', type: 'application/pdf', size: 10, addedAt: '2026-02-01' }],
  };
  draft.answers = { ...draft.answers, chronic: { members: [{ memberId: 'applicant', ...answer }] } };
  const router = createMemoryRouter(
    [
      {
        path: '/antrag/chronische-erkrankung/:memberId',
        element: (
          <DraftInMemory initial={draft}>
            <ChronicMemberPage />
          </DraftInMemory>
        ),
      },
      { path: '*', element: <p>elsewhere</p> },
    ],
    { initialEntries: ['/antrag/chronische-erkrankung/applicant'] },
  );
  render(
    <I18nProvider initial={language === 'en' ? { language: 'en', messages: en } : undefined}>
      <RouterProvider router={router} />
    </I18nProvider>,
  );
  return router;
}

const uploaded: Omit<ChronicMemberAnswers, 'memberId'> = {
  chronicallyIll: 'yes',
  certificate: 'upload',
  certificateFileIds: ['f-m55'],
};
const field = () => screen.getByRole('textbox', { name: 'Ausgestellt am (freiwillig)' });
const warning = /Die Bescheinigung ist älter als ein Jahr\./;

describe('ChronicMemberPage: the certificate’s issue date', () => {
  it('asks for the date with the upload, optional, and says where it is', async () => {
    showPage({ chronicallyIll: 'yes' });
    await screen.findByRole('heading', { level: 1, name: 'Sind Sie schwerwiegend chronisch krank?' });
    expect(screen.queryByRole('textbox', { name: /Ausgestellt am/ })).not.toBeInTheDocument();

    const user = userEvent.setup();
    await user.click(screen.getByRole('radio', { name: 'Ich lade sie jetzt hoch' }));
    expect(field()).toHaveAccessibleDescription(/Das Datum steht oben auf der Bescheinigung\./);

    await user.click(screen.getByRole('radio', { name: 'Die Arztpraxis schickt sie uns' }));
    expect(screen.queryByRole('textbox', { name: /Ausgestellt am/ })).not.toBeInTheDocument();
  });

  it('warns with the renewal date as soon as a date more than a year old is typed', async () => {
    showPage(uploaded);
    const user = userEvent.setup();
    await user.type(await screen.findByRole('textbox', { name: /Ausgestellt am/ }), '15.3.2025');
    expect(
      await screen.findByText(
        'Die Bescheinigung ist älter als ein Jahr. Sie musste am 15.03.2026 erneuert werden. Bitten Sie Ihre Arztpraxis um eine neue Bescheinigung. Ihren Antrag können Sie trotzdem abschicken.',
      ),
    ).toBeInTheDocument();

    // Corrected to a recent certificate, the warning goes.
    await user.clear(field());
    await user.type(field(), '2.1.2026');
    expect(screen.queryByText(warning)).not.toBeInTheDocument();
  });

  it('warns for a stored date, in English too', async () => {
    showPage({ ...uploaded, certificateIssuedOn: '29.2.2024' }, 'en');
    expect(
      await screen.findByText(
        /The certificate is more than a year old\. It had to be renewed on 28 February 2025\./,
      ),
    ).toBeInTheDocument();
  });

  it.each([
    ['no date', undefined],
    ['a date less than a year ago', '21.11.2025'],
    ['a date not yet complete', '15.3.20'],
  ])('shows no warning with %s', async (_, certificateIssuedOn) => {
    showPage({ ...uploaded, ...(certificateIssuedOn !== undefined && { certificateIssuedOn }) });
    expect(await screen.findByRole('textbox', { name: /Ausgestellt am/ })).toBeInTheDocument();
    expect(screen.queryByText(warning)).not.toBeInTheDocument();
  });

  it('never blocks: with a certificate due for renewal the answer is saved and the page moves on', async () => {
    const router = showPage({ ...uploaded, certificateIssuedOn: '1.6.2024' });
    await screen.findByText(warning);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Speichern und weiter' }));
    expect(await screen.findByText('elsewhere')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/antrag/chronische-erkrankung');
  });

  it('refuses a date in the future, naming the field', async () => {
    showPage({ ...uploaded, certificateIssuedOn: '21.11.2026' });
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Speichern und weiter' }));
    expect(
      await screen.findByRole('link', {
        name: 'Das Ausstellungsdatum der Bescheinigung darf nicht nach dem 20.11.2026 liegen.',
      }),
    ).toHaveAttribute('href', '#f-certificateIssuedOn');
  });
});
