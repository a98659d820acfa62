import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { planFailures } from '../../mocks/control/failure-switch';
import { accessibilityFeedbackPath } from '../../src/api/contracts/accessibility-feedback';
import { renderApp } from './render-app';

const pages = [
  { path: '/impressum', heading: 'Impressum' },
  { path: '/datenschutz', heading: 'Datenschutzerklärung' },
  { path: '/barrierefreiheit', heading: 'Erklärung zur Barrierefreiheit' },
  { path: '/leichte-sprache', heading: 'Leichte Sprache' },
  { path: '/gebaerdensprache', heading: 'Gebärdensprache' },
];

const descriptionLabel = 'Beschreiben Sie die Barriere';

async function openFeedbackForm() {
  const user = userEvent.setup();
  renderApp('/barrierefreiheit');
  await screen.findByRole('heading', { level: 1, name: 'Erklärung zur Barrierefreiheit' });
  return user;
}

describe('legal pages', () => {
  it.each(pages)(
    '$path shows its heading and title, with demo data marked as such',
    async ({ path, heading }) => {
      renderApp(path);
      expect(await screen.findByRole('heading', { level: 1, name: heading })).toBeInTheDocument();
      // The title follows in an effect after the heading is painted.
      await waitFor(() => expect(document.title).toBe(`${heading} – Zuzahlungsbefreiung online`));
      // Every page but Leichte Sprache (which says it in its own words) carries the demo warning.
      if (path !== '/leichte-sprache') {
        expect(screen.getByText(/Dies ist kein Angebot der echten AOK PLUS/)).toBeInTheDocument();
      }
    },
  );

  it.each([
    { path: '/impressum', heading: 'Legal notice' },
    { path: '/datenschutz', heading: 'Privacy notice' },
    { path: '/barrierefreiheit', heading: 'Accessibility statement' },
    { path: '/gebaerdensprache', heading: 'Sign language' },
  ])('$path switches to English ($heading)', async ({ path, heading }) => {
    const user = userEvent.setup();
    renderApp(path);
    await screen.findByRole('heading', { level: 1 });
    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(await screen.findByRole('heading', { level: 1, name: heading })).toBeInTheDocument();
    expect(screen.getByText(/this is not a service of the real AOK PLUS/)).toBeInTheDocument();
  });

  it('names the insurer as a public body with its supervisory authority and 01058 Dresden', async () => {
    renderApp('/impressum');
    await screen.findByRole('heading', { level: 1, name: 'Impressum' });
    expect(screen.getByText(/Körperschaft des öffentlichen Rechts/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Aufsichtsbehörde' })).toBeInTheDocument();
    expect(screen.getAllByText('01058 Dresden').length).toBeGreaterThan(0);
    expect(screen.getByRole('link', { name: 'security.txt' })).toHaveAttribute(
      'href',
      '/.well-known/security.txt',
    );
  });

  it('gives the privacy notice anchors for the risks on shared devices (TR-03161 O.Data_12/13)', async () => {
    renderApp('/datenschutz');
    await screen.findByRole('heading', { level: 1, name: 'Datenschutzerklärung' });
    for (const id of [
      'risiko-bildschirmfotos',
      'risiko-entsperrtes-geraet',
      'risiko-arbeitsspeicher',
      'speicherort',
    ]) {
      expect(document.getElementById(id)).toBeInstanceOf(HTMLHeadingElement);
    }
    expect(screen.getByText(/AES-GCM/)).toBeInTheDocument();
    expect(screen.getByText(/90 Tage nach Ihrer letzten Änderung/)).toBeInTheDocument();
    const toc = screen.getByRole('navigation', { name: 'Auf dieser Seite' });
    expect(
      within(toc).getByRole('link', { name: 'Risiken auf gemeinsam genutzten Geräten' }),
    ).toHaveAttribute('href', '#risiken');
  });

  it('keeps Leichte Sprache German under the English switch, marked lang="de", with an English note', async () => {
    const user = userEvent.setup();
    renderApp('/leichte-sprache');
    await screen.findByRole('heading', { level: 1, name: 'Leichte Sprache' });
    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(await screen.findByText(/it exists in German only/)).toBeInTheDocument();
    const sentence = screen.getByText('Die Grenze heißt: Belastungs-Grenze.');
    expect(sentence.closest('[lang]')).toHaveAttribute('lang', 'de');
    await waitFor(() =>
      expect(document.title).toBe('Leichte Sprache (easy-to-read German) – Co-payment exemption online'),
    );
  });

  it('dates the accessibility statement and points to the Schlichtungsstelle', async () => {
    renderApp('/barrierefreiheit');
    await screen.findByRole('heading', { level: 1, name: 'Erklärung zur Barrierefreiheit' });
    expect(screen.getAllByText('23. November 2026')[0]).toHaveAttribute('datetime', '2026-11-23');
    expect(screen.getByText(/teilweise barrierefrei/)).toBeInTheDocument();
    expect(screen.getByText(/PDF\/UA/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Schlichtungsstelle BGG/ })).toHaveAttribute(
      'href',
      'https://www.schlichtungsstelle-bgg.de/',
    );
  });
});

describe('feedback form of the accessibility statement', () => {
  it('names the missing description in an error summary that takes focus and links to the field', async () => {
    const user = await openFeedbackForm();
    await user.type(screen.getByLabelText('Ihr Name (freiwillig)'), 'Erika');
    await user.click(screen.getByRole('button', { name: 'Meldung senden' }));
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveFocus();
    const link = within(summary).getByRole('link', { name: /Beschreiben Sie die Barriere, zum Beispiel/ });
    await user.click(link);
    const description = screen.getByLabelText(descriptionLabel);
    expect(description).toHaveFocus();
    expect(description).toHaveAttribute('aria-invalid', 'true');
    expect(description).toHaveAccessibleDescription(/Fehler:\s?Beschreiben Sie die Barriere/);
    expect(screen.getByLabelText('Ihr Name (freiwillig)')).toHaveValue('Erika');
  });

  it('refuses a malformed e-mail address but accepts an empty one', async () => {
    const user = await openFeedbackForm();
    await user.type(screen.getByLabelText('Ihre E-Mail-Adresse (freiwillig)'), 'erika@');
    await user.type(screen.getByLabelText(descriptionLabel), 'Der Fokus ist nicht zu sehen.');
    await user.click(screen.getByRole('button', { name: 'Meldung senden' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getAllByRole('link')).toHaveLength(1);
    expect(summary).toHaveTextContent('Geben Sie eine E-Mail-Adresse wie name@example.org an');
    await user.clear(screen.getByLabelText('Ihre E-Mail-Adresse (freiwillig)'));
    await user.click(screen.getByRole('button', { name: 'Meldung senden' }));
    expect(await screen.findByText(/BF-\d{6}/)).toBeInTheDocument();
  });

  it('confirms a sent report with the reference the server returns', async () => {
    const user = await openFeedbackForm();
    await user.type(screen.getByLabelText('Ihre E-Mail-Adresse (freiwillig)'), 'erika@example.org');
    await user.type(
      screen.getByLabelText('Auf welcher Seite ist die Barriere? (freiwillig)'),
      '/belastungsgrenze',
    );
    await user.type(screen.getByLabelText(descriptionLabel), 'Die Tabelle ist zu breit.');
    await user.click(screen.getByRole('button', { name: 'Meldung senden' }));
    const heading = await screen.findByRole('heading', { name: 'Vielen Dank für Ihre Meldung' });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(screen.getByText(/^BF-\d{6}$/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Weitere Barriere melden' }));
    expect(screen.getByLabelText(descriptionLabel)).toHaveValue('');
  });

  it.each([
    { error: 503 as const, kind: 'a server error' },
    { error: 'network' as const, kind: 'a network error' },
  ])('keeps the typed text after $kind and sends it on retry', async ({ error }) => {
    planFailures('accessibility-feedback', 1, error);
    const user = await openFeedbackForm();
    await user.type(screen.getByLabelText('Ihr Name (freiwillig)'), 'Max');
    await user.type(screen.getByLabelText(descriptionLabel), 'Der Knopf hat keinen Namen.');
    await user.click(screen.getByRole('button', { name: 'Meldung senden' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'Ihre Meldung konnte gerade nicht gesendet werden. Ihr Text ist noch da.',
    );
    expect(screen.getByLabelText(descriptionLabel)).toHaveValue('Der Knopf hat keinen Namen.');
    expect(screen.getByLabelText('Ihr Name (freiwillig)')).toHaveValue('Max');
    await user.click(screen.getByRole('button', { name: 'Erneut senden' }));
    expect(await screen.findByText(/^BF-\d{6}$/)).toBeInTheDocument();
  });

  it('offers the e-mail address when the server refuses the report for good', async () => {
    planFailures('accessibility-feedback', 1, 400);
    const user = await openFeedbackForm();
    await user.type(screen.getByLabelText(descriptionLabel), 'Kontrast zu schwach.');
    await user.click(screen.getByRole('button', { name: 'Meldung senden' }));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('link', { name: 'barrierefreiheit@example.org' })).toHaveAttribute(
      'href',
      'mailto:barrierefreiheit@example.org',
    );
    expect(screen.getByLabelText(descriptionLabel)).toHaveValue('Kontrast zu schwach.');
  });
});

describe('accessibility feedback on the mock backend', () => {
  const post = (body: unknown) =>
    fetch(new URL(accessibilityFeedbackPath, window.location.href), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });

  it('refuses a body without a description with 400 problem details naming the field', async () => {
    const response = await post({ name: 'Erika', description: '   ' });
    expect(response.status).toBe(400);
    const problem = (await response.json()) as { code: string; errors: { path: string }[] };
    expect(problem.code).toBe('request.invalid');
    expect(problem.errors.map((error) => error.path)).toContain('description');
  });

  it('refuses unknown fields and a malformed e-mail address', async () => {
    const response = await post({ description: 'x', email: 'nope', kvnr: 'A123456780' });
    expect(response.status).toBe(400);
    const problem = (await response.json()) as { errors: { path: string }[] };
    expect(problem.errors.map((error) => error.path)).toEqual(expect.arrayContaining(['email']));
  });

  it('answers a valid report with 201 and a reference', async () => {
    const response = await post({ description: 'Der Fokus springt an den Seitenanfang.', language: 'de' });
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({ reference: expect.stringMatching(/^BF-\d{6}$/) });
  });
});
