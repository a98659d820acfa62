import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { http, HttpResponse } from 'msw';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  abrufcodeHeader,
  fileNameHeader,
  submissionDocumentsPath,
  submissionLetterPath,
  submissionProblemCodes,
  type SubmissionState,
} from '../../../api/contracts/submission';
import { pdf, png } from '../../../documents/bundle/bundle-fixtures.test-support';
import { renderUi } from '../../../ui/test-providers';
import { statusEndpoints } from './status-endpoints.test-support';
import { downloadBytes } from '../entwuerfe/download-bytes';
import type { PhotoShrinker } from '../photos/photo-shrinker';
import { DocumentRequestStatus } from './document-request-status';

vi.mock('../entwuerfe/download-bytes', () => ({ downloadBytes: vi.fn() }));

const { server, requestsTo } = statusEndpoints();

const reference = 'ZB-2026-000123';
const abrufcode = '7K3Q-M2ZD-AB12-CD34-EF56-GH78-JK9M';
const noContrast = { rules: { 'color-contrast': { enabled: false } } };

const requested = (over: Partial<SubmissionState> = {}): SubmissionState => ({
  reference,
  status: 'in-bearbeitung',
  receivedAt: '2026-11-02T10:00:00+01:00',
  updatedAt: '2026-12-07T09:00:00+01:00',
  manifestSha256: 'a'.repeat(64),
  documentRequests: [
    {
      documents: ['Rentenbescheid 2026', 'Quittung der Apotheke vom 12.03.2026'],
      dueOn: '2027-01-08',
      requestedAt: '2026-12-07T09:00:00+01:00',
    },
  ],
  letters: [{ id: 4, kind: 'unterlagen-angefordert', createdAt: '2026-12-07T09:00:00+01:00' }],
  ...over,
});

type Posted = { code: string | null; type: string | null; name: string | null; bytes: number[]; url: string };
const posted: Posted[] = [];

/** The document endpoint as the contract has it: 201 with the name, or the problem given. */
function serveDocuments(answer: { status: 201 } | { status: 409 | 413 | 422 | 429; code: string }) {
  server.use(
    http.post(`*${submissionDocumentsPath(reference)}`, async ({ request }) => {
      const name = request.headers.get(fileNameHeader);
      posted.push({
        url: request.url,
        code: request.headers.get(abrufcodeHeader),
        type: request.headers.get('Content-Type'),
        name,
        bytes: Array.from(new Uint8Array(await request.arrayBuffer())),
      });
      if (answer.status === 201)
        return HttpResponse.json(
          { name: decodeURIComponent(name ?? ''), receivedAt: '2026-12-07T14:30:00+01:00' },
          { status: 201 },
        );
      return HttpResponse.json(
        { type: 'about:blank', title: 'Refused', status: answer.status, code: answer.code },
        { status: answer.status, headers: { 'Content-Type': 'application/problem+json' } },
      );
    }),
  );
}

/** The page around the section: it holds the status and fetches it again when asked (here: from `next`). */
function Harness({
  initial,
  next,
  onRefresh,
}: {
  initial: SubmissionState;
  next: SubmissionState;
  onRefresh: () => void;
}) {
  const [state, setState] = useState(initial);
  const refresh = async () => {
    onRefresh();
    setState(next);
  };
  // PDFs pass unchanged; a photo comes back "shrunk" (another name), as the worker would return it.
  const shrink: PhotoShrinker = async (upload) =>
    upload.type === 'application/pdf'
      ? { ok: true, ...upload }
      : { ok: true, name: upload.name.replace(/\.\w+$/, '.jpg'), type: 'image/jpeg', bytes: upload.bytes };
  return <DocumentRequestStatus state={state} abrufcode={abrufcode} refresh={refresh} shrinkPhoto={shrink} />;
}

function show(initial = requested(), next = initial) {
  const onRefresh = vi.fn();
  const view = renderUi(<Harness initial={initial} next={next} onRefresh={onRefresh} />);
  return { ...view, onRefresh, user: userEvent.setup() };
}

const fileInput = () => screen.getByLabelText('Datei mit einer Unterlage');
const summary = () => screen.findByRole('alert', { name: 'Die Datei wurde nicht gesendet' });
const sendButton = () => screen.getByRole('button', { name: 'Datei senden' });

beforeEach(() => {
  posted.length = 0;
  vi.mocked(downloadBytes).mockClear();
  vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-12-07T15:00:00+01:00') });
});
afterEach(() => vi.useRealTimers());

describe('a request for documents on the status page', () => {
  it('names what is needed, by when, what happens without it and where the letter is', async () => {
    const { container } = show(
      requested({ uploads: [{ name: 'Rentenbescheid.pdf', receivedAt: '2026-12-08T10:00:00+01:00' }] }),
    );
    const notice = screen.getByRole('region', { name: 'Bitte reichen Sie Unterlagen nach' });
    const list = within(notice).getByRole('list');
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Rentenbescheid 2026', 'Quittung der Apotheke vom 12.03.2026']);
    expect(
      within(notice).getByText('Bitte schicken Sie uns die Unterlagen bis 08.01.2027.'),
    ).toBeInTheDocument();
    expect(within(notice).getByText(/Dann lehnen wir den Antrag vielleicht ab\./)).toBeVisible();
    // § 66 Abs. 3 SGB I only behind "Warum?".
    expect(within(notice).getByText(/§ 66 Abs\. 1 und 3/)).not.toBeVisible();
    expect(
      within(notice).getByRole('button', { name: /^Schreiben herunterladen \(PDF\)/ }),
    ).toBeInTheDocument();
    expect(fileInput()).toHaveAttribute('type', 'file');
    expect(fileInput()).toHaveAttribute('accept', 'image/jpeg,image/png,application/pdf');
    expect(fileInput()).toHaveAccessibleDescription(expect.stringContaining('höchstens 10 MB'));
    const sent = screen.getByRole('list', { name: 'Bereits geschickt' });
    expect(within(sent).getByRole('listitem')).toHaveTextContent('Rentenbescheid.pdf am 08.12.2026');
    expect((await axe.run(container, noContrast)).violations).toEqual([]);
  });

  it('says that the deadline has passed, and still takes documents', () => {
    vi.setSystemTime(new Date('2027-01-09T09:00:00+01:00'));
    show();
    expect(screen.getByText(/Die Frist ist am 08\.01\.2027 abgelaufen\./)).toBeInTheDocument();
    expect(sendButton()).toBeInTheDocument();
  });

  it('shows nothing once the case is decided', () => {
    show(
      requested({
        status: 'entschieden',
        decision: { outcome: 'befreit', decidedAt: '2026-12-20T09:00:00+01:00' },
      }),
    );
    expect(
      screen.queryByRole('region', { name: 'Bitte reichen Sie Unterlagen nach' }),
    ).not.toBeInTheDocument();
    expect(screen.queryByLabelText('Datei mit einer Unterlage')).not.toBeInTheDocument();
  });

  it('fetches the request letter with the Abrufcode', async () => {
    const codes: (string | null)[] = [];
    server.use(
      http.get(`*${submissionLetterPath(reference, 4)}`, ({ request }) => {
        codes.push(request.headers.get(abrufcodeHeader));
        return new HttpResponse(pdf(), { headers: { 'Content-Type': 'application/pdf' } });
      }),
    );
    const { user } = show();
    await user.click(screen.getByRole('button', { name: /^Schreiben herunterladen \(PDF\)/ }));
    await waitFor(() => expect(downloadBytes).toHaveBeenCalledTimes(1));
    expect(requestsTo(submissionLetterPath(reference, 4))).toBe(1);
    expect(new Set(codes)).toEqual(new Set([abrufcode]));
    expect(vi.mocked(downloadBytes).mock.calls[0]![1]).toBe('Unterlagen-nachreichen-ZB-2026-000123.pdf');
  });

  it('sends a PDF as its bytes with type, name and code in the headers, says it arrived and fetches the status again', async () => {
    serveDocuments({ status: 201 });
    const document = pdf();
    const after = requested({
      uploads: [{ name: 'Rente März.pdf', receivedAt: '2026-12-07T14:30:00+01:00' }],
    });
    const { user, onRefresh } = show(requested(), after);
    await user.upload(fileInput(), new File([document], 'Rente März.pdf', { type: 'application/pdf' }));
    await user.click(sendButton());
    expect(
      await screen.findByText(
        '„Rente März.pdf“ ist bei uns angekommen. Sie können weitere Dateien schicken.',
      ),
    ).toHaveAttribute('role', 'status');
    expect(requestsTo(submissionDocumentsPath(reference))).toBe(1);
    expect(posted[0]).toMatchObject({
      code: abrufcode,
      type: 'application/pdf',
      name: encodeURIComponent('Rente März.pdf'),
      bytes: Array.from(document),
    });
    expect(posted[0]!.url).not.toContain(abrufcode);
    expect(onRefresh).toHaveBeenCalledTimes(1);
    const sent = await screen.findByRole('list', { name: 'Bereits geschickt' });
    expect(within(sent).getByRole('listitem')).toHaveTextContent('Rente März.pdf am 07.12.2026');
    // The field is empty again for the next file, and nothing is marked wrong.
    expect((fileInput() as HTMLInputElement).files).toHaveLength(0);
    expect(screen.queryByRole('alert', { name: 'Die Datei wurde nicht gesendet' })).not.toBeInTheDocument();
  });

  it('sends a photo as the shrunk JPEG', async () => {
    serveDocuments({ status: 201 });
    const { user } = show();
    await user.upload(fileInput(), new File([png(800, 600)], 'quittung.png', { type: 'image/png' }));
    await user.click(sendButton());
    expect(await screen.findByText(/„quittung\.jpg“ ist bei uns angekommen\./)).toBeInTheDocument();
    expect(posted[0]).toMatchObject({ type: 'image/jpeg', name: 'quittung.jpg' });
  });

  it('explains a refusal by the insurer (422) in plain words naming the file, and keeps the page', async () => {
    serveDocuments({ status: 422, code: submissionProblemCodes.documentInvalid });
    const { user, container, onRefresh } = show();
    await user.upload(fileInput(), new File([pdf()], 'scan.pdf', { type: 'application/pdf' }));
    await user.click(sendButton());
    const shown = await summary();
    expect(shown).toHaveFocus();
    const message = within(shown).getByRole('link', { name: /„scan\.pdf“ wurde nicht angenommen\./ });
    expect(fileInput()).toHaveAccessibleDescription(
      expect.stringContaining('„scan.pdf“ wurde nicht angenommen.'),
    );
    expect(fileInput()).toBeInvalid();
    await user.click(message);
    expect(fileInput()).toHaveFocus();
    expect(screen.getByRole('region', { name: 'Bitte reichen Sie Unterlagen nach' })).toBeInTheDocument();
    expect(sendButton()).toBeInTheDocument();
    expect(onRefresh).not.toHaveBeenCalled();
    expect((await axe.run(container, noContrast)).violations).toEqual([]);
  });

  it('says when no request is open any more (409) and fetches the status again', async () => {
    serveDocuments({ status: 409, code: submissionProblemCodes.noOpenRequest });
    const { user, onRefresh } = show();
    await user.upload(fileInput(), new File([pdf()], 'scan.pdf', { type: 'application/pdf' }));
    await user.click(sendButton());
    expect(await summary()).toHaveTextContent(/gerade keine Unterlagen an/);
    expect(onRefresh).toHaveBeenCalledTimes(1);
  });

  it('asks for a file when none was chosen', async () => {
    const { user } = show();
    await user.click(sendButton());
    const shown = await summary();
    expect(shown).toHaveFocus();
    expect(
      within(shown).getByRole('link', { name: 'Wählen Sie die Datei aus, die Sie schicken möchten.' }),
    ).toBeVisible();
    expect(posted).toHaveLength(0);
  });

  it('refuses on the device a file that is not what its name says, naming it, and sends nothing', async () => {
    const { user } = show();
    await user.upload(fileInput(), new File(['Hallo'], 'brief.pdf', { type: 'application/pdf' }));
    await user.click(sendButton());
    expect(await summary()).toHaveTextContent('„brief.pdf“ ist kein Foto (JPEG, PNG) und kein PDF.');
    expect(posted).toHaveLength(0);
  });

  it('refuses on the device a file above 10 MB, naming it', async () => {
    const { user } = show();
    const big = new File([new Uint8Array(10 * 1024 * 1024 + 1)], 'riesig.jpg', { type: 'image/jpeg' });
    await user.upload(fileInput(), big);
    await user.click(sendButton());
    expect(await summary()).toHaveTextContent('„riesig.jpg“ ist größer als 10 MB.');
    expect(posted).toHaveLength(0);
  });

  it('is in English when the language is switched', () => {
    renderUi(
      <DocumentRequestStatus state={requested()} abrufcode={abrufcode} refresh={async () => undefined} />,
      {
        language: 'en',
      },
    );
    expect(screen.getByRole('region', { name: 'Please send us further documents' })).toBeInTheDocument();
    expect(screen.getByText('Please send us the documents by 8 January 2027.')).toBeInTheDocument();
    expect(screen.getByLabelText('File with a document')).toBeInTheDocument();
  });
});
