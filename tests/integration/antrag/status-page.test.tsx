import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resetSubmissionStore } from '../../../mocks/store/current-submission-store';
import { currentSession } from '../../../src/features/antrag/draft/draft-session';
import { endWizardSession, startWizard } from './start-wizard';

beforeEach(() => resetSubmissionStore());
afterEach(endWizardSession);

describe('Bearbeitungsstand of the open draft', () => {
  it('asks for the code and links to the public lookup when a receipt kept before codes has none', async () => {
    const user = userEvent.setup();
    const { router } = await startWizard(user, 2026);
    const session = currentSession()!;
    await session.store.submissions.completeSubmission({
      draftId: session.currentDraftId!,
      year: 2026,
      reference: 'ZB-2026-000042',
      manifestSha256: 'ab'.repeat(32),
      receivedAt: '2026-03-01T09:00:05.000Z',
    });
    await router.navigate('/antrag/status');
    expect((await screen.findByText('Vorgangsnummer')).nextElementSibling).toHaveTextContent(
      'ZB-2026-000042',
    );
    expect(screen.getByText(/Auf diesem Gerät ist kein Abrufcode/)).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Schritte der Bearbeitung' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Bearbeitungsstand mit Abrufcode abfragen' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Bearbeitungsstand abfragen' }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/status');
  });
});
