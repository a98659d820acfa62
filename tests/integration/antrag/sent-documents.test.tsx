import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { unzipSync } from 'fflate';
import { PDFDocument } from 'pdf-lib';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resetSubmissionStore, submissionStore } from '../../../mocks/store/current-submission-store';
import { sha256Hex } from '../../../src/documents/bundle/sha256';
import { openSendPage } from './send-support';
import { endWizardSession } from './start-wizard';

/** What the app hands to the browser's download, captured where the Blob becomes a URL. */
function captureDownloads() {
  const blobs: Blob[] = [];
  vi.stubGlobal(
    'URL',
    Object.assign(URL, {
      createObjectURL: (blob: Blob) => {
        blobs.push(blob);
        return `blob:test/${blobs.length}`;
      },
      revokeObjectURL: () => undefined,
    }),
  );
  return async () => new Uint8Array(await blobs.at(-1)!.arrayBuffer());
}

const entryEnding = (files: Record<string, Uint8Array>, suffix: string) =>
  Object.entries(files).find(([name]) => name.endsWith(suffix))?.[1];

beforeEach(() => resetSubmissionStore());
afterEach(() => {
  endWizardSession();
  vi.unstubAllGlobals();
});

describe('after sending', () => {
  it('offers the documents exactly as the insurer stored them, also when the confirmation is opened again', async () => {
    const lastDownload = captureDownloads();
    const user = userEvent.setup();
    const { router } = await openSendPage(user);
    await user.click(screen.getByRole('button', { name: 'Jetzt senden' }));
    await screen.findByRole('heading', { level: 1, name: 'Antrag gesendet' }, { timeout: 15_000 });
    const [stored] = await submissionStore().listSubmissions();
    const storedFiles = unzipSync(stored!.bundle);
    const storedPdf = entryEnding(storedFiles, '/data/antrag.pdf')!;
    const sentApplication = JSON.parse(
      new TextDecoder().decode(entryEnding(storedFiles, '/data/application.json')),
    ) as { applicationId: string };

    // Away and back: the files come from the bundle kept with the draft, not from memory of this page.
    await router.navigate('/antrag');
    await screen.findByRole('heading', { level: 1, name: 'Ihr Antrag' });
    await router.navigate('/antrag/bestaetigung');
    await screen.findByRole('heading', { level: 1, name: 'Antrag gesendet' });

    const download = async (name: string, fileName: string) => {
      await user.click(await screen.findByRole('button', { name }, { timeout: 5_000 }));
      await screen.findByText(`Die Datei ${fileName} wurde heruntergeladen.`, {}, { timeout: 10_000 });
      return lastDownload();
    };
    const zip = await download(
      'Alle gesendeten Unterlagen herunterladen (ZIP-Datei)',
      `zuzahlungsbefreiung-${stored!.reference}.zip`,
    );
    expect(sha256Hex(zip)).toBe(sha256Hex(stored!.bundle));
    const pdf = await download('Antrag herunterladen (PDF, Deutsch)', `antrag-${stored!.reference}.pdf`);
    expect(sha256Hex(pdf)).toBe(sha256Hex(storedPdf));
    expect(screen.queryByText(/nicht die gesendeten Dateien/)).not.toBeInTheDocument();

    // The PDF was built before sending, so it carries the application number the page shows beside the reference.
    expect(sentApplication.applicationId).toMatch(/^ZBA-[0-9A-F]{12}$/);
    expect(screen.getByText('Ihre Antragsnummer').nextElementSibling).toHaveTextContent(
      sentApplication.applicationId,
    );
    const keywords = (await PDFDocument.load(pdf, { updateMetadata: false })).getKeywords() ?? '';
    expect(keywords).toContain(sentApplication.applicationId);
    // The cover sheet, made from the application as sent: both numbers, and people by name, never "Person 2".
    const cover = screen.getByRole('region', { name: 'Deckblatt für die Post' });
    expect(within(cover).getByText(sentApplication.applicationId)).toBeInTheDocument();
    expect(within(cover).getByText(stored!.reference)).toBeInTheDocument();
    expect(cover).not.toHaveTextContent(/Person \d/);
  });

  it('shows the task list as sent, with both numbers and the status link, and keeps the sections read-only', async () => {
    const user = userEvent.setup();
    const { router } = await openSendPage(user);
    await user.click(screen.getByRole('button', { name: 'Jetzt senden' }));
    await screen.findByRole('heading', { level: 1, name: 'Antrag gesendet' }, { timeout: 15_000 });
    const [stored] = await submissionStore().listSubmissions();
    const applicationId = screen.getByText('Ihre Antragsnummer').nextElementSibling!.textContent!;

    await router.navigate('/antrag');
    const sent = await screen.findByRole('region', { name: 'Ihr Antrag ist gesendet' });
    const value = (label: string) => within(sent).getByText(label).nextElementSibling?.textContent;
    expect(await within(sent).findByText('Vorgangsnummer')).toBeInTheDocument();
    expect(value('Vorgangsnummer')).toBe(stored!.reference);
    expect(value('Antragsnummer')).toBe(applicationId);
    expect(value('Gesendet am')).toMatch(/^\d{2}\.\d{2}\.\d{4}, \d{2}:\d{2}$/);
    expect(within(sent).getByRole('link', { name: 'Bearbeitungsstand ansehen' })).toHaveAttribute(
      'href',
      '/antrag/status',
    );
    // A further application for the year is offered, as an explicit choice.
    expect(screen.getByRole('button', { name: 'Weiteren Antrag stellen' })).toBeEnabled();

    // Every section opens read-only: the notice instead of the questions.
    const task = screen.getByRole('link', { name: /^Persönliche Angaben/ });
    await user.click(task);
    await screen.findByRole('heading', { level: 1, name: 'Dieser Antrag wurde gesendet' });
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^(Speichern und weiter|Weiter)$/ })).not.toBeInTheDocument();

    // The status page shows both numbers too.
    await router.navigate('/antrag/status');
    await screen.findByRole('heading', { level: 1, name: 'Bearbeitungsstand' });
    // The receipt is read from the device store after the page appears.
    expect((await screen.findByText('Antragsnummer')).nextElementSibling).toHaveTextContent(applicationId);
    expect(screen.getByText('Vorgangsnummer').nextElementSibling).toHaveTextContent(stored!.reference);
  });
});
