import type { Page, Request } from 'playwright-core';
import { describe, expect, it, onTestFinished } from 'vitest';
import { kvnrCheckDigit } from '../../src/domain/identifiers/kvnr';
import { computeLimitCase } from '../../src/domain/limit-case/compute-limit-case';
import { parseLimitCase } from '../../src/domain/limit-case/parse-limit-case';
import { casePath } from '../../src/features/sachbearbeitung/sachbearbeitung-paths';
import { axeViolations } from './support/axe';
import { watchedPage, type PageWatch } from './support/browser';
import { cameraPhoto } from './support/camera-photo';
import { logInAsCaseworker } from './support/caseworker-login';
import { activate, choose, expectHeading, pressContinue, typeInto } from './support/keyboard';
import {
  encodedForms,
  recordResponses,
  responsesContaining,
  type RecordedResponse,
} from './support/response-bodies';
import type { ServerSubmission } from './support/mock-insurer';
import { openSendPage } from './support/send';
import { sharedBrowser } from './support/shared-browser';
import { waitUntilSaved } from './support/wizard';
import { workerServerUrl } from './support/worker-server';

// Issue 14 end to end: a couple completes one application from two devices. In real headless Chromium against the
// insurer's real server (demo mode, PGlite) serving the production build, with two browser contexts (two devices):
// the applicant fills in their own sections and the household with the spouse, invites the spouse from the
// household overview and reads the link and the code off the page; the spouse opens the link on their own device
// (a wrong code first), keeps the draft for this visit only, fills in a pension with its proof, a chronic illness and
// two receipts (one with a camera photo), declares and hands in. The applicant's invitation page then shows the
// part's sums, and the limit panel changes to the limit and the day it is reached that the rule engine computes for
// the combined household. Then the applicant confirms their incomes, checks, declares and sends the one
// application, which cites the spouse's part; the spouse's session ended with the sending (a withdrawal on the page
// they left open asks for the code again), and once reopened with the code their page says the application is
// sent and offers no withdrawal. A third device, the demo caseworker, opens the case: the
// spouse's part is attached and verified, with the providers the applicant's device never received. Every response
// body either device received, the sending included, is kept: the applicant's never holds the spouse's providers,
// photo, receipt kinds or chronic-illness answer; the spouse's never holds the applicant's data. axe checks every
// page the spouse sees, in every state, the check, send and confirmation pages and the case page.

const origin = await workerServerUrl();
const browser = sharedBrowser();
const now = new Date('2026-11-23T10:00:00+01:00');
const year = 2026;

const kvnr = (letterAnd8Digits: string) => `${letterAnd8Digits}${kvnrCheckDigit(letterAnd8Digits)}`;

// Every name, number and file name is a marker that occurs nowhere in the app's code.
const applicant = {
  givenName: 'Zk9Renate',
  familyName: 'Xk9Wendland',
  birthDate: '14.3.1958',
  kvnr: kvnr('R58031409'),
  street: 'Ulmenweg 9k9',
  postalCode: '01069',
  city: 'Dresden',
  phone: '0351 9090919',
  iban: 'DE37120300000047110815',
  pension: { monthly: '1.187,43', annualCents: 118_743 * 12 },
  receipt: {
    date: '12.2.2026',
    categoryAhead: 'Arz',
    category: 'medicine',
    provider: 'Linden-Apotheke Ak9',
    amount: '45,00',
  },
};

// The spouse kept their own family name: the spouse's context may see their own, never the applicant's.
const spouse = {
  givenName: 'Zk9Bernd',
  familyName: 'Yk9Haverkamp',
  birthDate: '2.8.1956',
  kvnr: kvnr('B56080209'),
  /** The first receipt's camera photo. */
  photo: 'IMG_bk9_beleg.jpg',
  pension: { monthly: '640,00', annualCents: 64_000 * 12, proof: 'rentenbescheid-bk9.pdf' },
  receipts: [
    {
      date: '3.5.2026',
      categoryAhead: 'Heil',
      category: 'remedies',
      provider: 'Physiotherapie Bk9 Spreewald',
      amount: '60,00',
    },
    {
      date: '17.9.2026',
      categoryAhead: 'Kran',
      category: 'hospital',
      provider: 'Klinikum Bk9 Havelland',
      amount: '48,50',
    },
  ],
};

const fullName = (person: { givenName: string; familyName: string }) =>
  `${person.givenName} ${person.familyName}`;
const isoOf = (german: string) => {
  const [day = '', month = '', yearPart = ''] = german.split('.');
  return `${yearPart}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
};
const centsOf = (amount: string) => Math.round(Number(amount.replace(/\./g, '').replace(',', '.')) * 100);
const germanMoney = (cents: number) =>
  `${Math.floor(cents / 100).toLocaleString('de-DE')},${String(cents % 100).padStart(2, '0')} €`;
const germanDate = (iso: string) => iso.split('-').reverse().join('.');
const plain = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ').trim();

/** A small PDF: the app checks the content (a catalog, no active content), never the name. */
const pdf = (name: string) => ({
  name,
  mimeType: 'application/pdf',
  buffer: Buffer.from(
    `%PDF-1.4\n% ${name} Inhalt\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n`,
  ),
});

/**
 * The rule engine's result (computeLimitCase, the CLI's function) for the household as typed on both devices, or
 * for the applicant's side alone (the spouse's income and illness unknown, their receipts not there yet).
 */
function expectedLimit(withSpousePart: boolean) {
  const parsed = parseLimitCase({
    year,
    welfare: 'none',
    members: [
      {
        id: 'applicant',
        relation: 'applicant',
        birthDate: isoOf(applicant.birthDate),
        familyInsured: false,
        chronicallyIll: false,
        incomes: [{ type: 'pension', annualCents: applicant.pension.annualCents }],
      },
      {
        id: 'spouse',
        relation: 'spouse',
        birthDate: isoOf(spouse.birthDate),
        familyInsured: false,
        chronicallyIll: withSpousePart,
        incomes: withSpousePart ? [{ type: 'pension', annualCents: spouse.pension.annualCents }] : [],
      },
    ],
    payments: [
      {
        memberId: 'applicant',
        date: isoOf(applicant.receipt.date),
        category: applicant.receipt.category,
        amountCents: centsOf(applicant.receipt.amount),
      },
      ...(withSpousePart
        ? spouse.receipts.map((receipt) => ({
            memberId: 'spouse',
            date: isoOf(receipt.date),
            category: receipt.category,
            amountCents: centsOf(receipt.amount),
          }))
        : []),
    ],
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problem));
  const computed = computeLimitCase(parsed.value);
  if (!computed.ok) throw new Error(computed.problem.message.en);
  return computed.value;
}

// ---------------------------------------------------------------------------------------------------------------

async function device(): Promise<PageWatch & { responses: ReturnType<typeof recordResponses> }> {
  const watch = await watchedPage(browser(), origin);
  onTestFinished(() => watch.context.close());
  const responses = recordResponses(watch.context);
  await watch.page.clock.setFixedTime(now);
  return { ...watch, responses };
}

async function expectNoAxeViolations(page: Page, where: string): Promise<void> {
  expect(await axeViolations(page), `axe on "${where}"`).toEqual([]);
}

/** After a submit on a page as it is: the error summary lists `messages`, and the page in that state passes axe. */
async function expectErrorSummary(page: Page, where: string, messages: string[]): Promise<void> {
  const summary = page.getByRole('alert', { name: 'Bitte korrigieren Sie Folgendes' });
  await summary.waitFor();
  const listed = await summary.getByRole('link').allTextContents();
  for (const message of messages) expect(listed, `error summary on "${where}"`).toContain(message);
  await expectNoAxeViolations(page, `${where} – Fehlermeldung`);
}

async function backToTasks(page: Page): Promise<void> {
  await expectHeading(page, 'Ihr Antrag');
}

/** The limit panel's figures, keyed by their term ("Belastungsgrenze 2026", "Erreicht am", …). */
async function panelFigures(page: Page): Promise<Record<string, string>> {
  const panel = page.getByRole('complementary', { name: 'Ihre Belastungsgrenze' });
  await panel.waitFor();
  const rows = await panel.locator('dl > div').all();
  const figures: Record<string, string> = {};
  for (const row of rows)
    figures[plain(await row.locator('dt').textContent())] = plain(await row.locator('dd').textContent());
  return figures;
}

/** What the panel shows for the engine's result (limit-panel.tsx: the refund or the rest, the day reached). */
function panelFor(result: ReturnType<typeof expectedLimit>): Record<string, string> {
  return {
    [`Belastungsgrenze ${year}`]: germanMoney(result.limitCents),
    'Bisher gezahlt': germanMoney(result.paidCents),
    ...(result.refundCents > 0
      ? { Erstattung: germanMoney(result.refundCents) }
      : { 'Noch bis zur Grenze': germanMoney(result.remainingCents) }),
    ...(result.limitReachedOn === null ? {} : { 'Erreicht am': germanDate(result.limitReachedOn) }),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// The applicant's device.

async function applicantFillsOwnPart(page: Page): Promise<void> {
  await page.goto(origin);
  await choose(page.getByLabel('Verschlüsselt auf diesem Gerät speichern'));
  await activate(page.getByRole('button', { name: 'Jetzt beginnen' }));
  await expectHeading(page, 'Entwurf auf diesem Gerät speichern');
  await choose(page.getByLabel('Nein, es ist mein eigenes Gerät'));
  await activate(page.getByRole('button', { name: 'Weiter' }));
  await expectHeading(page, 'Für welches Jahr beantragen Sie die Befreiung?');
  await choose(page.getByLabel(new RegExp(`^${year} –`)));
  await pressContinue(page);
  await backToTasks(page);

  // Persönliche Angaben.
  await activate(page.getByRole('link', { name: 'Persönliche Angaben', exact: true }));
  await expectHeading(page, 'Wie heißen Sie und wann sind Sie geboren?');
  await typeInto(page.getByLabel('Vorname'), applicant.givenName);
  await typeInto(page.getByLabel('Nachname'), applicant.familyName);
  await typeInto(page.getByLabel('Geburtsdatum'), applicant.birthDate);
  await pressContinue(page);
  await expectHeading(page, 'Krankenversichertennummer');
  await typeInto(page.getByRole('textbox', { name: /Krankenversichertennummer/ }), applicant.kvnr);
  await pressContinue(page);
  await expectHeading(page, 'Anschrift');
  await typeInto(page.getByLabel('Straße und Hausnummer'), applicant.street);
  await typeInto(page.getByLabel('Postleitzahl'), applicant.postalCode);
  await typeInto(page.getByLabel('Wohnort'), applicant.city);
  await pressContinue(page);
  await expectHeading(page, 'Wie erreichen wir Sie bei Rückfragen?');
  await typeInto(page.getByLabel('Telefonnummer (freiwillig)'), applicant.phone);
  await pressContinue(page);
  await expectHeading(page, 'Für wen stellen Sie den Antrag?');
  await choose(page.getByLabel('Für mich selbst'));
  await pressContinue(page);
  await expectHeading(page, 'Bankverbindung für Erstattungen');
  await typeInto(page.getByLabel('IBAN'), applicant.iban);
  await typeInto(page.getByLabel('Kontoinhaberin oder Kontoinhaber'), fullName(applicant));
  await pressContinue(page);
  await expectHeading(page, 'Persönliche Angaben prüfen');
  await activate(page.getByRole('link', { name: 'Zurück zu „Ihr Antrag“' }));
  await backToTasks(page);

  // Haushalt: the spouse, insured with the same insurer, not family-insured (their own pension).
  const householdTitle = 'Wer lebt mit Ihnen in einem Haushalt?';
  const morePeople = (answer: 'Ja' | 'Nein') =>
    page
      .getByRole('group', { name: 'Leben weitere Personen in Ihrem Haushalt, die Sie angeben müssen?' })
      .getByLabel(answer, { exact: true });
  const yesNo = (question: string, yes: boolean) =>
    page.getByRole('group', { name: question }).getByLabel(yes ? 'Ja' : 'Nein', { exact: true });
  await activate(page.getByRole('link', { name: 'Haushalt', exact: true }));
  await expectHeading(page, householdTitle);
  await choose(morePeople('Ja'));
  await pressContinue(page);
  await expectHeading(page, 'Angaben zur Person in Ihrem Haushalt');
  await choose(
    page.getByLabel('Ehefrau, Ehemann oder eingetragene Lebenspartnerin, eingetragener Lebenspartner', {
      exact: true,
    }),
  );
  await choose(yesNo('Lebt die Person dauerhaft in einem Pflegeheim?', false));
  await typeInto(page.getByLabel('Vorname'), spouse.givenName);
  await typeInto(page.getByLabel('Nachname'), spouse.familyName);
  await typeInto(page.getByLabel('Geburtsdatum'), spouse.birthDate);
  await choose(page.getByLabel('Bei derselben Krankenkasse wie Sie'));
  await typeInto(page.getByLabel('Krankenversichertennummer der Person'), spouse.kvnr);
  await choose(yesNo('Ist die Person familienversichert?', false));
  await pressContinue(page);
  await expectHeading(page, householdTitle);
  await choose(morePeople('Nein'));
  await pressContinue(page);
  await backToTasks(page);

  // Sozialleistungen: none.
  await activate(page.getByRole('link', { name: 'Sozialleistungen', exact: true }));
  await expectHeading(page, 'Erhält jemand in Ihrem Haushalt eine dieser Leistungen?');
  await choose(page.getByLabel('Keine dieser Leistungen', { exact: true }));
  await pressContinue(page);
  await backToTasks(page);

  // Einnahmen: the applicant's own pension; the spouse's comes with their part.
  await activate(page.getByRole('link', { name: 'Einnahmen', exact: true }));
  await expectHeading(page, 'Einnahmen');
  await activate(page.getByRole('link', { name: 'Eigene Einnahme hinzufügen' }));
  await expectHeading(page, 'Einnahme angeben');
  await fillPension(page, applicant.pension.monthly, 'post');
  await expectHeading(page, 'Einnahmen');
  await page.getByText(`${applicant.pension.monthly} € im Monat × 12`, { exact: true }).waitFor();
  await activate(page.getByRole('link', { name: 'Zurück', exact: true }));
  await backToTasks(page);

  // Chronische Erkrankung: the applicant's own answer; the spouse answers on their own device.
  await activate(page.getByRole('link', { name: 'Chronische Erkrankung', exact: true }));
  await expectHeading(page, 'Schwerwiegende chronische Erkrankung');
  await activate(page.getByRole('link', { name: `Beantworten ${fullName(applicant)}` }));
  await expectHeading(page, 'Sind Sie schwerwiegend chronisch krank?');
  await choose(page.getByLabel('Nein', { exact: true }));
  await pressContinue(page);
  await expectHeading(page, `Ist ${fullName(spouse)} schwerwiegend chronisch krank?`);
  await page.goto(`${origin}/antrag`);
  await backToTasks(page);

  // Zuzahlungen: one receipt of the applicant's.
  await activate(page.getByRole('link', { name: 'Zuzahlungen', exact: true }));
  await expectHeading(page, 'Zuzahlungen');
  await activate(page.getByRole('link', { name: 'Beleg hinzufügen' }));
  await expectHeading(page, 'Beleg erfassen');
  await typeInto(page.getByLabel('Datum der Zahlung'), applicant.receipt.date);
  await choose(
    page.getByRole('group', { name: 'Für wen war die Zuzahlung?' }).getByLabel(fullName(applicant)),
  );
  await fillReceiptDetails(page, applicant.receipt);
  await activate(page.getByRole('button', { name: 'Speichern und zur Übersicht' }));
  await expectHeading(page, 'Zuzahlungen');
  await activate(page.getByRole('button', { name: 'Ja, alle Belege sind erfasst' }));
  await backToTasks(page);
}

/** On "Einnahme angeben": a monthly pension, its proof by post or uploaded; saved. */
async function fillPension(page: Page, monthly: string, proof: 'post' | string): Promise<void> {
  const type = page.getByLabel('Art der Einnahme');
  await type.focus();
  await page.keyboard.type('Renten');
  expect(await type.evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.text)).toBe(
    'Renten (Alters-, Erwerbsminderungs-, Hinterbliebenenrente)',
  );
  await typeInto(page.getByLabel('Betrag in Euro, brutto'), monthly);
  await choose(page.getByLabel('Im Monat', { exact: true }));
  if (proof === 'post') {
    await choose(page.getByLabel('Per Post nachreichen', { exact: true }));
  } else {
    await choose(page.getByLabel('Jetzt hochladen', { exact: true }));
    await page.getByLabel('Nachweis', { exact: true }).setInputFiles(pdf(proof));
    await page.getByRole('button', { name: `Entfernen ${proof}` }).waitFor();
  }
  await pressContinue(page);
}

/** On "Beleg erfassen": the kind (by type-ahead in the closed select), the provider and the amount. */
async function fillReceiptDetails(
  page: Page,
  receipt: { categoryAhead: string; category: string; provider: string; amount: string },
): Promise<void> {
  const select = page.getByLabel('Art der Zahlung');
  await select.focus();
  await page.keyboard.type(receipt.categoryAhead);
  expect(await select.evaluate((element: HTMLSelectElement) => element.value)).toBe(receipt.category);
  await typeInto(page.getByLabel('Apotheke, Praxis, Klinik oder Fahrdienst'), receipt.provider);
  await typeInto(page.getByLabel('Gezahlter Betrag'), receipt.amount);
}

// ---------------------------------------------------------------------------------------------------------------
// The spouse's device.

/** A code of the right form that is not the invitation's: its first character changed. */
function wrongCodeFor(code: string): string {
  const first = code[0] === '7' ? '8' : '7';
  return `${first}${code.slice(1)}`;
}

const codeField = (page: Page) => page.getByRole('textbox', { name: 'Code', exact: true });
const birthDateField = (page: Page) => page.getByRole('textbox', { name: 'Ihr Geburtsdatum', exact: true });

async function spouseOpensInvitation(page: Page, link: string, code: string): Promise<void> {
  await page.goto(link);
  await expectHeading(page, 'Ihre eigenen Angaben für einen Antrag');
  await expectNoAxeViolations(page, 'Einladung öffnen');

  // Nothing typed: the error summary names both fields.
  await activate(page.getByRole('button', { name: 'Weiter' }));
  const summary = page.getByRole('alert', { name: 'Bitte prüfen Sie Ihre Eingaben' });
  await summary.waitFor();
  expect(await summary.getByRole('link').allTextContents()).toEqual([
    'Geben Sie den Code ein.',
    'Geben Sie Ihr Geburtsdatum ein.',
  ]);
  await expectNoAxeViolations(page, 'Einladung öffnen – Fehlermeldung');

  // A wrong code: the server refuses, the page says so without telling which of the two was wrong.
  await typeInto(codeField(page), wrongCodeFor(code));
  await typeInto(birthDateField(page), spouse.birthDate);
  await activate(page.getByRole('button', { name: 'Weiter' }));
  await page.getByRole('alert', { name: 'Code oder Geburtsdatum stimmen nicht' }).waitFor();
  expect(await codeField(page).inputValue()).toBe('');
  expect(await birthDateField(page).inputValue()).toBe(spouse.birthDate);
  await expectNoAxeViolations(page, 'Einladung öffnen – falscher Code');

  // The right code, typed as one would from the phone: small letters, a space instead of the dash.
  await typeInto(codeField(page), code.toLowerCase().replace('-', ' '));
  await activate(page.getByRole('button', { name: 'Weiter' }));
  await expectHeading(page, 'Wo sollen Ihre Angaben gespeichert werden?');
  await expectNoAxeViolations(page, 'Speicherort');
  await activate(page.getByRole('link', { name: 'Nur für diesen Besuch' }));
  await expectHeading(page, 'Ihre Angaben für den Antrag');
  await page
    .getByText(`${applicant.givenName} hat Sie eingeladen, Ihre eigenen Angaben für ${year} einzutragen.`)
    .waitFor();
  expect(await page.getByText('0 von 3 Abschnitten sind erledigt.').count()).toBe(1);
  await expectNoAxeViolations(page, 'Ihre Angaben für den Antrag');
}

/** The status of a section on the task list, as written next to it. */
async function taskStatus(page: Page, section: string): Promise<string> {
  return plain(await page.locator(`#task-${section}-status`).textContent());
}

async function spouseFillsOwnPart(page: Page, photo: Buffer): Promise<void> {
  const tasks = 'Ihre Angaben für den Antrag';

  // Einnahmen: the pension with its notice uploaded.
  await activate(page.getByRole('link', { name: 'Einnahmen', exact: true }));
  await expectHeading(page, 'Einnahmen');
  await expectNoAxeViolations(page, 'Einnahmen');
  await activate(page.getByRole('link', { name: 'Eigene Einnahme hinzufügen' }));
  await expectHeading(page, 'Einnahme angeben');
  await expectNoAxeViolations(page, 'Einnahme angeben');
  await pressContinue(page);
  await expectErrorSummary(page, 'Einnahme angeben', [
    'Wählen Sie die Art der Einnahme aus.',
    'Wählen Sie aus, wofür der Betrag gilt: Monat, Jahr oder einmalig.',
    'Wählen Sie aus, wie Sie den Nachweis einreichen.',
  ]);
  await fillPension(page, spouse.pension.monthly, spouse.pension.proof);
  await expectHeading(page, 'Einnahmen');
  await page.getByText(`${spouse.pension.monthly} € im Monat × 12`, { exact: true }).waitFor();
  await expectNoAxeViolations(page, 'Einnahmen – mit der Rente');
  await activate(page.getByRole('button', { name: 'Ja, alle Einnahmen sind angegeben' }));
  await expectHeading(page, tasks);
  expect(await taskStatus(page, 'einnahmen')).toBe('Vollständig');

  // Chronische Erkrankung: yes, the practice sends the certificate.
  await activate(page.getByRole('link', { name: 'Chronische Erkrankung', exact: true }));
  await expectHeading(page, 'Schwerwiegende chronische Erkrankung');
  await expectNoAxeViolations(page, 'Schwerwiegende chronische Erkrankung');
  await activate(page.getByRole('link', { name: `Beantworten ${fullName(spouse)}` }));
  await expectHeading(page, 'Sind Sie schwerwiegend chronisch krank?');
  await expectNoAxeViolations(page, 'Sind Sie schwerwiegend chronisch krank?');
  await pressContinue(page);
  await expectErrorSummary(page, 'Sind Sie schwerwiegend chronisch krank?', [
    'Wählen Sie aus, ob die Person schwerwiegend chronisch krank ist.',
  ]);
  await choose(page.getByLabel('Ja', { exact: true }));
  await choose(page.getByLabel('Die Arztpraxis schickt sie uns', { exact: true }));
  await pressContinue(page);
  await expectHeading(page, 'Schwerwiegende chronische Erkrankung');
  await page.getByText('Ja – die Arztpraxis schickt die Bescheinigung', { exact: true }).waitFor();
  await expectNoAxeViolations(page, 'Schwerwiegende chronische Erkrankung – beantwortet');
  await activate(page.getByRole('link', { name: 'Zurück zu „Ihr Antrag“' }));
  await expectHeading(page, tasks);
  expect(await taskStatus(page, 'chronische-erkrankung')).toBe('Vollständig');

  // Zuzahlungen: two receipts, the first with a camera photo; then the list is confirmed.
  await activate(page.getByRole('link', { name: 'Zuzahlungen', exact: true }));
  await expectHeading(page, 'Zuzahlungen');
  await expectNoAxeViolations(page, 'Zuzahlungen');
  await activate(page.getByRole('link', { name: 'Beleg hinzufügen' }));
  const [first, second] = spouse.receipts;
  if (!first || !second) throw new Error('two receipts');
  await expectHeading(page, 'Beleg erfassen');
  await expectNoAxeViolations(page, 'Beleg erfassen');
  await activate(page.getByRole('button', { name: 'Speichern und weiteren Beleg erfassen' }));
  await expectErrorSummary(page, 'Beleg erfassen', [
    'Geben Sie das Datum der Zahlung ein.',
    'Wählen Sie die Art der Zahlung aus.',
    'Geben Sie den gezahlten Betrag in Euro an, zum Beispiel 5,00.',
  ]);
  await typeInto(page.getByLabel('Datum der Zahlung'), first.date);
  await fillReceiptDetails(page, first);
  await page.getByLabel(/Foto oder PDF des Belegs/).setInputFiles({
    name: spouse.photo,
    mimeType: 'image/jpeg',
    buffer: photo,
  });
  await page.getByRole('button', { name: `Entfernen ${spouse.photo}` }).waitFor();
  await expectNoAxeViolations(page, 'Beleg erfassen – mit Foto');
  await activate(page.getByRole('button', { name: 'Speichern und weiteren Beleg erfassen' }));
  await page.getByText('Gespeichert: Beleg vom').waitFor();
  await typeInto(page.getByLabel('Datum der Zahlung'), second.date);
  await fillReceiptDetails(page, second);
  await activate(page.getByRole('button', { name: 'Speichern und zur Übersicht' }));
  await expectHeading(page, 'Zuzahlungen');
  await page.getByRole('heading', { level: 2, name: '2 Belege' }).waitFor();
  await expectNoAxeViolations(page, 'Zuzahlungen – 2 Belege');
  await activate(page.getByRole('button', { name: 'Ja, alle Belege sind erfasst' }));
  await expectHeading(page, tasks);
  expect(await taskStatus(page, 'zuzahlungen')).toBe('Vollständig');
  await page.getByText('Alle Abschnitte sind vollständig. Sie können Ihren Teil jetzt abgeben.').waitFor();
  await expectNoAxeViolations(page, 'Ihre Angaben für den Antrag – vollständig');
}

async function spouseHandsIn(page: Page): Promise<void> {
  await activate(page.getByRole('link', { name: 'Zum Abgeben' }));
  await expectHeading(page, 'Ihren Teil abgeben');
  await expectNoAxeViolations(page, 'Ihren Teil abgeben');

  // Without the declarations: the error summary lists all three.
  await activate(page.getByRole('button', { name: 'Teil abgeben' }));
  const summary = page.getByRole('alert', { name: 'Bitte bestätigen Sie die Erklärungen' });
  await summary.waitFor();
  expect(await summary.getByRole('link').allTextContents()).toEqual([
    'Bestätigen Sie, dass Ihre Angaben richtig und vollständig sind.',
    'Willigen Sie ein, dass die Krankenkasse Ihre Angaben zur Gesundheit verarbeitet.',
    'Bestätigen Sie, dass Sie Änderungen mitteilen und Nachweise vorlegen.',
  ]);
  await expectNoAxeViolations(page, 'Ihren Teil abgeben – Fehlermeldung');

  await choose(page.getByLabel('Meine Angaben sind richtig und vollständig.'));
  await choose(
    page.getByLabel(
      'Ich willige ein, dass die Krankenkasse meine Angaben zur Gesundheit für diesen Antrag verarbeitet.',
    ),
  );
  await choose(
    page.getByLabel('Ich teile der Krankenkasse Änderungen mit. Auf Nachfrage lege ich Nachweise vor.'),
  );
  await activate(page.getByRole('button', { name: 'Teil abgeben' }));
  await page.getByText('Ihr Teil ist abgegeben', { exact: true }).waitFor();
  await page.getByRole('button', { name: 'Teil zurückziehen und ändern' }).waitFor();
  await expectNoAxeViolations(page, 'Ihren Teil abgeben – abgegeben');
}

/**
 * The photo as the member's bag carries it (PUT member/part): the bag is a zip in which JPEGs are stored
 * uncompressed, so the picture's bytes are in the request as they are in the stored file. Returns the stored
 * JPEG's size and 48 bytes from the middle of its entropy-coded data, which no other file has.
 */
function storedPhoto(request: Request): { size: number; run: Buffer } {
  const body = request.postDataBuffer();
  if (!body) throw new Error('the part was sent without a body');
  const start = body.indexOf(Buffer.from([0xff, 0xd8, 0xff]));
  const end = body.indexOf(Buffer.from([0xff, 0xd9]), start);
  if (start < 0 || end < 0) throw new Error('no JPEG in the member’s bag');
  const middle = start + Math.floor((end - start) / 2);
  return { size: end + 2 - start, run: Buffer.from(body.subarray(middle, middle + 48)) };
}

function expectNoneOf(responses: readonly RecordedResponse[], canaries: Record<string, string | Uint8Array>) {
  const found = Object.entries(canaries).flatMap(([what, needle]) =>
    responsesContaining(responses, needle).map((url) => `${what} in ${url}`),
  );
  expect(found).toEqual([]);
}

// ---------------------------------------------------------------------------------------------------------------
// One application from two devices: the applicant sends, the spouse's part is final, the caseworker reads it.

/**
 * The applicant's device, once the spouse's part is there: the own incomes confirmed, "Angaben prüfen" complete
 * with the spouse's sections as given by them, the two declarations; then "Antrag senden" (send.ts) and "Jetzt
 * senden". Returns the reference the confirmation shows.
 */
async function applicantSends(page: Page): Promise<string> {
  await page.goto(`${origin}/antrag`);
  await backToTasks(page);
  await activate(page.getByRole('link', { name: 'Einnahmen', exact: true }));
  await expectHeading(page, 'Einnahmen');
  await activate(page.getByRole('button', { name: 'Ja, alle Einnahmen sind angegeben' }));
  await backToTasks(page);
  await page.getByText('Alle Abschnitte sind vollständig. Prüfen Sie Ihre Angaben.').waitFor();

  await activate(page.getByRole('link', { name: 'Angaben prüfen', exact: true }));
  await expectHeading(page, 'Angaben prüfen');
  await page.getByText('Alle Abschnitte sind vollständig', { exact: true }).waitFor();
  expect(await page.getByText(`Von ${fullName(spouse)} selbst eingetragen`).count()).toBeGreaterThan(0);
  await expectNoAxeViolations(page, 'Angaben prüfen');
  await choose(page.getByLabel(/^Ich versichere, dass meine Angaben/));
  await choose(page.getByLabel(/^Ich willige ein, dass die Krankenkasse die Gesundheitsangaben/));
  await waitUntilSaved(page);

  await openSendPage(page, origin);
  await activate(page.getByRole('button', { name: 'Jetzt senden' }));
  await expectHeading(page, 'Antrag gesendet');
  const reference = plain(await page.locator('.confirmation-panel__reference').first().textContent());
  expect(reference).toMatch(/^ZB-\d{4}-\d{6}$/);
  await expectNoAxeViolations(page, 'Antrag gesendet');
  return reference;
}

/**
 * The spouse's device after the sending, still on the hand-in page as they left it: their session ended with the
 * sending, so "Teil zurückziehen und ändern" asks for the code again and the button goes; reopened with the code
 * (the draft kept for this visit is still there), the page says the application is sent and offers neither handing
 * in nor withdrawing any more.
 */
async function spouseFindsPartFinal(page: Page, code: string): Promise<void> {
  const withdraw = page.getByRole('button', { name: 'Teil zurückziehen und ändern' });
  const deleted = () =>
    page.waitForResponse(
      (response) => response.request().method() === 'DELETE' && response.url().includes('/member/part'),
    );
  const refused = deleted();
  await activate(withdraw);
  expect((await refused).status()).toBe(401);
  const again = page.getByRole('region', {
    name: 'Bitte bestätigen Sie noch einmal, dass Sie es sind',
    exact: true,
  });
  await again.waitFor();
  expect(await withdraw.count()).toBe(0);
  expect(await page.getByText('Ihr Teil konnte nicht abgegeben werden').count()).toBe(0);
  await expectNoAxeViolations(page, 'Ihren Teil abgeben – Anmeldung abgelaufen');

  await activate(again.getByRole('link', { name: 'Code eingeben' }));
  await expectHeading(page, 'Ihre eigenen Angaben für einen Antrag');
  await typeInto(codeField(page), code);
  await typeInto(birthDateField(page), spouse.birthDate);
  await activate(page.getByRole('button', { name: 'Weiter' }));
  await expectHeading(page, 'Ihre Angaben für den Antrag');
  await activate(page.getByRole('link', { name: 'Zum Abgeben' }));
  await expectHeading(page, 'Ihren Teil abgeben');
  // The server says the application was sent: the part is final, and no withdrawal is offered any more.
  const sent = page.getByRole('region', { name: 'Der Antrag ist abgeschickt', exact: true });
  await sent.waitFor();
  expect(plain(await sent.textContent())).toContain(
    'Ihr Teil ist Teil des Antrags. Ändern können Sie ihn jetzt nicht mehr.',
  );
  expect(await withdraw.count()).toBe(0);
  expect(await page.getByRole('button', { name: 'Teil abgeben' }).count()).toBe(0);
  expect(await page.getByText('Ihr Teil ist zurückgezogen').count()).toBe(0);
  await expectNoAxeViolations(page, 'Ihren Teil abgeben – Antrag abgeschickt');
}

/**
 * A third device: the demo caseworker opens the case. The spouse's part is attached and verified, and shows what
 * the applicant's device never received: the providers of the spouse's receipts, the pension and the illness.
 */
async function caseworkerReadsPart(reference: string): Promise<PageWatch> {
  const watch = await watchedPage(browser(), origin);
  onTestFinished(() => watch.context.close());
  const { page } = watch;
  await logInAsCaseworker(page, origin, casePath(reference));
  await expectHeading(page, `Vorgang ${reference}`);
  await page.getByRole('heading', { level: 2, name: 'Gesondert eingereichte Teile' }).waitFor();
  const part = page.getByRole('region', { name: `Teil von ${fullName(spouse)}`, exact: true });
  await part
    .getByRole('status')
    .filter({ hasText: 'Geprüft: Der Teil hat die Prüfung bestanden und ist der, den der Antrag nennt.' })
    .waitFor();
  const text = plain(await part.textContent());
  for (const receipt of spouse.receipts) {
    expect(text).toContain(receipt.provider);
    expect(text).toContain(germanMoney(centsOf(receipt.amount)));
  }
  expect(text).toContain(germanMoney(spouse.pension.annualCents));
  expect(text).toContain('Chronisch krank');
  expect(await part.getByRole('button', { name: /^Anzeigen: / }).count()).toBeGreaterThanOrEqual(2);
  await expectNoAxeViolations(page, `Vorgang ${reference}`);
  return watch;
}

// ---------------------------------------------------------------------------------------------------------------

describe('a family member fills in their own part (issue 14)', () => {
  it(
    'the spouse hands in from their own device; the applicant gets only the sums, the limit equals the engine’s, and the one application is sent with the part',
    { timeout: 180_000 },
    async () => {
      const applicantDevice = await device();
      const spouseDevice = await device();
      const { page } = applicantDevice;

      // 1. The applicant's own sections, then the invitation from the household overview.
      await applicantFillsOwnPart(page);
      await activate(page.getByRole('link', { name: 'Einnahmen', exact: true }));
      await expectHeading(page, 'Einnahmen');
      const before = expectedLimit(false);
      expect(await panelFigures(page)).toEqual(panelFor(before));
      await activate(page.getByRole('link', { name: 'Zurück', exact: true }));
      await backToTasks(page);
      // The spouse's chronic-illness answer is theirs to give: open until their part is there.
      expect(await taskStatus(page, 'chronische-erkrankung')).not.toBe('Vollständig');

      await activate(page.getByRole('link', { name: 'Haushalt', exact: true }));
      await expectHeading(page, 'Wer lebt mit Ihnen in einem Haushalt?');
      await activate(page.getByRole('link', { name: `Selbst ausfüllen lassen ${fullName(spouse)}` }));
      const inviteTitle = `${fullName(spouse)} einladen`;
      await expectHeading(page, inviteTitle);
      const invitePath = new URL(page.url()).pathname;
      await expectNoAxeViolations(page, inviteTitle);
      await activate(page.getByRole('button', { name: 'Einladung erstellen' }));
      const linkText = page.locator('.invite-link');
      await linkText.waitFor();
      const link = plain(await linkText.textContent());
      const code = plain(await page.locator('.invite-code').textContent());
      expect(link).toMatch(new RegExp(`^${origin}/mitwirken/[A-Za-z0-9_-]+$`));
      expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
      await page.getByText('Eingeladen, noch nicht geöffnet', { exact: true }).waitFor();
      await expectNoAxeViolations(page, `${inviteTitle} – Link und Code`);
      await waitUntilSaved(page);

      // 2. The spouse's device: open, fill in, hand in.
      const spousePage = spouseDevice.page;
      const photo = await cameraPhoto(spousePage, 1600, 1200);
      await spouseOpensInvitation(spousePage, link, code);
      await spouseFillsOwnPart(spousePage, photo.jpeg);
      const handedIn = spousePage.waitForRequest(
        (request) => request.method() === 'PUT' && request.url().includes('/member/part'),
      );
      await spouseHandsIn(spousePage);
      const stored = storedPhoto(await handedIn);

      // 3. The applicant's device: on arrival the app asks the server for the parts; the sums are there.
      await page.goto(`${origin}${invitePath}`);
      await expectHeading(page, inviteTitle);
      const part = page.getByRole('region', { name: `Der Teil von ${fullName(spouse)} ist da` });
      await part.waitFor();
      const spouseCents = spouse.receipts.map((receipt) => centsOf(receipt.amount));
      expect((await part.getByRole('listitem').allTextContents()).map(plain)).toEqual([
        `Einnahmen im Jahr: ${germanMoney(spouse.pension.annualCents)}`,
        `2 Zuzahlungen, zusammen ${germanMoney(spouseCents.reduce((a, b) => a + b, 0))}`,
        'Für den Haushalt gilt die Grenze von 1 %.',
      ]);
      await page.getByText('Abgegeben', { exact: true }).waitFor();
      await expectNoAxeViolations(page, `${inviteTitle} – Teil abgegeben`);
      await waitUntilSaved(page);

      // The limit panel now computes with the spouse's part: the engine's figures for the combined household.
      const after = expectedLimit(true);
      expect(after.limitReachedOn).not.toBeNull();
      expect(after.limitCents).not.toBe(before.limitCents);
      await page.goto(`${origin}/antrag/einnahmen`);
      await expectHeading(page, 'Einnahmen');
      // Should the part have reached the stored draft only just now, the app asks the server again on arrival: the
      // figures are read once the panel shows the day the limit is reached.
      await page
        .getByRole('complementary', { name: 'Ihre Belastungsgrenze' })
        .getByText(germanDate(after.limitReachedOn ?? ''), { exact: true })
        .waitFor();
      expect(await panelFigures(page)).toEqual(panelFor(after));
      // The task list counts the part for the spouse; the household overview says it is there.
      await page.goto(`${origin}/antrag`);
      await backToTasks(page);
      await page.locator('#task-chronische-erkrankung-status', { hasText: /^Vollständig$/ }).waitFor();
      await activate(page.getByRole('link', { name: 'Haushalt', exact: true }));
      await expectHeading(page, 'Wer lebt mit Ihnen in einem Haushalt?');
      await page.getByText('Eigene Angaben abgegeben', { exact: true }).waitFor();
      await page.goto(`${origin}/antrag/belastungsgrenze`);
      await expectHeading(page, 'Ihre Belastungsgrenze');
      const explained = plain(await page.locator('main').textContent());
      expect(explained).toContain(germanMoney(after.limitCents));

      // 4. The applicant finishes the application and sends it, the spouse's part cited by its SHA-256.
      const reference = await applicantSends(page);
      // The server's demo list has it as received (asked from here, not from the applicant's device).
      const listed = await fetch(`${origin}/api/__mock/submissions`, { cache: 'no-store' });
      const { submissions } = (await listed.json()) as { submissions: ServerSubmission[] };
      expect(submissions.find((submission) => submission.reference === reference)?.status).toBe(
        'eingegangen',
      );

      // 5. The spouse's part is final now: their device says the application is sent, with no withdrawal.
      await spouseFindsPartFinal(spousePage, code);

      // 6. The caseworker opens the case with the spouse's part attached and verified.
      const caseworker = await caseworkerReadsPart(reference);

      // 7. What each device received, the sending included.
      const applicantBodies = await applicantDevice.responses.settled();
      const spouseBodies = await spouseDevice.responses.settled();
      const api = (responses: RecordedResponse[]) =>
        responses.filter(({ url }) => new URL(url).pathname.startsWith('/api/'));
      // Every answer of the server was read (a body cut off by a navigation would escape the scan), and the scan
      // sees the exchange: the applicant's app got the part's summary, the spouse's app the inviting given name.
      expect(
        [...applicantDevice.responses.unreadable, ...spouseDevice.responses.unreadable].filter((entry) =>
          entry.includes('/api/'),
        ),
      ).toEqual([]);
      expect(
        responsesContaining(api(applicantBodies), `"incomeCents":${spouse.pension.annualCents}`).length,
      ).toBeGreaterThan(0);
      expect(responsesContaining(api(spouseBodies), applicant.givenName).length).toBeGreaterThan(0);
      // The scans include the sending: the applicant's receipt from the server, the spouse's part's final state.
      expect(
        applicantBodies.some(
          ({ url, status, body }) =>
            new URL(url).pathname === '/api/v1/submissions' && status === 201 && body.includes(reference),
        ),
      ).toBe(true);
      expect(
        spouseBodies.some(
          ({ url, status, body }) =>
            url.includes('/member/part') && status === 200 && body.includes('"applicationSent":true'),
        ),
      ).toBe(true);
      expect(stored.size).toBeGreaterThan(10_000);

      // (a) The applicant's device never received the spouse's providers, photo, file names, receipt kinds,
      // income kind or chronic-illness answer. Kinds and answers are words of the app's own code, so they are
      // looked for in the server's answers; the markers in every body.
      const half = Math.floor(photo.jpeg.length / 2);
      const taken = photo.jpeg.subarray(half, half + 48);
      expectNoneOf(applicantBodies, {
        ...Object.fromEntries(
          spouse.receipts.map((receipt) => [`provider "${receipt.provider}"`, receipt.provider]),
        ),
        'photo file name': spouse.photo,
        'pension notice file name': spouse.pension.proof,
        'photo bytes (as stored)': stored.run,
        'photo bytes (as taken)': taken,
        ...Object.fromEntries(
          [...encodedForms(stored.run), ...encodedForms(taken)].map((form, i) => [
            `photo bytes encoded (${i})`,
            form,
          ]),
        ),
      });
      expectNoneOf(api(applicantBodies), {
        ...Object.fromEntries(
          spouse.receipts.map((receipt) => [`category "${receipt.category}"`, receipt.category]),
        ),
        'income kind': 'pension',
        'chronic answer': 'doctorSends',
        'chronic answer key': 'chronicallyIll',
        certificate: 'certificate',
      });

      // (b) The spouse's device never received the applicant's family name, KVNR, IBAN, street or income (the
      // applicant's given name is shown to the spouse by design: "… hat Sie eingeladen").
      expectNoneOf(spouseBodies, {
        'family name': applicant.familyName,
        KVNR: applicant.kvnr,
        IBAN: applicant.iban,
        'IBAN (grouped)': applicant.iban.replace(/(.{4})(?!$)/g, '$1 '),
        street: applicant.street,
        'income as typed': applicant.pension.monthly,
        'income in cents': String(centsOf(applicant.pension.monthly)),
        'income a year in cents': String(applicant.pension.annualCents),
        phone: applicant.phone,
        'receipt provider': applicant.receipt.provider,
      });

      expect(applicantDevice.pageErrors).toEqual([]);
      expect(spouseDevice.pageErrors).toEqual([]);
      expect([...applicantDevice.cspViolations, ...spouseDevice.cspViolations]).toEqual([]);
      expect([...applicantDevice.foreignRequests, ...spouseDevice.foreignRequests]).toEqual([]);
      expect(applicantDevice.consoleErrors).toEqual([]);
      // Chromium logs the refusals the spouse's device met: the wrong code and the session ended with the sending
      // (401).
      expect(spouseDevice.consoleErrors.filter((text) => !/status of 401\b/.test(text))).toEqual([]);
      expect(caseworker.pageErrors).toEqual([]);
      expect(caseworker.cspViolations).toEqual([]);
      expect(caseworker.foreignRequests).toEqual([]);
    },
  );
});
