import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { createChallenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/web/pbkdf2';
import { verify } from 'altcha-lib/frameworks/shared';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import {
  providerChallengePath,
  providerLetterRequestPath,
  providerProblemCodes,
} from '../../api/contracts/provider-check';
import { serviceInfoPath } from '../../api/contracts/service-info';
import { problem, providerEndpoints, serviceInfo } from '../../api/provider-endpoints.test-support';
import { renderProviderArea } from './provider-pages.test-support';

const { server, sent } = providerEndpoints();
const noContrast = { rules: { 'color-contrast': { enabled: false } } };
const secret = 'test-signature-secret';
const keySecret = 'test-key-signature-secret';
const sameAnswer =
  'Wir schicken Ihnen einen Brief an die Anschrift, die zu diesem IK bei uns hinterlegt ist. Darin stehen ein Erstpasswort für die erste Anmeldung und eine Prüfnummer. Der Brief kommt in den nächsten Tagen.';

/**
 * The server's side as altcha-lib makes it (deterministic mode, PBKDF2 as the real server uses, cheap here): a
 * challenge per GET, and letter requests whose payload altcha-lib's own verify accepts. `onFile` decides nothing
 * the page can see: the answer is 202 either way.
 */
function serveLetters(options: { demo?: boolean } = {}) {
  const verdicts: (string | null)[] = [];
  server.use(
    http.get(`*${serviceInfoPath}`, () => HttpResponse.json(serviceInfo(options.demo ?? false))),
    http.get(`*${providerChallengePath}`, async () =>
      HttpResponse.json(
        await createChallenge({
          algorithm: 'PBKDF2/SHA-256',
          cost: 10,
          counter: 3,
          deriveKey,
          hmacSignatureSecret: secret,
          hmacKeySignatureSecret: keySecret,
          data: { purpose: 'provider-letter' },
        }),
        { headers: { 'Cache-Control': 'no-store' } },
      ),
    ),
    http.post(`*${providerLetterRequestPath}`, async ({ request }) => {
      const body = (await request.json()) as { altcha: string };
      const result = await verify(body.altcha, deriveKey, secret, keySecret);
      verdicts.push(result.error);
      if (result.error !== null) return problem(400, providerProblemCodes.challengeFailed);
      return HttpResponse.json({ accepted: true }, { status: 202 });
    }),
  );
  return verdicts;
}

const letterRequests = () =>
  sent()
    .filter((request) => request.path === providerLetterRequestPath)
    .map((request) => request.body as Record<string, unknown>);
const ikField = () => screen.getByRole('textbox', { name: 'Institutionskennzeichen (IK)' });
const terms = () =>
  screen.getByRole('checkbox', { name: 'Ich habe die Nutzungsbedingungen gelesen und stimme ihnen zu.' });

describe('the registration', () => {
  it('names a wrong check digit and the missing consent to the terms, and sends nothing', async () => {
    serveLetters();
    const { container } = renderProviderArea('/leistungserbringer/registrieren');
    const user = userEvent.setup();
    await user.type(ikField(), '261400027');
    await user.click(screen.getByRole('button', { name: 'Zugang beantragen' }));
    const summary = await screen.findByRole('alert', { name: 'Bitte prüfen Sie Ihre Angaben' });
    expect(
      within(summary)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual([
      'Dieses Institutionskennzeichen (IK) gibt es nicht. Wahrscheinlich ist eine Ziffer vertippt. Bitte prüfen Sie es.',
      'Stimmen Sie den Nutzungsbedingungen zu. Sonst können wir keinen Zugang einrichten.',
    ]);
    await user.click(within(summary).getByRole('link', { name: /Nutzungsbedingungen zu/ }));
    expect(terms()).toHaveFocus();
    expect(ikField()).toHaveValue('261400027');
    expect(sent().filter((request) => request.path.startsWith('/api/v1/provider'))).toHaveLength(0);
    expect((await axe.run(container, noContrast)).violations).toEqual([]);
  });

  it('asks for the terms when only they are missing', async () => {
    serveLetters();
    renderProviderArea('/leistungserbringer/registrieren');
    const user = userEvent.setup();
    await user.type(ikField(), '261400028');
    await user.click(screen.getByRole('button', { name: 'Zugang beantragen' }));
    const summary = await screen.findByRole('alert', { name: 'Bitte prüfen Sie Ihre Angaben' });
    expect(
      within(summary)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Stimmen Sie den Nutzungsbedingungen zu. Sonst können wir keinen Zugang einrichten.']);
  });

  it('solves the proof of work on submit and says the same for any IK', async () => {
    const verdicts = serveLetters();
    for (const ik of ['261400028', '301234561']) {
      const { container, unmount } = renderProviderArea('/leistungserbringer/registrieren');
      const user = userEvent.setup();
      await user.type(ikField(), ik);
      await user.click(terms());
      await user.click(screen.getByRole('button', { name: 'Zugang beantragen' }));
      expect(await screen.findByRole('region', { name: 'Ihre Anfrage ist angekommen' })).toHaveTextContent(
        sameAnswer,
      );
      expect((await axe.run(container, noContrast)).violations).toEqual([]);
      unmount();
    }
    expect(letterRequests().map(({ altcha: _altcha, ...rest }) => rest)).toEqual([
      { ik: '261400028', reason: 'registration', termsAccepted: true },
      { ik: '301234561', reason: 'registration', termsAccepted: true },
    ]);
    // altcha-lib's server side accepted each payload the page sent.
    expect(verdicts).toEqual([null, null]);
  });

  it('says "Ihre Anfrage wird geprüft …" politely while the browser works', async () => {
    serveLetters();
    // The challenge waits until the test has seen the message.
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const challenge = await createChallenge({
      algorithm: 'PBKDF2/SHA-256',
      cost: 10,
      counter: 3,
      deriveKey,
      hmacSignatureSecret: secret,
      hmacKeySignatureSecret: keySecret,
    });
    server.use(
      http.get(`*${providerChallengePath}`, async () => {
        await held;
        return HttpResponse.json(challenge);
      }),
    );
    renderProviderArea('/leistungserbringer/registrieren');
    const user = userEvent.setup();
    await user.type(ikField(), '261400028');
    await user.click(terms());
    const live = screen
      .getAllByRole('status')
      .find((element) => element.getAttribute('aria-live') === 'polite');
    expect(live).toHaveTextContent('');
    await user.click(screen.getByRole('button', { name: 'Zugang beantragen' }));
    await vi.waitFor(() => expect(live).toHaveTextContent('Ihre Anfrage wird geprüft …'));
    expect(screen.getByRole('button', { name: 'Zugang beantragen' })).toBeDisabled();
    release();
    await screen.findByRole('region', { name: 'Ihre Anfrage ist angekommen' });
  });

  it('points to the demo mailbox in the demo', async () => {
    serveLetters({ demo: true });
    renderProviderArea('/leistungserbringer/registrieren');
    const user = userEvent.setup();
    await user.type(ikField(), '261400028');
    await user.click(terms());
    await user.click(screen.getByRole('button', { name: 'Zugang beantragen' }));
    expect(
      await screen.findByRole('link', { name: 'Demo: Den Brief finden Sie im Demo-Briefkasten.' }),
    ).toHaveAttribute('href', '/demo/briefkasten');
  });

  it('keeps what was typed when the check was refused', async () => {
    serveLetters();
    server.use(
      http.post(`*${providerLetterRequestPath}`, () => problem(400, providerProblemCodes.challengeFailed)),
    );
    const { container } = renderProviderArea('/leistungserbringer/registrieren');
    const user = userEvent.setup();
    await user.type(ikField(), '261400028');
    await user.click(terms());
    await user.click(screen.getByRole('button', { name: 'Zugang beantragen' }));
    const banner = await screen.findByRole('alert', { name: 'Die Prüfung hat nicht geklappt' });
    expect(banner).toHaveTextContent(
      'Bitte senden Sie das Formular noch einmal. Ihre Eingaben sind noch da.',
    );
    expect(ikField()).toHaveValue('261400028');
    expect(terms()).toBeChecked();
    expect((await axe.run(container, noContrast)).violations).toEqual([]);
  });
});

describe('the new letter', () => {
  it('asks for the IK only and sends reason newLetter', async () => {
    serveLetters();
    renderProviderArea('/leistungserbringer/neuer-brief');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Neuen Brief mit Zugangsdaten anfordern',
    );
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
    const user = userEvent.setup();
    await user.type(ikField(), '261400028');
    await user.click(screen.getByRole('button', { name: 'Neuen Brief anfordern' }));
    expect(await screen.findByRole('region', { name: 'Ihre Anfrage ist angekommen' })).toHaveTextContent(
      sameAnswer,
    );
    expect(letterRequests().map(({ altcha: _altcha, ...rest }) => rest)).toEqual([
      { ik: '261400028', reason: 'newLetter', termsAccepted: false },
    ]);
  });
});
