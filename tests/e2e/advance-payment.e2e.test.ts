import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  mockAdvancePaymentPath,
  type MockAdvancePaymentRequest,
} from '../../src/api/contracts/advance-payment';
import { serviceInfoPath, serviceInfoSchema } from '../../src/api/contracts/service-info';
import { submissionStateSchema, type SubmissionState } from '../../src/api/contracts/submission';
import { createDraft } from '../../src/domain/application/application-draft';
import type { Answers } from '../../src/domain/application/draft-answers';
import { kvnrCheckDigit } from '../../src/domain/identifiers/kvnr';
import { computeLimitCase } from '../../src/domain/limit-case/compute-limit-case';
import { parseLimitCase } from '../../src/domain/limit-case/parse-limit-case';
import { decodeQrCodes } from '../../src/documents/transfer-slip/transfer-data.test-support';
import { axeViolations } from './support/axe';
import { activate, choose, expectHeading, pressContinue, typeInto } from './support/keyboard';
import { serverSubmissions } from './support/mock-insurer';
import { importDraft } from './support/ready-draft';
import { openSending } from './support/send';
import { sharedBrowser } from './support/shared-browser';
import { workerServerUrl } from './support/worker-server';

// The advance payment (Vorauszahlung, issue 12) in real headless Chromium against the insurer's real server (demo
// mode, PGlite) serving the production build, at a phone's narrowest width (320 CSS px, WCAG 1.4.10): a couple in
// the current year (2026, the browser's clock pinned to 23 November) where the spouse is chronically ill gets the
// 1 % limit offered, enters two receipts, pays only the rest by transfer and sends; the status page shows the
// transfer details and a GiroCode that zbar reads; the demo control marks the money received and the cards show
// the period and download as a card-sized PDF. A second application pays the whole amount by direct debit, which
// comes back: the status says the exemption ended. axe on every page of the flow and in every state.
//
// The first application's people, household and chronic illness are brought in as an encrypted export file (as a
// user moves a draft from another device; those sections are driven in wizard-*.e2e.test.ts); its incomes, the
// receipts, the offer, the way to pay, the check page and sending are driven here through the pages. The second
// application brings its incomes and receipts in the file as well.

const origin = await workerServerUrl();
const browser = sharedBrowser();
const year = 2026;
const narrow = { width: 320, height: 800 };

const kvnr = (letterAnd8Digits: string) => `${letterAnd8Digits}${kvnrCheckDigit(letterAnd8Digits)}`;

// Unique names per test (the server keeps one application per draft id; the names mark whose card is whose).
type Couple = {
  applicant: { givenName: string; familyName: string; birthDate: string; kvnr: string };
  spouse: { givenName: string; familyName: string; birthDate: string; kvnr: string };
};

const transferCouple: Couple = {
  applicant: {
    givenName: 'Zq7Greta',
    familyName: 'Xv7Lindner',
    birthDate: '14.3.1962',
    kvnr: kvnr('G62031407'),
  },
  spouse: {
    givenName: 'Zq7Holger',
    familyName: 'Xv7Lindner',
    birthDate: '2.8.1960',
    kvnr: kvnr('H60080207'),
  },
};
const debitCouple: Couple = {
  applicant: {
    givenName: 'Zq8Frieda',
    familyName: 'Xv8Berger',
    birthDate: '5.6.1964',
    kvnr: kvnr('F64060508'),
  },
  spouse: { givenName: 'Zq8Anton', familyName: 'Xv8Berger', birthDate: '9.9.1961', kvnr: kvnr('A61090908') },
};

/** The incomes as typed (German, raw): the applicant's wages and the spouse's pension, both monthly. */
const incomes = { applicant: '2.350,00', spouse: '1.480,00' };

/** The two receipts typed on "Beleg erfassen". */
const receipts = [
  {
    who: 'applicant',
    date: '12.1.2026',
    category: 'medicine',
    provider: 'Löwen-Apotheke q7',
    amount: '10,00',
  },
  { who: 'spouse', date: '3.3.2026', category: 'remedies', provider: 'Physio Lindner q7', amount: '32,40' },
] as const;

const fullName = (person: { givenName: string; familyName: string }) =>
  `${person.givenName} ${person.familyName}`;
const isoOf = (german: string) => {
  const [day = '', month = '', yearPart = ''] = german.split('.');
  return `${yearPart}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
};
const centsOf = (amount: string) => Math.round(Number(amount.replace(/\./g, '').replace(',', '.')) * 100);
const germanMoney = (cents: number) =>
  `${Math.floor(cents / 100).toLocaleString('de-DE')},${String(cents % 100).padStart(2, '0')} €`;
const plain = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ').trim();

/**
 * The expected figures, by the domain's computeLimitCase on the same data as typed (the CLI's case format,
 * limit-contract.md): the incomes × 12, the spouse chronically ill, the two receipts. Not read from the page.
 */
function expectedLimit(couple: Couple) {
  const parsed = parseLimitCase({
    year,
    welfare: 'none',
    members: [
      {
        id: 'applicant',
        relation: 'applicant',
        birthDate: isoOf(couple.applicant.birthDate),
        familyInsured: false,
        chronicallyIll: false,
        incomes: [{ type: 'wages', annualCents: centsOf(incomes.applicant) * 12 }],
      },
      {
        id: 's1',
        relation: 'spouse',
        birthDate: isoOf(couple.spouse.birthDate),
        familyInsured: false,
        chronicallyIll: true,
        incomes: [{ type: 'pension', annualCents: centsOf(incomes.spouse) * 12 }],
      },
    ],
    payments: receipts.map((receipt) => ({
      memberId: receipt.who === 'applicant' ? 'applicant' : 's1',
      date: isoOf(receipt.date),
      category: receipt.category,
      amountCents: centsOf(receipt.amount),
    })),
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problem));
  const computed = computeLimitCase(parsed.value);
  if (!computed.ok) throw new Error(computed.problem.message.en);
  return computed.value;
}

/** The household as a draft: person, bank, the couple (both insured here), incomes, the spouse chronically ill. */
function coupleAnswers(couple: Couple, typed: { incomes: boolean; receipts: boolean }): Answers {
  const { applicant, spouse } = couple;
  return {
    person: { ...applicant, street: 'Lindenweg 7', postalCode: '01067', city: 'Dresden' },
    representation: { kind: 'self' },
    bank: { iban: 'DE02120300000000202051', accountHolder: fullName(applicant) },
    household: {
      members: [
        {
          id: 's1',
          relation: 'spouse',
          ...spouse,
          insurer: 'same',
          familyInsured: 'no',
          livesInCareHome: 'no',
        },
      ],
      complete: true,
    },
    welfare: { kind: 'none' },
    ...(typed.incomes
      ? {}
      : {
          incomes: {
            entries: [
              {
                id: 'i1',
                memberId: 'applicant',
                type: 'wages',
                amount: incomes.applicant,
                period: 'month',
                proof: 'post',
              },
              {
                id: 'i2',
                memberId: 's1',
                type: 'pension',
                amount: incomes.spouse,
                period: 'month',
                proof: 'post',
              },
            ],
            complete: true,
          },
        }),
    chronic: {
      members: [
        { memberId: 'applicant', chronicallyIll: 'no' },
        { memberId: 's1', chronicallyIll: 'yes', certificate: 'doctorSends' },
      ],
    },
    ...(!typed.receipts
      ? {
          receipts: {
            entries: receipts.map((receipt, index) => ({
              id: `r${index + 1}`,
              kind: 'single' as const,
              memberId: receipt.who === 'applicant' ? 'applicant' : 's1',
              date: receipt.date,
              category: receipt.category,
              provider: receipt.provider,
              amount: receipt.amount,
            })),
            complete: true,
          },
        }
      : {}),
    declarations: { correct: true, consent: true },
  };
}

/** The draft read in from an encrypted export file on "Entwürfe verwalten" (the wizard opened for 2025 first). */
async function seedCouple(
  page: Page,
  couple: Couple,
  typed: { incomes: boolean; receipts: boolean },
): Promise<void> {
  await importDraft(page, origin, {
    ...createDraft(randomUUID(), year, '2026-11-20T09:00:00Z'),
    answers: coupleAnswers(couple, typed),
  });
}

const taskStatus = async (page: Page, section: string) =>
  plain(await page.locator(`#task-${section}-status`).textContent());

/** axe (WCAG 2.1 AA) finds nothing on the page as it is. */
async function expectAccessible(page: Page, where: string): Promise<void> {
  expect(await axeViolations(page), `axe on "${where}"`).toEqual([]);
}

/** No sideways scrolling at 320 CSS px. */
async function expectNoHorizontalScroll(page: Page, where: string): Promise<void> {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, `horizontal scrolling on "${where}"`).toBeLessThanOrEqual(narrow.width);
}

/** The check page, axe on it, then "Antrag absenden" → "Jetzt senden" → "Antrag gesendet" → the status page. */
async function checkAndSend(page: Page): Promise<string> {
  await page.goto(`${origin}/antrag/pruefen`);
  await expectHeading(page, 'Angaben prüfen');
  await page.getByText('Alle Abschnitte sind vollständig', { exact: true }).waitFor();
  await expectAccessible(page, 'Angaben prüfen');
  const before = (await serverSubmissions(page)).map((submission) => submission.reference);
  await activate(page.getByRole('button', { name: 'Antrag absenden' }));
  await expectHeading(page, 'Antrag senden');
  const send = page.getByRole('button', { name: 'Jetzt senden' });
  await send.waitFor({ timeout: 30_000 });
  await expectAccessible(page, 'Antrag senden');
  await activate(send);
  await expectHeading(page, 'Antrag gesendet');
  const added = (await serverSubmissions(page)).filter(
    (submission) => !before.includes(submission.reference),
  );
  expect(added).toHaveLength(1);
  const reference = added[0]!.reference;
  await activate(page.getByRole('link', { name: 'Bearbeitungsstand ansehen' }));
  await expectHeading(page, 'Bearbeitungsstand');
  await page.getByRole('heading', { level: 2, name: `Vorauszahlung für ${year}` }).waitFor();
  return reference;
}

/** The server's demo control: the payment arrived on a day, or a debit came back. */
async function paymentStep(reference: string, body: MockAdvancePaymentRequest): Promise<void> {
  const response = await fetch(`${origin}${mockAdvancePaymentPath.replace(':reference', reference)}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  expect(response.status, await response.text()).toBe(200);
}

async function stateOf(page: Page, reference: string): Promise<SubmissionState> {
  const stored = (await serverSubmissions(page)).find((submission) => submission.reference === reference);
  const response = await fetch(`${origin}/api/v1/submissions/${reference}`, {
    headers: { 'X-Abrufcode': stored!.abrufcode },
  });
  expect(response.status).toBe(200);
  return submissionStateSchema.parse(await response.json());
}

/** The value of a summary row ("Betrag", "IBAN" …) of the transfer details. */
const transferValue = async (page: Page, label: string) =>
  plain(
    await page
      .locator('.transfer-details .ui-summary-list__row')
      .filter({ has: page.locator('dt', { hasText: new RegExp(`^${label}$`) }) })
      .locator('dd.transfer-details__value')
      .textContent(),
  );

/** The facts of a card on screen, term → value. */
async function cardFacts(page: Page, name: string): Promise<Record<string, string>> {
  const card = page.getByRole('article', { name: `Befreiungsausweis von ${name}`, exact: true });
  const terms = await card.locator('dt').allTextContents();
  const values = await card.locator('dd').allTextContents();
  return Object.fromEntries(terms.map((term, index) => [term, plain(values[index] ?? '')]));
}

describe('the advance payment against the insurer’s server', () => {
  it(
    'a couple, one chronically ill: the 1 % offer, the rest after two receipts by transfer, the GiroCode, receipt, the cards and their PDF',
    { timeout: 240_000 },
    async () => {
      const { page } = await openSending(browser(), origin);
      await page.setViewportSize(narrow);
      await seedCouple(page, transferCouple, { incomes: true, receipts: true });
      // This year's advance payment is offered, and optional.
      expect(await taskStatus(page, 'vorauszahlung')).toBe('Freiwillig');

      // The incomes, typed on "Einnahme angeben": the applicant's wages and the spouse's pension, both monthly.
      await activate(page.getByRole('link', { name: 'Einnahmen', exact: true }));
      await expectHeading(page, 'Einnahmen');
      for (const [link, type, amount] of [
        ['Eigene Einnahme hinzufügen', 'Arbeitsentgelt (inkl. Einmalzahlungen)', incomes.applicant],
        [
          `Einnahme von ${fullName(transferCouple.spouse)} hinzufügen`,
          'Renten (Alters-, Erwerbsminderungs-, Hinterbliebenenrente)',
          incomes.spouse,
        ],
      ] as const) {
        await activate(page.getByRole('link', { name: link }));
        await expectHeading(page, 'Einnahme angeben');
        await page.getByLabel('Art der Einnahme').selectOption({ label: type });
        await typeInto(page.getByLabel('Betrag in Euro, brutto'), amount);
        await choose(page.getByLabel('Im Monat', { exact: true }));
        await choose(page.getByLabel('Per Post nachreichen', { exact: true }));
        await pressContinue(page);
        await expectHeading(page, 'Einnahmen');
        await page.getByText(`${amount} € im Monat × 12`, { exact: true }).waitFor();
      }
      await activate(page.getByRole('button', { name: 'Ja, alle Einnahmen sind angegeben' }));
      await expectHeading(page, 'Ihr Antrag');
      expect(await taskStatus(page, 'einnahmen')).toBe('Vollständig');

      // Two receipts, typed on "Beleg erfassen".
      await activate(page.getByRole('link', { name: 'Zuzahlungen', exact: true }));
      await expectHeading(page, 'Zuzahlungen');
      await activate(page.getByRole('link', { name: 'Beleg hinzufügen' }));
      for (const [index, receipt] of receipts.entries()) {
        await expectHeading(page, 'Beleg erfassen');
        await typeInto(page.getByLabel('Datum der Zahlung'), receipt.date);
        const person = receipt.who === 'applicant' ? transferCouple.applicant : transferCouple.spouse;
        await choose(
          page.getByRole('group', { name: 'Für wen war die Zuzahlung?' }).getByLabel(fullName(person)),
        );
        await page.getByLabel('Art der Zahlung').selectOption(receipt.category);
        await typeInto(page.getByLabel('Apotheke, Praxis, Klinik oder Fahrdienst'), receipt.provider);
        await typeInto(page.getByLabel('Gezahlter Betrag'), receipt.amount);
        await activate(
          page.getByRole('button', {
            name: index === 0 ? 'Speichern und weiteren Beleg erfassen' : 'Speichern und zur Übersicht',
          }),
        );
      }
      await expectHeading(page, 'Zuzahlungen');
      await page.getByRole('heading', { level: 2, name: '2 Belege' }).waitFor();
      await activate(page.getByRole('button', { name: 'Ja, alle Belege sind erfasst' }));
      await expectHeading(page, 'Ihr Antrag');

      // The offer: the 1 % limit of the couple (computeLimitCase on the same data), whole and rest side by side.
      const expected = expectedLimit(transferCouple);
      expect(expected.ratePercent).toBe(1);
      expect(expected.paidCents).toBe(receipts.reduce((sum, receipt) => sum + centsOf(receipt.amount), 0));
      const restCents = expected.limitCents - expected.paidCents;
      await activate(page.getByRole('link', { name: 'Vorauszahlung', exact: true }));
      await expectHeading(page, `Vorauszahlung für ${year}`);
      const option = (title: string) =>
        page.locator('.advance-option').filter({ has: page.getByRole('heading', { level: 3, name: title }) });
      expect(plain(await option('Ganzer Betrag').locator('.advance-option__amount').textContent())).toBe(
        germanMoney(expected.limitCents),
      );
      expect(plain(await option('Nur der Rest').locator('.advance-option__amount').textContent())).toBe(
        germanMoney(restCents),
      );
      const offer = plain(await page.locator('main').textContent());
      // The arithmetic as on "Ihre Belastungsgrenze": 1 % of the assessable income, because of the chronic illness.
      expect(offer).toContain('Davon 1 %');
      expect(offer).not.toContain('Davon 2 %');
      expect(offer).toContain('Wichtig: Kein Geld zurück');
      await expectAccessible(page, 'Vorauszahlung – Angebot');
      await expectNoHorizontalScroll(page, 'Vorauszahlung – Angebot');
      await choose(page.getByLabel(`Nur den Rest: ${germanMoney(restCents)}`, { exact: true }));
      await pressContinue(page);

      // The way to pay.
      await expectHeading(page, 'Wie möchten Sie bezahlen?');
      await expectAccessible(page, 'Vorauszahlung – Zahlungsweg');
      await expectNoHorizontalScroll(page, 'Vorauszahlung – Zahlungsweg');
      await choose(page.getByLabel('Überweisung', { exact: true }));
      await pressContinue(page);
      await expectHeading(page, 'Ihr Antrag');
      expect(await taskStatus(page, 'vorauszahlung')).toBe('Vollständig');

      const reference = await checkAndSend(page);

      // Awaited: the transfer details with the rest, and a GiroCode whose amount is the rest.
      await page.getByRole('heading', { level: 2, name: 'So überweisen Sie den Betrag' }).waitFor();
      expect(await transferValue(page, 'Betrag')).toBe(germanMoney(restCents));
      const code = page.getByRole('img', { name: /^QR-Code für die Überweisung \(GiroCode\)/ });
      await code.waitFor();
      await expectAccessible(page, 'Bearbeitungsstand – Überweisung erwartet');
      await expectNoHorizontalScroll(page, 'Bearbeitungsstand – Überweisung erwartet');
      const shot = join(mkdtempSync(join(tmpdir(), 'advance-qr-')), 'girocode.png');
      await code.screenshot({ path: shot });
      const decoded = decodeQrCodes(shot);
      expect(decoded).toHaveLength(1);
      const lines = decoded[0]!.split('\n');
      const info = serviceInfoSchema.parse(await (await fetch(`${origin}${serviceInfoPath}`)).json());
      // EPC069-12: BCD, version 002, UTF-8, SCT, BIC, name, IBAN, amount.
      expect(lines.slice(0, 4)).toEqual(['BCD', '002', '1', 'SCT']);
      expect(lines[6]).toBe(info.advancePayment.iban);
      expect(lines[7]).toBe(`EUR${(restCents / 100).toFixed(2)}`);

      // Received: the cards from the day the money arrived to 31 December.
      await paymentStep(reference, { outcome: 'received', on: '2026-11-25' });
      await page.reload();
      await expectHeading(page, 'Bearbeitungsstand');
      await page.getByRole('heading', { level: 2, name: 'Ihre Befreiungsausweise' }).waitFor();
      expect(plain(await page.locator('main').textContent())).toContain(
        'Sie sind von Zuzahlungen befreit vom 25. November 2026 bis 31. Dezember 2026.',
      );
      for (const person of [transferCouple.applicant, transferCouple.spouse]) {
        expect(await cardFacts(page, fullName(person))).toMatchObject({
          Gültig: 'vom 25.11.2026 bis 31.12.2026',
          'Ausweis-Nummer': reference,
        });
      }
      await expectAccessible(page, 'Bearbeitungsstand – Zahlung eingegangen');
      await expectNoHorizontalScroll(page, 'Bearbeitungsstand – Zahlung eingegangen');

      // The card PDF: card size (ID-1, 85.6 × 54 mm), the name and the KVNR in its text.
      const { applicant } = transferCouple;
      const downloading = page.waitForEvent('download');
      await activate(
        page.getByRole('button', { name: `Ausweis als PDF (Kartenformat) für ${fullName(applicant)}` }),
      );
      const file = await downloading;
      const pdfPath = join(mkdtempSync(join(tmpdir(), 'advance-card-')), file.suggestedFilename());
      await file.saveAs(pdfPath);
      expect(readFileSync(pdfPath).subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const pdfinfo = execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' });
      expect(pdfinfo).toMatch(/^Pages:\s+1$/m);
      // ID-1, 85.6 × 54 mm: 242.65 × 153.07 pt (pdfinfo prints three decimals).
      const size = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(pdfinfo);
      expect(size, pdfinfo).not.toBeNull();
      expect(Number(size![1])).toBeCloseTo(242.65, 2);
      expect(Number(size![2])).toBeCloseTo(153.07, 2);
      const text = execFileSync('pdftotext', [pdfPath, '-'], { encoding: 'utf8' });
      expect(text).toContain(fullName(applicant));
      expect(text.replace(/\s+/g, '')).toContain(applicant.kvnr);
      await page.getByText(`Gespeichert: ${file.suggestedFilename()}`).waitFor();
    },
  );

  it(
    'a second application paid by direct debit that comes back: the status says the exemption ended',
    { timeout: 240_000 },
    async () => {
      const { page } = await openSending(browser(), origin);
      await page.setViewportSize(narrow);
      await seedCouple(page, debitCouple, { incomes: false, receipts: false });
      const expected = expectedLimit(debitCouple);

      await activate(page.getByRole('link', { name: 'Vorauszahlung', exact: true }));
      await expectHeading(page, `Vorauszahlung für ${year}`);
      await choose(
        page.getByLabel(`Den ganzen Betrag: ${germanMoney(expected.limitCents)}`, { exact: true }),
      );
      await pressContinue(page);
      await expectHeading(page, 'Wie möchten Sie bezahlen?');
      await choose(page.getByLabel('Lastschrift', { exact: true }));
      await page
        .getByRole('heading', { name: 'SEPA-Lastschriftmandat für eine einmalige Zahlung' })
        .waitFor();
      // The refund right and the pre-notification of the amount are stated before the mandate is given.
      const mandate = plain(await page.locator('.advance-mandate').textContent());
      expect(mandate).toContain('innerhalb von acht Wochen');
      expect(mandate).toContain(`Wir buchen ${germanMoney(expected.limitCents)} am`);
      await choose(page.getByLabel('Ich erteile dieses SEPA-Lastschriftmandat.'));
      await expectAccessible(page, 'Vorauszahlung – Lastschriftmandat');
      await expectNoHorizontalScroll(page, 'Vorauszahlung – Lastschriftmandat');
      await pressContinue(page);
      await expectHeading(page, 'Ihr Antrag');

      const reference = await checkAndSend(page);
      const awaited = await stateOf(page, reference);
      expect(awaited.advancePayment).toMatchObject({
        state: 'erwartet',
        method: 'directDebit',
        amountCents: expected.limitCents,
      });
      const debitOn = awaited.advancePayment!.debitOn!;
      await page.getByText(/^Wir buchen .* von Ihrem Konto ab\./).waitFor();
      expect(await page.getByRole('heading', { name: 'So überweisen Sie den Betrag' }).count()).toBe(0);
      await expectAccessible(page, 'Bearbeitungsstand – Lastschrift angekündigt');
      await expectNoHorizontalScroll(page, 'Bearbeitungsstand – Lastschrift angekündigt');

      // The debit arrives, then comes back: not enough money on the account.
      await paymentStep(reference, { outcome: 'received', on: debitOn });
      const returnedOn = new Date(Date.parse(`${debitOn}T12:00:00Z`) + 3 * 86_400_000)
        .toISOString()
        .slice(0, 10);
      await paymentStep(reference, { outcome: 'returned', on: returnedOn, reason: 'AM04' });
      await page.reload();
      await expectHeading(page, 'Bearbeitungsstand');
      await page.getByRole('heading', { name: 'Die Lastschrift ist zurückgekommen' }).waitFor();
      const main = plain(await page.locator('main').textContent());
      expect(main).toContain('Das Konto war nicht gedeckt.');
      expect(main).toContain('Ihre Befreiung gilt deshalb nicht mehr.');
      const returnedGerman = returnedOn.split('-').reverse().join('.');
      for (const person of [debitCouple.applicant, debitCouple.spouse]) {
        const card = page.getByRole('article', {
          name: `Befreiungsausweis von ${fullName(person)}, nicht mehr gültig`,
          exact: true,
        });
        expect(plain(await card.textContent())).toContain(`Die Befreiung endete am ${returnedGerman}.`);
      }
      expect(await page.getByRole('button', { name: /Ausweis/ }).count()).toBe(0);
      await expectAccessible(page, 'Bearbeitungsstand – Lastschrift zurückgebucht');
      await expectNoHorizontalScroll(page, 'Bearbeitungsstand – Lastschrift zurückgebucht');
    },
  );
});
