import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ExemptionCard } from '../../../api/contracts/advance-payment';
import {
  abrufcodeHeader,
  submissionLetterPath,
  submissionProblemCodes,
  type SubmissionState,
} from '../../../api/contracts/submission';
import { renderUi } from '../../../ui/test-providers';
import { statusEndpoints } from './status-endpoints.test-support';
import { downloadBytes } from '../entwuerfe/download-bytes';
import { DecisionStatus } from './decision-status';

// The save itself is watched instead of made: jsdom has no downloads.
vi.mock('../entwuerfe/download-bytes', () => ({ downloadBytes: vi.fn() }));

const { server, requestsTo } = statusEndpoints();

const reference = 'ZB-2026-000123';
const abrufcode = '7K3Q-M2ZD-AB12-CD34-EF56-GH78-JK9M';
const letterBytes = new TextEncoder().encode('%PDF-1.7 Bescheid');
const noContrast = { rules: { 'color-contrast': { enabled: false } } };

const card = (over: Partial<ExemptionCard> = {}): ExemptionCard => ({
  memberId: 'applicant',
  givenName: 'Erika',
  familyName: 'Mustermann',
  kvnr: 'A123456780',
  birthDate: '1956-02-03',
  cardNumber: reference,
  insurerName: 'AOK PLUS (Demo)',
  status: true,
  gueltigAb: '2026-01-01',
  gueltigBis: '2026-12-31',
  ...over,
});

const decided = (
  decision: SubmissionState['decision'],
  over: Partial<SubmissionState> = {},
): SubmissionState => ({
  reference,
  status: 'entschieden',
  receivedAt: '2026-03-01T10:00:00+01:00',
  updatedAt: '2026-12-07T09:00:00+01:00',
  manifestSha256: 'a'.repeat(64),
  decision,
  letters: [
    { id: 3, kind: 'unterlagen-angefordert', createdAt: '2026-11-20T09:00:00+01:00' },
    { id: 7, kind: 'bescheid', createdAt: '2026-12-07T09:00:00+01:00' },
  ],
  ...over,
});

const exempt = (over: Partial<NonNullable<SubmissionState['decision']>> = {}) =>
  decided(
    {
      outcome: 'befreit',
      decidedAt: '2026-12-07T09:00:00+01:00',
      validFrom: '2026-01-01',
      validUntil: '2026-12-31',
      refundCents: 12_345,
      electronicNotification: true,
      ...over,
    },
    { exemptions: [card(), card({ memberId: 'c1', givenName: 'Paul', kvnr: 'D456789013' })] },
  );

const refused = decided({
  outcome: 'abgelehnt',
  decidedAt: '2026-12-07T09:00:00+01:00',
  reason: 'Ihre Zuzahlungen haben die Belastungsgrenze nicht erreicht.',
  electronicNotification: false,
});

type Seen = { url: string; code: string | null; accept: string | null };
const seen: Seen[] = [];
function serveLetter(status = 200) {
  server.use(
    http.get(`*${submissionLetterPath(reference, 7)}`, ({ request }) => {
      seen.push({
        url: request.url,
        code: request.headers.get(abrufcodeHeader),
        accept: request.headers.get('Accept'),
      });
      if (status !== 200)
        return HttpResponse.json(
          { type: 'about:blank', title: 'Not found', status, code: submissionProblemCodes.notFound },
          { status, headers: { 'Content-Type': 'application/problem+json' } },
        );
      return new HttpResponse(letterBytes, { headers: { 'Content-Type': 'application/pdf' } });
    }),
  );
}

beforeEach(() => {
  seen.length = 0;
  vi.mocked(downloadBytes).mockClear();
});

describe('the decision on the status page', () => {
  it('says an approval plainly: the period, the refund, the letter, which copy counts, how to object, the cards', async () => {
    const { container } = renderUi(<DecisionStatus state={exempt()} abrufcode={abrufcode} />);
    const section = screen.getByRole('region', { name: 'Entscheidung über Ihren Antrag' });
    expect(
      within(section).getByText('Sie sind von Zuzahlungen befreit vom 01.01.2026 bis 31.12.2026.'),
    ).toBeInTheDocument();
    expect(within(section).getByText(/^Wir zahlen Ihnen 123,45\s€ zurück\.$/)).toBeInTheDocument();
    expect(within(section).getByRole('button', { name: 'Bescheid herunterladen (PDF)' })).toBeInTheDocument();
    // § 37 Abs. 2a SGB X as the check page words the consent: the third day after the e-mail, whether read or not.
    expect(
      within(section).getByText(
        /Er gilt am dritten Tag nach unserer E-Mail über die Bereitstellung als bekannt gegeben/,
      ),
    ).toBeInTheDocument();
    expect(within(section).queryByText(/Maßgeblich ist der Brief/)).not.toBeInTheDocument();
    expect(
      within(section).getByText(
        'Sie sind nicht einverstanden? Sie können Widerspruch einlegen. Wie, steht im Bescheid.',
      ),
    ).toBeInTheDocument();
    // The paragraphs sit behind "Warum?", not in the text.
    expect(within(section).getByText('Rechtsgrundlage: § 37 Abs. 2a SGB X.')).not.toBeVisible();
    expect(
      within(section).getByText(/an dem Tag als bekannt gegeben, an dem Sie ihn abrufen/),
    ).not.toBeVisible();
    expect(screen.getAllByRole('article')).toHaveLength(2);
    expect((await axe.run(container, noContrast)).violations).toEqual([]);
  });

  it('says when nothing is refunded and that the letter by post counts without consent', () => {
    renderUi(
      <DecisionStatus
        state={exempt({ refundCents: 0, electronicNotification: false })}
        abrufcode={abrufcode}
      />,
    );
    expect(screen.getByText(/Wir zahlen Ihnen nichts zurück\./)).toBeInTheDocument();
    expect(
      screen.getByText('Den Bescheid schicken wir Ihnen auch mit der Post. Maßgeblich ist der Brief.'),
    ).toBeInTheDocument();
    expect(screen.queryByText(/dritten Tag/)).not.toBeInTheDocument();
  });

  it('leaves the cards and the refund of an advance payment to its own section', () => {
    renderUi(
      <DecisionStatus
        state={{
          ...exempt({ refundCents: undefined }),
          advancePayment: {
            state: 'eingegangen',
            year: 2026,
            method: 'transfer',
            option: 'full',
            amountCents: 43_210,
            receivedOn: '2026-03-10',
            paymentReference: { style: 'text', remittance: `Vorauszahlung Zuzahlungen 2026 ${reference}` },
          },
        }}
        abrufcode={abrufcode}
      />,
    );
    expect(screen.getByText(/Sie sind von Zuzahlungen befreit vom/)).toBeInTheDocument();
    expect(screen.queryByText(/zurück\./)).not.toBeInTheDocument();
    expect(screen.queryByRole('article')).not.toBeInTheDocument();
  });

  it('gives a refusal with its reason as written, the letter and the way to object', async () => {
    const { container } = renderUi(<DecisionStatus state={refused} abrufcode={abrufcode} />);
    expect(screen.getByText('Wir haben Ihren Antrag abgelehnt.')).toBeInTheDocument();
    expect(
      screen.getByText('Ihre Zuzahlungen haben die Belastungsgrenze nicht erreicht.').closest('blockquote'),
    ).not.toBeNull();
    expect(screen.getByRole('button', { name: 'Bescheid herunterladen (PDF)' })).toBeInTheDocument();
    expect(screen.getByText(/Maßgeblich ist der Brief\./)).toBeInTheDocument();
    expect(screen.getByText(/Sie können Widerspruch einlegen\./)).toBeInTheDocument();
    expect(screen.queryByText(/Wir zahlen/)).not.toBeInTheDocument();
    expect((await axe.run(container, noContrast)).violations).toEqual([]);
  });

  it('fetches the Bescheid with the Abrufcode in its header and saves it under a plain name', async () => {
    serveLetter();
    const user = userEvent.setup();
    renderUi(<DecisionStatus state={refused} abrufcode={abrufcode} />);
    await user.click(screen.getByRole('button', { name: 'Bescheid herunterladen (PDF)' }));
    await waitFor(() => expect(downloadBytes).toHaveBeenCalledTimes(1));
    expect(requestsTo(submissionLetterPath(reference, 7))).toBe(1);
    expect(seen[0]!.code).toBe(abrufcode);
    expect(seen[0]!.accept).toBe('application/pdf');
    // The code travels in the header only, never in the address.
    expect(seen[0]!.url).not.toContain(abrufcode);
    const [bytes, name, type] = vi.mocked(downloadBytes).mock.calls[0]!;
    expect(Array.from(bytes)).toEqual(Array.from(letterBytes));
    expect(name).toBe('Bescheid-ZB-2026-000123.pdf');
    expect(type).toBe('application/pdf');
    expect(await screen.findByText('Heruntergeladen: Bescheid-ZB-2026-000123.pdf')).toBeInTheDocument();
  });

  it('says so when the letter cannot be fetched, and keeps the button for another try', async () => {
    serveLetter(404);
    const user = userEvent.setup();
    renderUi(<DecisionStatus state={refused} abrufcode={abrufcode} />);
    const button = screen.getByRole('button', { name: 'Bescheid herunterladen (PDF)' });
    await user.click(button);
    expect(await screen.findByText(/Das Schreiben konnte nicht geladen werden\./)).toBeInTheDocument();
    expect(downloadBytes).not.toHaveBeenCalled();
    expect(button).toBeEnabled();
  });

  it('is in English when the language is switched', () => {
    renderUi(<DecisionStatus state={exempt({ electronicNotification: false })} abrufcode={abrufcode} />, {
      language: 'en',
    });
    expect(screen.getByRole('heading', { name: 'The decision on your application' })).toBeInTheDocument();
    expect(
      screen.getByText('You are exempt from co-payments from 1 January 2026 to 31 December 2026.'),
    ).toBeInTheDocument();
    expect(screen.getByText('We will pay you back €123.45.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Download the decision letter (PDF)' })).toBeInTheDocument();
  });
});

describe('the status steps with the Abrufcode', () => {
  it('show the decision in full with the code, and in one sentence without it', async () => {
    const { StatusSteps } = await import('./status-steps');
    const access = { abrufcode, refresh: async () => undefined };
    const { unmount } = renderUi(<StatusSteps state={refused} access={access} />);
    expect(await screen.findByRole('button', { name: 'Bescheid herunterladen (PDF)' })).toBeInTheDocument();
    expect(screen.queryByText(/erhalten Sie per Post/)).not.toBeInTheDocument();
    unmount();
    renderUi(<StatusSteps state={refused} />);
    expect(screen.getByText(/Der Antrag wurde abgelehnt\./)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Bescheid/ })).not.toBeInTheDocument();
  });
});
