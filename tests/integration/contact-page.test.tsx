import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { planFailures } from '../../mocks/control/failure-switch';
import { renderApp } from './render-app';

describe('contact page on the mock backend', () => {
  it("shows the insurer's postal route from the API", async () => {
    renderApp('/kontakt');
    expect(await screen.findByRole('heading', { level: 1, name: 'Kontakt und Hilfe' })).toBeInTheDocument();
    expect(await screen.findByText('01058 Dresden')).toBeInTheDocument();
    expect(
      screen.getByText('Dies sind Beispielangaben einer Demo. Bitte nicht verwenden.'),
    ).toBeInTheDocument();
  });

  it('says so when the server keeps failing, and recovers when the user tries again', async () => {
    // Three network errors outlast the query's two retries.
    planFailures('service-info', 3, 'network');
    renderApp('/kontakt');
    const alert = await screen.findByRole('alert', {}, { timeout: 10_000 });
    expect(alert).toHaveTextContent('Die Kontaktdaten konnten nicht geladen werden.');
    await userEvent.click(screen.getByRole('button', { name: 'Erneut versuchen' }));
    expect(await screen.findByText('01058 Dresden')).toBeInTheDocument();
  });

  it('does not retry a client error', async () => {
    planFailures('service-info', 1, 404);
    renderApp('/kontakt');
    expect(await screen.findByRole('alert')).toBeInTheDocument();
  });
});
