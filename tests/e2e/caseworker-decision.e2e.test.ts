import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync, zipSync } from 'fflate';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  submissionLetterPath,
  submissionStateSchema,
  type SubmissionReceipt,
} from '../../src/api/contracts/submission';
import { jpeg } from '../../src/documents/bundle/bundle-fixtures.test-support';
import { pdfText, requireTools } from '../../src/documents/antrag/pdf-tools.test-support';
import type { ApplicationDocument } from '../../src/domain/application/application-document';
import { applicationDocumentLimitCase } from '../../src/domain/application/application-document-limit-case';
import { computeLimitCase } from '../../src/domain/limit-case/compute-limit-case';
import { formatMoney } from '../../src/domain/money/format-money';
import { demoCaseworker } from '../../src/server/demo/demo-caseworker';
import { applicationBundle } from '../support/application-bundle';
import { submitBundle } from '../support/submit';
import { axeViolations } from './support/axe';
import { cameraPhoto } from './support/camera-photo';
import { submitCaseworkerLogin } from './support/caseworker-login';
import { activate, choose, expectHeading, typeInto } from './support/keyboard';
import { sharedBrowser } from './support/shared-browser';
import { workerServerUrl } from './support/worker-server';

// The caseworker's workspace (issue 13) in real headless Chromium against the insurer's real server (demo mode,
// PGlite, the production build). An application is sent in this run: the documented example family plus a
// dentures bill the applicant entered as a counting co-payment. The demo caseworker logs in with a TOTP code,
// finds the case in the queue, opens it, marks the dentures receipt as not countable and sees the recomputed date
// and refund change to what the rule engine gives without it, approves; the applicant's status page then shows the
// decision, the Bescheid and the cards, and the Bescheid's Rechtsbehelfsbelehrung names the electronic form. A
// tampered bundle opened from a file shows the mismatch and offers no decision. axe on every page and error state.

const origin = await workerServerUrl();
const browser = sharedBrowser();
const plain = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ').trim();
const germanDate = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;

const dentures = {
  id: 'r42',
  fileId: 'f-r42',
  name: 'zuzahlung-2026-03-10-zahnarztpraxis-sommer.jpg',
  provider: 'Zahnarztpraxis Sommer',
  countsOn: '2026-03-10',
  amountCents: 12_000,
};

const limitOf = (document: ApplicationDocument) => {
  const computed = computeLimitCase(applicationDocumentLimitCase(document));
  if (!computed.ok) throw new Error(computed.problem.message.en);
  return computed.value;
};

/** The example application with the dentures bill entered as a medicine co-payment, its figures recomputed. */
function withDentures(document: ApplicationDocument): ApplicationDocument {
  const edited: ApplicationDocument = {
    ...document,
    applicationId: 'ZBA-E2ECASE00001',
    receipts: [
      ...document.receipts,
      {
        id: dentures.id,
        kind: 'single',
        memberId: 'applicant',
        countsOn: dentures.countsOn,
        periodFrom: null,
        periodTo: null,
        category: 'medicine',
        provider: dentures.provider,
        amountCents: dentures.amountCents,
        description: 'Eigenanteil Zahnersatz',
        fileIds: [dentures.fileId],
      },
    ],
    attachments: [
      ...document.attachments,
      {
        fileId: dentures.fileId,
        name: dentures.name,
        type: 'image/jpeg',
        purpose: 'receipt',
        refId: dentures.id,
      },
    ],
    declarations: { ...document.declarations, electronicNotification: true },
  };
  const limit = limitOf(edited);
  return {
    ...edited,
    calculation: {
      limitCents: limit.limitCents,
      ratePercent: limit.ratePercent,
      paidCents: limit.paidCents,
      limitReachedOn: limit.limitReachedOn,
      refundCents: limit.refundCents,
      provisional: limit.provisional,
    },
  };
}

let edited: ApplicationDocument | undefined;
const edit = (document: ApplicationDocument) => {
  edited = withDentures(document);
  return edited;
};
/** With the reader's minimal JPEGs: enough for checking, not for showing (the first test brings a real photo). */
const bundle = applicationBundle({ edit });
const application = edited as unknown as ApplicationDocument;
const withDenturesLimit = limitOf(application);
const withoutDenturesLimit = limitOf({
  ...application,
  receipts: application.receipts.filter((receipt) => receipt.id !== dentures.id),
});

/** A pharmacy's receipt as a PDF writer makes it (pdf-lib), for pdf.js to paint. */
async function receiptPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage([420, 595]);
  page.drawText('Linden-Apotheke  Zuzahlung 96,30 EUR', { x: 40, y: 520, size: 12, font });
  return doc.save();
}

async function expectNoAxeViolations(page: Page, where: string) {
  expect(await axeViolations(page), where).toEqual([]);
}

async function logIn(page: Page) {
  await page.goto(`${origin}/sachbearbeitung/anmelden`);
  await expectHeading(page, 'Anmelden in der Sachbearbeitung');
  await expectNoAxeViolations(page, 'login');
  await typeInto(page.getByLabel('Benutzername'), demoCaseworker.username);
  await typeInto(page.getByLabel('Kennwort', { exact: true }), demoCaseworker.password);
  await typeInto(page.getByLabel('Code aus der Authenticator-App'), '000000');
  await activate(page.getByRole('button', { name: 'Anmelden' }));
  await page.getByText('Anmeldung nicht möglich. Prüfen Sie Benutzername, Kennwort und Code.').waitFor();
  await expectNoAxeViolations(page, 'login refused');
  await submitCaseworkerLogin(page);
  await expectHeading(page, 'Anträge');
}

describe('the caseworker decides an application sent in this run', () => {
  it('marks the dentures bill not countable, sees date and refund recomputed, approves; the applicant sees it all', async () => {
    expect(withDenturesLimit.limitReachedOn).not.toBe(withoutDenturesLimit.limitReachedOn);
    const context = await browser().newContext({ locale: 'de-DE', acceptDownloads: true });
    const page = await context.newPage();
    // The receipts' photos as a phone's browser encodes them, so the case view can show them.
    await page.goto(`${origin}/`);
    const photo = await cameraPhoto(page, 900, 1200);
    const receipt: SubmissionReceipt = await submitBundle(
      origin,
      applicationBundle({ edit, photo: new Uint8Array(photo.jpeg), document: await receiptPdf() }),
    );
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await logIn(page);
    await expectNoAxeViolations(page, 'queue');

    await typeInto(page.getByLabel('Vorgangsnummer oder Antragsnummer'), receipt.reference);
    await page.keyboard.press('Enter');
    await activate(page.getByRole('link', { name: receipt.reference }));
    await expectHeading(page, `Vorgang ${receipt.reference}`);
    await page.getByRole('heading', { name: 'Belastungsgrenze', level: 2 }).waitFor();
    await expect
      .poll(async () => plain(await page.getByTestId('recomputed-limitReachedOn').textContent()))
      .toBe(germanDate(withDenturesLimit.limitReachedOn ?? ''));
    await expectNoAxeViolations(page, 'case');

    // The bill's photo, shown beside the data (and recorded as viewed).
    await activate(page.getByRole('button', { name: `Anzeigen: ${dentures.name}` }));
    await page.getByRole('img', { name: `Anlage „${dentures.name}“` }).waitFor();
    // A PDF receipt, painted by pdf.js in its worker under the production build's CSP.
    const pdfName = 'zuzahlung-2026-06-30-linden-apotheke-m2.pdf';
    await activate(page.getByRole('button', { name: `Anzeigen: ${pdfName}` }));
    await page.getByRole('img', { name: `Seite 1 von 1: ${pdfName}` }).waitFor();

    const row = page.locator(`tr[data-receipt-id="${dentures.id}"]`);
    // By keyboard: the judgement's list, one step down from "anrechenbar" to "nicht anrechenbar".
    const judgement = row.getByRole('combobox');
    await judgement.focus();
    await page.keyboard.press('ArrowDown');
    expect(await judgement.inputValue()).toBe('notCountable');
    await typeInto(row.getByLabel('Grund (steht im Bescheid)'), 'Zahnersatz: Eigenanteil, keine Zuzahlung');
    await activate(row.getByRole('button', { name: 'Bewertung speichern' }));
    await row.getByText('Gespeichert: nicht anrechenbar').waitFor();
    await expect
      .poll(async () => plain(await page.getByTestId('recomputed-limitReachedOn').textContent()))
      .toBe(germanDate(withoutDenturesLimit.limitReachedOn ?? ''));
    expect(plain(await page.getByTestId('recomputed-refundCents').textContent())).toBe(
      plain(formatMoney(withoutDenturesLimit.refundCents, 'de')),
    );
    await page.getByText('Abweichungen vom Antrag:').waitFor();
    await expectNoAxeViolations(page, 'case with a receipt left out');

    // A rejection without a reason is refused with the error summary; then the approval.
    await choose(page.getByLabel('Antrag ablehnen'));
    await activate(page.getByRole('button', { name: 'Entscheidung speichern' }));
    await page.getByText('Begründen Sie die Ablehnung mit mindestens 10 Zeichen.').first().waitFor();
    await expectNoAxeViolations(page, 'decision error');
    await choose(page.getByLabel('Befreiung erteilen'));
    await activate(page.getByRole('button', { name: 'Entscheidung speichern' }));
    const from = germanDate(withoutDenturesLimit.limitReachedOn ?? '');
    await page.getByText(`Befreit vom ${from} bis 31.12.2026.`, { exact: false }).first().waitFor();
    await page.getByRole('button', { name: /Herunterladen: Bescheid vom/ }).waitFor();
    await expectNoAxeViolations(page, 'case decided');

    // The applicant's side: the status answer and the letter, fetched with the Abrufcode.
    const status = submissionStateSchema.parse(
      await (
        await fetch(new URL(`/api/v1/submissions/${receipt.reference}`, origin), {
          headers: { 'X-Abrufcode': receipt.abrufcode },
        })
      ).json(),
    );
    expect(status.decision).toMatchObject({
      outcome: 'befreit',
      validFrom: withoutDenturesLimit.limitReachedOn,
      validUntil: '2026-12-31',
      refundCents: withoutDenturesLimit.refundCents,
      electronicNotification: true,
    });
    const letter = status.letters?.find((entry) => entry.kind === 'bescheid');
    expect(letter).toBeDefined();
    requireTools('pdftotext');
    const pdf = await fetch(new URL(submissionLetterPath(receipt.reference, letter!.id), origin), {
      headers: { 'X-Abrufcode': receipt.abrufcode },
    });
    const path = join(process.env.ZB_E2E_RUN_DIR ?? '/tmp', `bescheid-${receipt.reference}.pdf`);
    writeFileSync(path, new Uint8Array(await pdf.arrayBuffer()));
    const text = pdfText(path).replace(/\s+/g, ' ');
    expect(text).toContain('Rechtsbehelfsbelehrung');
    expect(text).toContain('elektronischer Form');
    expect(text).toContain('§ 36a Abs. 2 SGB I');
    expect(text).toContain('Zahnersatz: Eigenanteil, keine Zuzahlung');
    // The letter's figures are the rule engine's without the dentures bill.
    const money = (cents: number) => plain(formatMoney(cents, 'de'));
    const letterText = plain(text);
    for (const cents of [
      withoutDenturesLimit.limitCents,
      withoutDenturesLimit.paidCents,
      withoutDenturesLimit.refundCents,
      withoutDenturesLimit.grossIncomeCents,
    ])
      expect(letterText).toContain(money(cents));
    expect(letterText).toContain(germanDate(withoutDenturesLimit.limitReachedOn ?? ''));
    expect(letterText).not.toContain(money(withDenturesLimit.refundCents));

    const applicant = await (await browser().newContext({ locale: 'de-DE' })).newPage();
    await applicant.goto(`${origin}/status`);
    await typeInto(applicant.getByLabel('Vorgangsnummer'), receipt.reference);
    await typeInto(applicant.getByLabel('Abrufcode'), receipt.abrufcode);
    await activate(applicant.getByRole('button', { name: 'Bearbeitungsstand abfragen' }));
    await applicant.getByText('Sie sind von Zuzahlungen befreit', { exact: false }).first().waitFor();
    await applicant
      .getByRole('button', { name: /Bescheid/ })
      .first()
      .waitFor();
    await applicant.getByText('Łukasz Ğüneş Ørsted-Nguyễn', { exact: false }).first().waitFor();
    await expectNoAxeViolations(applicant, 'applicant status decided');
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('shows each problem of a tampered bundle opened from a file, and offers no decision', async () => {
    const files = unzipSync(bundle);
    const target = Object.keys(files).find((name) => name.endsWith('.jpg'));
    if (!target) throw new Error('the bundle has a photo');
    const photo = jpeg(800, 600);
    files[target] = photo;
    const tampered = zipSync(files);

    const context = await browser().newContext({ locale: 'de-DE' });
    const page = await context.newPage();
    await logIn(page);
    await page.goto(`${origin}/sachbearbeitung/datei`);
    await expectHeading(page, 'Antragspaket aus Datei öffnen');
    await expectNoAxeViolations(page, 'file page');
    await page.getByLabel('Antragspaket (ZIP)').setInputFiles({
      name: 'paket.zip',
      mimeType: 'application/zip',
      buffer: Buffer.from(tampered),
    });
    await page.getByRole('heading', { name: 'Das Antragspaket hat die Prüfung nicht bestanden' }).waitFor();
    const problems = plain(await page.getByTestId('bundle-problems').textContent());
    expect(problems).toContain(target.split('/').pop() ?? target);
    expect(await page.getByRole('button', { name: 'Entscheidung speichern' }).count()).toBe(0);
    await expectNoAxeViolations(page, 'tampered bundle');

    // The same bundle untouched passes and is shown for review, still without a decision.
    await page.getByLabel('Antragspaket (ZIP)').setInputFiles({
      name: 'paket.zip',
      mimeType: 'application/zip',
      buffer: Buffer.from(bundle),
    });
    await page.getByText('Das Paket hat die Prüfung bestanden.').waitFor();
    await page.getByRole('heading', { name: 'Belastungsgrenze', level: 2 }).waitFor();
    expect(await page.getByRole('button', { name: 'Entscheidung speichern' }).count()).toBe(0);
    await expectNoAxeViolations(page, 'bundle from file');
    await context.close();
  });
});
