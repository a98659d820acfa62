import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { planFailures } from '../../../mocks/control/failure-switch';
import { resetSubmissionStore, submissionStore } from '../../../mocks/store/current-submission-store';
import { http, HttpResponse } from 'msw';
import { server } from '../../../mocks/node/server';
import { openSendPage } from './send-support';
import { endWizardSession } from './start-wizard';

beforeEach(() => resetSubmissionStore());
afterEach(endWizardSession);

const noContrast = { rules: { 'color-contrast': { enabled: false } } };

describe('Antrag senden', () => {
  it('shows the size and what is sent, survives a network error and a 503, and one submission arrives', async () => {
    const user = userEvent.setup();
    const { container } = await openSendPage(user);
    expect(screen.getByText(/^Ihr Antrag ohne Anlagen: \d+(,\d)? KB$/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Das wird gesendet' })).toBeInTheDocument();
    expect((await axe.run(container, noContrast)).violations).toEqual([]);

    planFailures('submission', 1, 'network');
    planFailures('submission', 1, 503);
    await user.click(screen.getByRole('button', { name: 'Jetzt senden' }));
    expect(screen.getByRole('button', { name: 'Jetzt senden' })).toBeDisabled();
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/Verbindung unterbrochen/));
    expect(screen.getByRole('status')).toHaveTextContent(
      'Verbindung unterbrochen – neuer Versuch in 1 Sekunde (Versuch 2 von 5)',
    );

    await screen.findByRole('heading', { level: 1, name: 'Antrag gesendet' }, { timeout: 15_000 });
    const stored = await submissionStore().listSubmissions();
    expect(stored).toHaveLength(1);
    // The panel shows the reference (the cover sheet and the box to print repeat it).
    expect(
      screen.getByText(stored[0]!.reference, { selector: '.confirmation-panel strong' }),
    ).toBeInTheDocument();
  });

  it('sends once when "Jetzt senden" is clicked twice in a row', async () => {
    const user = userEvent.setup();
    await openSendPage(user);
    const button = screen.getByRole('button', { name: 'Jetzt senden' });
    // Both clicks land before React renders the disabled button: only the ref can stop the second.
    button.click();
    button.click();
    await screen.findByRole('heading', { level: 1, name: 'Antrag gesendet' }, { timeout: 15_000 });
    expect(await submissionStore().listSubmissions()).toHaveLength(1);
  });

  it('shows a final 400 with a way back to the check page, and keeps the draft', async () => {
    const user = userEvent.setup();
    const { router } = await openSendPage(user);
    planFailures('submission', 1, 400);
    await user.click(screen.getByRole('button', { name: 'Jetzt senden' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Die Krankenkasse hat den Antrag nicht angenommen');
    expect(alert).toHaveTextContent('Planned failure of the demo server');
    expect(await submissionStore().listSubmissions()).toHaveLength(0);
    await user.click(within(alert).getByRole('link', { name: 'Zurück zu „Angaben prüfen“' }));
    await screen.findByRole('heading', { level: 1, name: 'Angaben prüfen' });
    expect(router.state.location.pathname).toBe('/antrag/pruefen');
    expect(screen.getByRole('region', { name: 'Alle Abschnitte sind vollständig' })).toBeInTheDocument();
  });
});

describe('Antrag senden: a bundle the insurer cannot verify', () => {
  it('says plainly that nothing was sent and to call, with the phone number and the files named, and offers no retry', async () => {
    const user = userEvent.setup();
    await openSendPage(user);
    server.use(
      http.post('*/api/v1/submissions', () =>
        HttpResponse.json(
          {
            title: 'The bundle fails the checks of bundle verify',
            status: 422,
            code: 'submission.invalidBundle',
            errors: [
              { path: 'data/antrag.pdf', message: 'not a PDF' },
              { path: 'data/bescheid-buerg\u202efdp.pdf', message: 'the PDF contains JavaScript' },
            ],
          },
          { status: 422, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    await user.click(screen.getByRole('button', { name: 'Jetzt senden' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Ihr Antrag konnte nicht angenommen werden');
    expect(alert).toHaveTextContent('Es wurde nichts gesendet.');
    expect(alert).toHaveTextContent('Bitte senden Sie den Antrag nicht noch einmal.');
    expect(await within(alert).findByRole('link', { name: '0800 000 00 00' })).toHaveAttribute(
      'href',
      'tel:08000000000',
    );
    expect(alert).not.toHaveTextContent('bundle verify');
    // The files the check named, for the phone call; a right-to-left override is shown, never obeyed.
    const named = within(alert)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(named).toEqual(['data/antrag.pdf', 'data/bescheid-buerg\\u202Efdp.pdf']);
    expect(screen.queryByRole('button', { name: /senden/ })).not.toBeInTheDocument();
    expect(await submissionStore().listSubmissions()).toHaveLength(0);
  });
});
