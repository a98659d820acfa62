import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it, onTestFinished } from 'vitest';
import { kvnrCheckDigit } from '../../../src/domain/identifiers/kvnr';
import { axeViolations } from './axe';
import { watchedPage, type PageWatch } from './browser';
import { activate, choose, expectHeading, pressContinue, typeInto } from './keyboard';
import { sharedBrowser } from './shared-browser';
import { plaintextHits } from './storage-scan';
import { waitUntilSaved } from './wizard';
import { workerServerUrl } from './worker-server';

// Shared by the three wizard-*.e2e.test.ts files (one per household, so that two run in parallel). Three
// households fill in every section of "Ihr Antrag" in real Chromium against the production build as the
// insurer's server (demo mode) serves it, by keyboard only (file choosers excepted: headless Chromium has no
// dialog to drive). A household is split into two tests, each in a fresh browser context: the sections a test
// is about are filled with every check (an empty "Speichern und weiter" first, axe on each page and error state,
// a reload in the middle of the form); the sections before them are filled the same way, only without the
// checks.

const origin = await workerServerUrl();
const browser = sharedBrowser();
const now = new Date('2026-11-23T10:00:00+01:00');

const mobile = { width: 360, height: 740 };
const desktop = { width: 1280, height: 900 };

/** A valid Krankenversichertennummer from a letter and 8 digits (the check digit is computed). */
const kvnr = (letterAnd8Digits: string) => `${letterAnd8Digits}${kvnrCheckDigit(letterAnd8Digits)}`;

/** A small PDF: the app checks the content (a catalog, no active content), never the name. */
const pdf = (name: string) => ({
  name,
  mimeType: 'application/pdf',
  buffer: Buffer.from(
    `%PDF-1.4\n% ${name} Inhalt\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n`,
  ),
});

// ---------------------------------------------------------------------------------------------------------------
// The households. Names, streets, numbers and file names are unique markers: none may be found in plain text in
// the browser's storage.

type Income = {
  /** The option as labelled in "Art der Einnahme", and what to type to reach it in the closed select. */
  type: string;
  typeAhead: string;
  amount: string;
  period: 'Im Monat' | 'Im Jahr' | 'Einmalig';
  /** An upload (file name) or "Per Post nachreichen". */
  proof: { upload: string } | 'post';
  /** How the overview shows the amount, e.g. "1.234,56 € im Monat × 12". */
  shown: string;
};

type Chronic = 'nein' | 'arztpraxis-schickt';

type Applicant = {
  givenName: string;
  familyName: string;
  birthDate: string;
  kvnr: string;
  street: string;
  postalCode: string;
  city: string;
  phone: string;
  iban: string;
  accountHolder: string;
  income?: Income | 'keine';
  chronic: Chronic;
};

type Member = {
  relation: 'spouse' | 'child';
  givenName: string;
  familyName: string;
  birthDate: string;
  /** Insured with another insurer (its name); otherwise with the applicant's. */
  insurerName?: string;
  kvnr?: string;
  familyInsured: boolean;
  /** Why the member counts, as the overview says it (count-reasons.ts). */
  countsBecause: string;
  income?: Income | 'keine';
  chronic: Chronic;
};

type Household = {
  year: number;
  viewport: { width: number; height: number };
  applicant: Applicant;
  members: Member[];
  welfare: 'keine' | { benefit: string; notice: string };
  /** Co-payments in the order they are typed; `who` is the member's given name, or omitted for the applicant. */
  receipts: Receipt[];
  /** The contract income type (limit-contract.md) of each person's income, for the CLI's case file. */
  cliIncomeTypes: string[];
};

type Receipt = {
  who?: string;
  /** A single receipt's date, or an annual summary's period (it counts on its last day). */
  date: string | { from: string; to: string };
  /** What to type into the closed "Art der Zahlung" select, and the contract category for the CLI. */
  categoryAhead: string;
  category: string;
  provider: string;
  amount: string;
};

const iban = 'DE02120300000000202051';

export const pensioner: Household = {
  year: 2026,
  viewport: mobile,
  applicant: {
    givenName: 'Zq1Hedwig',
    familyName: 'Xv1Sommer',
    birthDate: '14.2.1951',
    kvnr: kvnr('H51021401'),
    street: 'Amselstieg 7q1',
    postalCode: '01067',
    city: 'Dresden',
    phone: '0351 4471101',
    iban,
    accountHolder: 'Zq1Hedwig Xv1Sommer',
    income: {
      type: 'Renten (Alters-, Erwerbsminderungs-, Hinterbliebenenrente)',
      typeAhead: 'Renten',
      amount: '1.234,56',
      period: 'Im Monat',
      proof: { upload: 'rentenbescheid-q1.pdf' },
      shown: '1.234,56 € im Monat × 12',
    },
    chronic: 'nein',
  },
  members: [],
  welfare: 'keine',
  receipts: [
    {
      date: '12.1.2026',
      categoryAhead: 'Arz',
      category: 'medicine',
      provider: 'Löwen-Apotheke q1',
      amount: '10,00',
    },
    {
      date: '3.3.2026',
      categoryAhead: 'Arz',
      category: 'medicine',
      provider: 'Löwen-Apotheke q1',
      amount: '7,50',
    },
    {
      date: '20.4.2026',
      categoryAhead: 'Heil',
      category: 'remedies',
      provider: 'Physio Sommer q1',
      amount: '32,40',
    },
    {
      date: '2.6.2026',
      categoryAhead: 'Kran',
      category: 'hospital',
      provider: 'Klinikum q1',
      amount: '280,00',
    },
    {
      date: '7.9.2026',
      categoryAhead: 'Arz',
      category: 'medicine',
      provider: 'Löwen-Apotheke q1',
      amount: '5,00',
    },
    {
      date: '10.10.2026',
      categoryAhead: 'Indiv',
      category: 'igel',
      provider: 'Praxis Dr. Ahorn q1',
      amount: '40,00',
    },
  ],
  cliIncomeTypes: ['pension'],
};

export const family: Household = {
  year: 2025,
  viewport: desktop,
  applicant: {
    givenName: 'Zq2Karsten',
    familyName: 'Xv2Brandt',
    birthDate: '3.9.1978',
    kvnr: kvnr('K78090302'),
    street: 'Finkenhof 12q2',
    postalCode: '04109',
    city: 'Leipzig',
    phone: '0341 2250202',
    iban,
    accountHolder: 'Zq2Karsten Xv2Brandt',
    income: {
      type: 'Arbeitsentgelt (inkl. Einmalzahlungen)',
      typeAhead: 'Arbeitsen',
      amount: '3.250,00',
      period: 'Im Monat',
      proof: 'post',
      shown: '3.250,00 € im Monat × 12',
    },
    chronic: 'arztpraxis-schickt',
  },
  members: [
    {
      relation: 'spouse',
      givenName: 'Zq2Maren',
      familyName: 'Xv2Brandt',
      birthDate: '21.6.1980',
      insurerName: 'Techniker Krankenkasse',
      familyInsured: false,
      countsBecause: 'Ehe- oder Lebenspartner/in im selben Haushalt: zählt mit.',
      income: {
        type: 'Minijob',
        typeAhead: 'Minijob',
        amount: '538,00',
        period: 'Im Monat',
        proof: { upload: 'minijob-abrechnung-q2.pdf' },
        shown: '538,00 € im Monat × 12',
      },
      chronic: 'nein',
    },
    {
      // 19 in 2025 and family-insured: counts.
      relation: 'child',
      givenName: 'Zq2Jonas',
      familyName: 'Xv2Brandt',
      birthDate: '14.7.2006',
      kvnr: kvnr('J06071402'),
      familyInsured: true,
      countsBecause:
        'Kind: zählt mit, weil es familienversichert ist. Das gilt ab dem Jahr, in dem es 19 wird.',
      income: 'keine',
      chronic: 'nein',
    },
    {
      relation: 'child',
      givenName: 'Zq2Lotta',
      familyName: 'Xv2Brandt',
      birthDate: '3.2.2012',
      kvnr: kvnr('L12020302'),
      familyInsured: true,
      countsBecause:
        'Kind: zählt mit bis zum Ende des Jahres, in dem es 18 wird. Wie das Kind versichert ist, spielt keine Rolle.',
      income: 'keine',
      chronic: 'nein',
    },
  ],
  welfare: 'keine',
  // 40 pharmacy receipts of the couple (the spouse's count although she is insured elsewhere) and one annual
  // summary of another pharmacy.
  receipts: [
    ...Array.from({ length: 40 }, (_, i): Receipt => ({
      who: i < 20 ? undefined : 'Zq2Maren',
      date: `${(i % 7) * 4 + 1}.${Math.floor(i / 4) + 1}.2025`,
      categoryAhead: 'Arz',
      category: 'medicine',
      provider: 'Apotheke am Markt q2',
      amount: ['5,00', '7,50', '10,00'][i % 3] ?? '5,00',
    })),
    {
      date: { from: '1.1.2025', to: '30.11.2025' },
      categoryAhead: 'Arz',
      category: 'medicine',
      provider: 'Linden-Apotheke q2',
      amount: '96,30',
    },
  ],
  cliIncomeTypes: ['wages', 'wages'],
};

export const buergergeld: Household = {
  year: 2026,
  viewport: desktop,
  applicant: {
    givenName: 'Zq3Dilara',
    familyName: 'Xv3Kaya',
    birthDate: '9.10.1990',
    kvnr: kvnr('D90100903'),
    street: 'Meisenring 3q3',
    postalCode: '09111',
    city: 'Chemnitz',
    phone: '0371 3390303',
    iban,
    accountHolder: 'Zq3Dilara Xv3Kaya',
    chronic: 'nein',
  },
  members: [
    {
      relation: 'child',
      givenName: 'Zq3Emir',
      familyName: 'Xv3Kaya',
      birthDate: '5.5.2015',
      kvnr: kvnr('E15050503'),
      familyInsured: true,
      countsBecause:
        'Kind: zählt mit bis zum Ende des Jahres, in dem es 18 wird. Wie das Kind versichert ist, spielt keine Rolle.',
      chronic: 'nein',
    },
  ],
  welfare: { benefit: 'Bürgergeld / Grundsicherung für Arbeitsuchende (SGB II)', notice: 'bescheid-q3.pdf' },
  receipts: [
    {
      date: '15.1.2026',
      categoryAhead: 'Arz',
      category: 'medicine',
      provider: 'Rosen-Apotheke q3',
      amount: '10,00',
    },
    {
      date: '15.3.2026',
      categoryAhead: 'Arz',
      category: 'medicine',
      provider: 'Rosen-Apotheke q3',
      amount: '10,00',
    },
    {
      date: '28.5.2026',
      categoryAhead: 'Kran',
      category: 'hospital',
      provider: 'Klinikum Chemnitz q3',
      amount: '140,00',
    },
    {
      who: 'Zq3Emir',
      date: '2.7.2026',
      categoryAhead: 'Fahr',
      category: 'transport',
      provider: 'Fahrdienst q3',
      amount: '10,00',
    },
  ],
  cliIncomeTypes: [],
};

const fullName = (person: { givenName: string; familyName: string }) =>
  `${person.givenName} ${person.familyName}`;

/** Everything typed or uploaded for a household that must never be stored in plain text. */
function markersOf(household: Household): string[] {
  const { applicant, members, welfare } = household;
  const files = [applicant, ...members].flatMap((person) =>
    person.income !== undefined && person.income !== 'keine' && person.income.proof !== 'post'
      ? [person.income.proof.upload]
      : [],
  );
  return [
    applicant.givenName,
    applicant.familyName,
    applicant.street,
    applicant.kvnr,
    applicant.phone,
    ...members.flatMap((member) => [member.givenName, ...(member.kvnr ? [member.kvnr] : [])]),
    ...files,
    ...(welfare === 'keine' ? [] : [welfare.notice]),
    ...new Set(household.receipts.map((receipt) => receipt.provider)),
  ];
}

// ---------------------------------------------------------------------------------------------------------------
// One run: a fresh context, the sections checked in this test, and what every page must pass.

type Section = 'start' | 'person' | 'household' | 'welfare' | 'incomes' | 'chronic' | 'receipts' | 'check';

type Run = PageWatch & {
  household: Household;
  /** The sections this test is about: filled with every check. */
  checked: ReadonlySet<Section>;
  /** The section being filled now. */
  section: Section;
};

async function open(household: Household, checked: Section[]): Promise<Run> {
  const watch = await watchedPage(browser(), origin);
  // Closed after the test whether it passed or not: the browser is shared by the worker's files.
  onTestFinished(() => watch.context.close());
  await watch.page.setViewportSize(household.viewport);
  await watch.page.clock.setFixedTime(now);
  return { ...watch, household, checked: new Set(checked), section: 'start' };
}

const strict = (run: Run) => run.checked.has(run.section);

/**
 * Every page a checked section visits passes axe (WCAG 2.1 AA); on the phone-sized screen no page may scroll
 * sideways (WCAG 1.4.10), whichever section it belongs to.
 */
async function visited(run: Run, where: string): Promise<void> {
  if (run.household.viewport === mobile) {
    const widths = await run.page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    expect(widths.scroll, `horizontal scrolling on "${where}"`).toBeLessThanOrEqual(widths.client);
  }
  if (strict(run)) expect(await axeViolations(run.page), `axe on "${where}"`).toEqual([]);
}

/** On a checked section: "Speichern und weiter" (or `submit`) on the page as it is shows the error summary. */
async function expectErrorSummary(
  run: Run,
  where: string,
  messages: string[],
  submit: () => Promise<void> = () => pressContinue(run.page),
): Promise<void> {
  if (!strict(run)) return;
  const { page } = run;
  await submit();
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.getAttribute('role')), {
      message: `error summary focused on "${where}"`,
    })
    .toBe('alert');
  const summary = page.getByRole('alert', { name: 'Bitte korrigieren Sie Folgendes' });
  const listed = await summary.getByRole('link').allTextContents();
  for (const message of messages) expect(listed).toContain(message);
  expect(await page.title()).toMatch(/^Fehler: /);
  await visited(run, `${where} – Fehlermeldung`);
}

/**
 * On a checked section: a reload before "Speichern und weiter", once the page says it has saved, keeps what was
 * typed and chosen. `expectations` runs before and after the reload; `heading` is the page's h1 after it.
 */
async function reloadKeeps(run: Run, heading: string, expectations: () => Promise<void>): Promise<void> {
  if (!strict(run)) return;
  const { page } = run;
  const phase = async (when: string) => {
    try {
      await expectations();
    } catch (error) {
      throw new Error(`${when} the reload on "${heading}": ${(error as Error).message}`);
    }
  };
  await phase('Before');
  await waitUntilSaved(page);
  await page.reload();
  await expectHeading(page, heading);
  await phase('After');
  await visited(run, `${heading} – nach dem Neuladen`);
}

/** A field or option named by its id and label, for messages. */
const describeField = (field: Locator) =>
  field.evaluate((element: HTMLInputElement) => `${element.id} (${element.labels?.[0]?.textContent ?? ''})`);

async function expectValue(field: Locator, value: string): Promise<void> {
  expect(await field.inputValue(), await describeField(field)).toBe(value);
}

async function expectChecked(option: Locator): Promise<void> {
  expect(await option.isChecked(), `${await describeField(option)} checked`).toBe(true);
}

/** The status of a section on "Ihr Antrag", as written next to it. */
async function taskStatus(page: Page, section: string): Promise<string> {
  return (await page.locator(`#task-${section}-status`).textContent()) ?? '';
}

async function backToTasks(run: Run): Promise<void> {
  await expectHeading(run.page, 'Ihr Antrag');
  await visited(run, 'Ihr Antrag');
}

async function finish(run: Run): Promise<void> {
  const scan = await plaintextHits(run.page, markersOf(run.household));
  expect(scan.scanned).toContain('indexedDB zb-entwuerfe/drafts');
  expect(scan.found).toEqual([]);
  expect(run.consoleErrors).toEqual([]);
  expect(run.pageErrors).toEqual([]);
  expect(run.cspViolations).toEqual([]);
  expect(run.foreignRequests).toEqual([]);
}

// ---------------------------------------------------------------------------------------------------------------
// The sections, each as a person fills it in by keyboard.

/** Start page → "Verschlüsselt auf diesem Gerät speichern" without a passphrase → the year → "Ihr Antrag". */
async function begin(run: Run): Promise<void> {
  const { page } = run;
  run.section = 'start';
  await page.goto(origin);
  await expectHeading(page, 'Befreiung von Zuzahlungen beantragen');
  await visited(run, 'Startseite');
  await choose(page.getByLabel('Verschlüsselt auf diesem Gerät speichern'));
  await activate(page.getByRole('button', { name: 'Jetzt beginnen' }));
  await expectHeading(page, 'Entwurf auf diesem Gerät speichern');
  await visited(run, 'Entwurf auf diesem Gerät speichern');
  await choose(page.getByLabel('Nein, es ist mein eigenes Gerät'));
  await activate(page.getByRole('button', { name: 'Weiter' }));
  await expectHeading(page, 'Für welches Jahr beantragen Sie die Befreiung?');
  await visited(run, 'Antragsjahr');
  await choose(page.getByLabel(new RegExp(`^${run.household.year} –`)));
  await pressContinue(page);
  await backToTasks(run);
  expect(await page.getByText(`Befreiung von Zuzahlungen für das Jahr ${run.household.year}`).count()).toBe(
    1,
  );
}

async function fillPerson(run: Run): Promise<void> {
  const { page } = run;
  const person = run.household.applicant;
  run.section = 'person';
  await activate(page.getByRole('link', { name: 'Persönliche Angaben', exact: true }));

  const nameTitle = 'Wie heißen Sie und wann sind Sie geboren?';
  await expectHeading(page, nameTitle);
  await visited(run, nameTitle);
  await expectErrorSummary(run, nameTitle, [
    'Geben Sie Ihren Vornamen ein.',
    'Geben Sie Ihren Nachnamen ein.',
  ]);
  await typeInto(page.getByLabel('Vorname'), person.givenName);
  await typeInto(page.getByLabel('Nachname'), person.familyName);
  await typeInto(page.getByLabel('Geburtsdatum'), person.birthDate);
  await reloadKeeps(run, nameTitle, async () => {
    await expectValue(page.getByLabel('Vorname'), person.givenName);
    await expectValue(page.getByLabel('Nachname'), person.familyName);
    await expectValue(page.getByLabel('Geburtsdatum'), person.birthDate);
  });
  await pressContinue(page);

  await expectHeading(page, 'Krankenversichertennummer');
  await visited(run, 'Krankenversichertennummer');
  await typeInto(page.getByRole('textbox', { name: /Krankenversichertennummer/ }), person.kvnr);
  await pressContinue(page);

  await expectHeading(page, 'Anschrift');
  await visited(run, 'Anschrift');
  await typeInto(page.getByLabel('Straße und Hausnummer'), person.street);
  await typeInto(page.getByLabel('Postleitzahl'), person.postalCode);
  await typeInto(page.getByLabel('Wohnort'), person.city);
  await pressContinue(page);

  await expectHeading(page, 'Wie erreichen wir Sie bei Rückfragen?');
  await visited(run, 'Kontakt');
  await typeInto(page.getByLabel('Telefonnummer (freiwillig)'), person.phone);
  await pressContinue(page);

  await expectHeading(page, 'Für wen stellen Sie den Antrag?');
  await visited(run, 'Vertretung');
  await choose(page.getByLabel('Für mich selbst'));
  await pressContinue(page);

  await expectHeading(page, 'Bankverbindung für Erstattungen');
  await visited(run, 'Bankverbindung');
  await typeInto(page.getByLabel('IBAN'), person.iban);
  await typeInto(page.getByLabel('Kontoinhaberin oder Kontoinhaber'), person.accountHolder);
  await pressContinue(page);

  await expectHeading(page, 'Persönliche Angaben prüfen');
  await visited(run, 'Persönliche Angaben prüfen');
  expect(await page.getByText('Das fehlt noch').count()).toBe(0);
  expect(await page.getByText('DE02 1203 0000 0000 2020 51').count()).toBe(1);
  await activate(page.getByRole('link', { name: 'Zurück zu „Ihr Antrag“' }));
  await backToTasks(run);
  expect(await taskStatus(page, 'persoenliche-angaben')).toBe('Vollständig');
}

const householdTitle = 'Wer lebt mit Ihnen in einem Haushalt?';
const memberTitle = 'Angaben zur Person in Ihrem Haushalt';
const morePeople = 'Leben weitere Personen in Ihrem Haushalt, die Sie angeben müssen?';

/** A summary list's row about one person (its <dt> is the name). */
const summaryRow = (page: Page, name: string) =>
  page.locator('.ui-summary-list__row').filter({ has: page.locator('dt').getByText(name, { exact: true }) });

async function answerMorePeople(page: Page, answer: 'Ja' | 'Nein'): Promise<void> {
  await choose(page.getByRole('group', { name: morePeople }).getByLabel(answer, { exact: true }));
  await pressContinue(page);
}

const relationLabel = {
  spouse: 'Ehefrau, Ehemann oder eingetragene Lebenspartnerin, eingetragener Lebenspartner',
  child: 'Kind',
} as const;

async function fillMember(run: Run, member: Member, first: boolean): Promise<void> {
  const { page } = run;
  const yesNo = (question: string, yes: boolean) =>
    page.getByRole('group', { name: question }).getByLabel(yes ? 'Ja' : 'Nein', { exact: true });
  const careHome = () => yesNo('Lebt die Person dauerhaft in einem Pflegeheim?', false);
  const familyInsured = () => yesNo('Ist die Person familienversichert?', member.familyInsured);
  const insurer = () =>
    page.getByLabel(
      member.insurerName ? 'Bei einer anderen Krankenkasse' : 'Bei derselben Krankenkasse wie Sie',
    );

  await expectHeading(page, memberTitle);
  await visited(run, memberTitle);
  if (first) {
    await expectErrorSummary(run, memberTitle, [
      'Wählen Sie aus, in welcher Beziehung die Person zu Ihnen steht.',
      'Geben Sie den Vornamen ein.',
      'Wählen Sie aus, ob die Person familienversichert ist.',
    ]);
  }
  await choose(page.getByLabel(relationLabel[member.relation], { exact: true }));
  if (member.relation === 'spouse') await choose(careHome());
  await typeInto(page.getByLabel('Vorname'), member.givenName);
  await typeInto(page.getByLabel('Nachname'), member.familyName);
  await typeInto(page.getByLabel('Geburtsdatum'), member.birthDate);
  await choose(insurer());
  if (member.insurerName) await typeInto(page.getByLabel('Name der Krankenkasse'), member.insurerName);
  if (member.kvnr) await typeInto(page.getByLabel('Krankenversichertennummer der Person'), member.kvnr);
  await choose(familyInsured());
  if (first) {
    await reloadKeeps(run, memberTitle, async () => {
      await expectChecked(page.getByLabel(relationLabel[member.relation], { exact: true }));
      if (member.relation === 'spouse') await expectChecked(careHome());
      await expectValue(page.getByLabel('Vorname'), member.givenName);
      await expectValue(page.getByLabel('Nachname'), member.familyName);
      await expectValue(page.getByLabel('Geburtsdatum'), member.birthDate);
      await expectChecked(insurer());
      if (member.insurerName) await expectValue(page.getByLabel('Name der Krankenkasse'), member.insurerName);
      if (member.kvnr)
        await expectValue(page.getByLabel('Krankenversichertennummer der Person'), member.kvnr);
      await expectChecked(familyInsured());
    });
  }
  await pressContinue(page);
  await expectHeading(page, householdTitle);
  await visited(run, `${householdTitle} – mit ${fullName(member)}`);
}

async function fillHousehold(run: Run): Promise<void> {
  const { page, household } = run;
  const { year, applicant, members } = household;
  run.section = 'household';
  await activate(page.getByRole('link', { name: 'Haushalt', exact: true }));
  await expectHeading(page, householdTitle);
  await visited(run, householdTitle);
  await expectErrorSummary(run, householdTitle, [
    'Wählen Sie aus, ob weitere Personen in Ihrem Haushalt leben.',
  ]);
  const applicantRow = summaryRow(page, 'Sie');
  expect(await applicantRow.textContent()).toContain(fullName(applicant));
  expect(await applicantRow.textContent()).toContain(`Zählt ${year} mit.`);
  if (members.length === 0) {
    // Nobody to type in: the overview itself survives a reload (the "Nein" is only kept on "Speichern und weiter").
    await reloadKeeps(run, householdTitle, async () => {
      expect(await summaryRow(page, 'Sie').textContent()).toContain(fullName(applicant));
    });
  }
  for (const [index, member] of members.entries()) {
    await answerMorePeople(page, 'Ja');
    await fillMember(run, member, index === 0);
  }
  // Who counts, and why (§ 62 Abs. 2 SGB V), for every member.
  for (const member of members) {
    const row = (await summaryRow(page, fullName(member)).textContent()) ?? '';
    expect(row).toContain(`Zählt ${year} mit.`);
    expect(row).toContain(member.countsBecause);
  }
  await answerMorePeople(page, 'Nein');
  await backToTasks(run);
  expect(await taskStatus(page, 'haushalt')).toBe('Vollständig');
}

const welfareTitle = 'Erhält jemand in Ihrem Haushalt eine dieser Leistungen?';

async function fillWelfare(run: Run): Promise<void> {
  const { page, household } = run;
  run.section = 'welfare';
  await activate(page.getByRole('link', { name: 'Sozialleistungen', exact: true }));
  await expectHeading(page, welfareTitle);
  await visited(run, welfareTitle);
  await expectErrorSummary(run, welfareTitle, [
    'Wählen Sie aus, ob jemand im Haushalt eine dieser Leistungen erhält.',
  ]);
  const { welfare } = household;
  const benefit = () =>
    page.getByLabel(welfare === 'keine' ? 'Keine dieser Leistungen' : welfare.benefit, { exact: true });
  await choose(benefit());
  await reloadKeeps(run, welfareTitle, () => expectChecked(benefit()));
  await pressContinue(page);

  if (welfare !== 'keine') {
    const noticeTitle = 'Laden Sie den aktuellen Bescheid hoch';
    const removeNotice = page.getByRole('button', { name: `Entfernen ${welfare.notice}` });
    await expectHeading(page, noticeTitle);
    await visited(run, noticeTitle);
    await expectErrorSummary(run, noticeTitle, ['Laden Sie den aktuellen Bescheid über die Leistung hoch.']);
    await page.getByLabel(`Bescheid: ${welfare.benefit}`).setInputFiles(pdf(welfare.notice));
    await removeNotice.waitFor();
    await reloadKeeps(run, noticeTitle, () => removeNotice.waitFor());
    await pressContinue(page);
  }
  await backToTasks(run);
  expect(await taskStatus(page, 'sozialleistungen')).toBe('Vollständig');
}

const incomeTitle = 'Einnahmen';
const confirmIncomes = 'Ja, alle Einnahmen sind angegeben';

async function fillIncomeEntry(
  run: Run,
  name: string,
  income: Income,
  first: boolean,
  self: boolean,
): Promise<void> {
  const { page } = run;
  const type = page.getByLabel('Art der Einnahme');
  const amount = page.getByLabel('Betrag in Euro, brutto');
  const period = () => page.getByLabel(income.period, { exact: true });
  const proof = () =>
    page.getByLabel(income.proof === 'post' ? 'Per Post nachreichen' : 'Jetzt hochladen', { exact: true });
  const removeProof =
    income.proof === 'post'
      ? undefined
      : page.getByRole('button', { name: `Entfernen ${income.proof.upload}` });
  const selectedType = () => type.evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.text);

  await activate(
    page.getByRole('link', { name: self ? 'Eigene Einnahme hinzufügen' : `Einnahme von ${name} hinzufügen` }),
  );
  await expectHeading(page, 'Einnahme angeben');
  await visited(run, `Einnahme angeben – ${name}`);
  if (run.household.members.length === 0) {
    await page.getByText(`Einnahme von ${name}`, { exact: true }).waitFor();
  } else {
    // The add link of a person chooses them already.
    await expectChecked(page.getByRole('group', { name: 'Wer hat diese Einnahme?' }).getByLabel(name));
  }
  if (first) {
    await expectErrorSummary(run, 'Einnahme angeben', [
      'Wählen Sie die Art der Einnahme aus.',
      'Wählen Sie aus, wofür der Betrag gilt: Monat, Jahr oder einmalig.',
      'Wählen Sie aus, wie Sie den Nachweis einreichen.',
    ]);
  }
  // A closed <select> takes type-ahead from the keyboard, as with a screen reader or a keyboard alone.
  await type.focus();
  await page.keyboard.type(income.typeAhead);
  expect(await selectedType()).toBe(income.type);
  await typeInto(amount, income.amount);
  await choose(period());
  await choose(proof());
  if (income.proof !== 'post') {
    await page.getByLabel('Nachweis', { exact: true }).setInputFiles(pdf(income.proof.upload));
    await removeProof?.waitFor();
  }
  if (first) {
    // Once stored, the entry reopens as "Einnahme ändern".
    await reloadKeeps(run, 'Einnahme ändern', async () => {
      expect(await selectedType()).toBe(income.type);
      await expectValue(amount, income.amount);
      await expectChecked(period());
      await expectChecked(proof());
      await removeProof?.waitFor();
    });
  }
  await pressContinue(page);
  await expectHeading(page, incomeTitle);
  await visited(run, `${incomeTitle} – mit der Einnahme von ${name}`);
  expect(await page.getByText(income.shown, { exact: true }).count()).toBe(1);
}

async function fillIncomes(run: Run): Promise<void> {
  const { page, household } = run;
  const { year } = household;
  run.section = 'incomes';
  if (household.welfare !== 'keine') {
    // The flat rule replaces the incomes (§ 62 Abs. 2 S. 5–6 SGB V): nothing to fill in, so no form whose
    // error summary could be shown either.
    expect(await taskStatus(page, 'einnahmen')).toBe('Nicht erforderlich');
    await activate(page.getByRole('link', { name: 'Einnahmen', exact: true }));
    await expectHeading(page, incomeTitle);
    await visited(run, `${incomeTitle} – nicht erforderlich`);
    await page.getByText('Keine Angaben zu Einnahmen nötig', { exact: true }).waitFor();
    await activate(page.getByRole('link', { name: 'Zurück zu „Ihr Antrag“' }));
    await backToTasks(run);
    expect(await taskStatus(page, 'einnahmen')).toBe('Nicht erforderlich');
    return;
  }
  await activate(page.getByRole('link', { name: 'Einnahmen', exact: true }));
  await expectHeading(page, incomeTitle);
  await visited(run, incomeTitle);
  const people = [household.applicant, ...household.members];
  await expectErrorSummary(
    run,
    incomeTitle,
    people.map((person) => {
      const name = fullName(person);
      // The applicant is addressed as "Sie", never by name in the third person.
      return person === household.applicant
        ? 'Geben Sie Ihre Einnahmen an oder dass Sie keine Einnahmen haben.'
        : `Geben Sie die Einnahmen von ${name} an oder dass ${name} keine Einnahmen hat.`;
    }),
    () => activate(page.getByRole('button', { name: confirmIncomes })),
  );
  let first = true;
  for (const person of people) {
    const name = fullName(person);
    const self = person === household.applicant;
    if (person.income === 'keine') {
      await activate(
        page.getByRole('button', {
          name: self ? `Ich habe in ${year} keine Einnahmen` : `${name} hat in ${year} keine Einnahmen`,
        }),
      );
      await page
        .getByText(
          self
            ? `Angegeben: Sie haben in ${year} keine Einnahmen.`
            : `Angegeben: ${name} hat in ${year} keine Einnahmen.`,
        )
        .waitFor();
      await visited(run, `${incomeTitle} – ${name} ohne Einnahmen`);
    } else if (person.income !== undefined) {
      await fillIncomeEntry(run, name, person.income, first, self);
      first = false;
    }
  }
  await activate(page.getByRole('button', { name: confirmIncomes }));
  await backToTasks(run);
  expect(await taskStatus(page, 'einnahmen')).toBe('Vollständig');
}

const chronicTitle = 'Schwerwiegende chronische Erkrankung';

async function fillChronic(run: Run): Promise<void> {
  const { page, household } = run;
  run.section = 'chronic';
  await activate(page.getByRole('link', { name: 'Chronische Erkrankung', exact: true }));
  await expectHeading(page, chronicTitle);
  await visited(run, chronicTitle);
  const people = [household.applicant, ...household.members];
  // "Beantworten" opens the first person; each answer leads to the next person without one.
  await activate(page.getByRole('link', { name: `Beantworten ${fullName(household.applicant)}` }));
  for (const [index, person] of people.entries()) {
    const question =
      person === household.applicant
        ? 'Sind Sie schwerwiegend chronisch krank?'
        : `Ist ${fullName(person)} schwerwiegend chronisch krank?`;
    const ill = () => page.getByLabel(person.chronic === 'nein' ? 'Nein' : 'Ja', { exact: true });
    const doctorSends = () => page.getByLabel('Die Arztpraxis schickt sie uns', { exact: true });
    await expectHeading(page, question);
    await visited(run, question);
    if (index === 0) {
      await expectErrorSummary(run, question, [
        'Wählen Sie aus, ob die Person schwerwiegend chronisch krank ist.',
      ]);
    }
    await choose(ill());
    if (person.chronic === 'arztpraxis-schickt') await choose(doctorSends());
    if (index === 0) {
      await reloadKeeps(run, question, async () => {
        await expectChecked(ill());
        if (person.chronic === 'arztpraxis-schickt') await expectChecked(doctorSends());
      });
    }
    await pressContinue(page);
  }
  await expectHeading(page, chronicTitle);
  await visited(run, `${chronicTitle} – beantwortet`);
  for (const person of people) {
    expect(await summaryRow(page, fullName(person)).locator('dd').first().textContent()).toBe(
      person.chronic === 'nein' ? 'Nein' : 'Ja – die Arztpraxis schickt die Bescheinigung',
    );
  }
  await activate(page.getByRole('link', { name: 'Zurück zu „Ihr Antrag“' }));
  await backToTasks(run);
  expect(await taskStatus(page, 'chronische-erkrankung')).toBe('Vollständig');
}

const receiptTitle = 'Zuzahlungen';

/** A German date "3.2.2026" as ISO "2026-02-03". */
const isoOf = (german: string) => {
  const [day = '', month = '', year = ''] = german.split('.');
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
};
const centsOf = (amount: string) => Math.round(Number(amount.replace(/\./g, '').replace(',', '.')) * 100);

async function fillReceipts(run: Run): Promise<void> {
  const { page, household } = run;
  run.section = 'receipts';
  await activate(page.getByRole('link', { name: 'Zuzahlungen', exact: true }));
  await expectHeading(page, receiptTitle);
  await visited(run, receiptTitle);
  await page.getByText('Diese Kosten zählen nicht', { exact: true }).waitFor();
  await activate(page.getByRole('link', { name: 'Beleg hinzufügen' }));
  const several = household.members.length > 0;
  const select = page.getByLabel('Art der Zahlung');
  const selected = () => select.evaluate((element: HTMLSelectElement) => element.value);
  let previous: Receipt | undefined;
  let viaEnter = false;
  for (const [index, receipt] of household.receipts.entries()) {
    const last = index === household.receipts.length - 1;
    await expectHeading(page, 'Beleg erfassen');
    if (index < 2) await visited(run, `Beleg erfassen (${index + 1})`);
    if (index === 0) {
      await expectErrorSummary(
        run,
        'Beleg erfassen',
        [
          'Geben Sie das Datum der Zahlung ein.',
          'Wählen Sie die Art der Zahlung aus.',
          'Geben Sie den gezahlten Betrag in Euro an, zum Beispiel 5,00.',
        ],
        () => activate(page.getByRole('button', { name: 'Speichern und weiteren Beleg erfassen' })),
      );
    }
    if (typeof receipt.date !== 'string') {
      await choose(page.getByLabel('Eine Jahresübersicht (Sammelquittung) einer Apotheke'));
      await typeInto(page.getByLabel('Zeitraum von'), receipt.date.from);
      await typeInto(page.getByLabel('Zeitraum bis'), receipt.date.to);
    } else {
      // After "Speichern und weiteren Beleg erfassen" the date field has focus: typing goes straight in.
      if (viaEnter) await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('f-date');
      await typeInto(page.getByLabel('Datum der Zahlung'), receipt.date);
    }
    const who =
      receipt.who === undefined
        ? fullName(household.applicant)
        : `${receipt.who} ${household.applicant.familyName}`;
    if (several && (index === 0 || receipt.who !== previous?.who)) {
      await choose(page.getByRole('group', { name: 'Für wen war die Zuzahlung?' }).getByLabel(who));
    }
    if ((await selected()) !== receipt.category) {
      await select.focus();
      await page.keyboard.type(receipt.categoryAhead);
      expect(await selected()).toBe(receipt.category);
    }
    const provider = page.getByLabel('Apotheke, Praxis, Klinik oder Fahrdienst');
    if ((await provider.inputValue()) !== receipt.provider) await typeInto(provider, receipt.provider);
    await typeInto(page.getByLabel('Gezahlter Betrag'), receipt.amount);
    if (index === 1) {
      await reloadKeeps(run, 'Beleg ändern', async () => {
        await expectValue(page.getByLabel('Gezahlter Betrag'), receipt.amount);
        expect(await selected()).toBe(receipt.category);
      });
    }
    if (last || index === 1) {
      await activate(page.getByRole('button', { name: 'Speichern und zur Übersicht' }));
      await expectHeading(page, receiptTitle);
      if (!last) await activate(page.getByRole('link', { name: 'Beleg hinzufügen' }));
      viaEnter = false;
    } else {
      // Enter in the amount field presses the first button: save, and the next receipt starts prefilled.
      await page.keyboard.press('Enter');
      await page.getByText(`Gespeichert: Beleg vom`).waitFor();
      viaEnter = true;
    }
    previous = receipt;
  }
  await visited(run, `${receiptTitle} – ${household.receipts.length} Belege`);
  await page.getByRole('heading', { level: 2, name: `${household.receipts.length} Belege` }).waitFor();
  await activate(page.getByRole('button', { name: 'Ja, alle Belege sind erfasst' }));
  await backToTasks(run);
  expect(await taskStatus(page, 'zuzahlungen')).toBe('Vollständig');
}

/** The household as the CLI's case file (limit-contract.md), from the same data the test typed in. */
function limitCase(household: Household) {
  const people = [household.applicant, ...household.members];
  const idOf = (givenName: string | undefined) => (givenName === undefined ? 'applicant' : `m-${givenName}`);
  return {
    year: household.year,
    welfare: household.welfare === 'keine' ? 'none' : 'buergergeld',
    members: people.map((person, index) => {
      const income = person.income;
      const annual =
        income === undefined || income === 'keine'
          ? []
          : [
              {
                type: household.cliIncomeTypes[index] ?? 'wages',
                annualCents: centsOf(income.amount) * (income.period === 'Im Monat' ? 12 : 1),
              },
            ];
      return {
        id: index === 0 ? 'applicant' : idOf(person.givenName),
        relation: index === 0 ? 'applicant' : (person as Member).relation,
        birthDate: isoOf(person.birthDate),
        familyInsured: index === 0 ? false : (person as Member).familyInsured,
        chronicallyIll: person.chronic !== 'nein',
        incomes: annual,
      };
    }),
    payments: household.receipts.map((receipt) => ({
      memberId: idOf(receipt.who),
      date: isoOf(typeof receipt.date === 'string' ? receipt.date : receipt.date.to),
      category: receipt.category,
      amountCents: centsOf(receipt.amount),
    })),
  };
}

/** Runs the real CLI (`npm run limit`'s entry) on a case file. */
function cliResult(household: Household): Record<string, unknown> {
  const folder = mkdtempSync(join(tmpdir(), 'zb-case-'));
  const file = join(folder, 'case.json');
  writeFileSync(file, JSON.stringify(limitCase(household)));
  const stdout = execFileSync(join('node_modules', '.bin', 'tsx'), ['src/cli/limit.ts', file], {
    encoding: 'utf8',
  });
  return JSON.parse(stdout) as Record<string, unknown>;
}

const germanMoney = (cents: number) =>
  `${Math.floor(cents / 100).toLocaleString('de-DE')},${String(cents % 100).padStart(2, '0')} €`;

/** "Ihr Antrag" says every section is done; "Angaben prüfen" says so too and shows the limit the CLI computes. */
async function checkEverything(run: Run): Promise<void> {
  const { page, household } = run;
  run.section = 'check';
  expect(await taskStatus(page, 'persoenliche-angaben')).toBe('Vollständig');
  expect(await taskStatus(page, 'haushalt')).toBe('Vollständig');
  expect(await taskStatus(page, 'sozialleistungen')).toBe('Vollständig');
  expect(await taskStatus(page, 'einnahmen')).toBe(
    household.welfare === 'keine' ? 'Vollständig' : 'Nicht erforderlich',
  );
  expect(await taskStatus(page, 'chronische-erkrankung')).toBe('Vollständig');
  expect(await taskStatus(page, 'zuzahlungen')).toBe('Vollständig');
  await page.getByText('6 von 6 Abschnitten sind erledigt.').waitFor();
  await page.getByText('Alle Abschnitte sind vollständig. Prüfen Sie Ihre Angaben.').waitFor();
  await activate(page.getByRole('link', { name: 'Angaben prüfen', exact: true }));
  await expectHeading(page, 'Angaben prüfen');
  await page.getByText('Alle Abschnitte sind vollständig', { exact: true }).waitFor();
  expect(await page.getByText('Das fehlt noch').count()).toBe(0);
  await visited(run, 'Angaben prüfen');

  const cli = cliResult(household);
  const panel = page.getByRole('complementary', { name: 'Ihre Belastungsgrenze' });
  const value = async (term: RegExp) =>
    (
      (await panel
        .locator('div', { has: page.locator('dt', { hasText: term }) })
        .locator('dd')
        .textContent()) ?? ''
    ).replace(/\u00a0/g, ' ');
  expect(await value(/^Belastungsgrenze/)).toBe(germanMoney(cli.limitCents as number));
  expect(await value(/^Bisher gezahlt/)).toBe(germanMoney(cli.paidCents as number));
  if ((cli.refundCents as number) > 0) {
    expect(await value(/^Erstattung/)).toBe(germanMoney(cli.refundCents as number));
    const reached = (cli.limitReachedOn as string).split('-').reverse().join('.');
    expect(await value(/^Erreicht am/)).toBe(reached);
  } else {
    expect(await value(/^Noch bis zur Grenze/)).toBe(germanMoney(cli.remainingCents as number));
  }

  // The whole arithmetic, one link away, passes axe as well and states the same limit.
  await activate(panel.getByRole('link', { name: 'So berechnen wir Ihre Belastungsgrenze' }));
  await expectHeading(page, 'Ihre Belastungsgrenze');
  await visited(run, 'Ihre Belastungsgrenze');
  const text = ((await page.locator('main').textContent()) ?? '').replace(/\u00a0/g, ' ');
  expect(text).toContain(germanMoney(cli.limitCents as number));
  expect(await page.getByRole('img').count()).toBeGreaterThan(0);
}

// ---------------------------------------------------------------------------------------------------------------

/** Fills the sections in task-list order up to and including `last`; `checked` ones with every check. */
async function fillUpTo(run: Run, last: Exclude<Section, 'start' | 'check'>): Promise<void> {
  const steps = [
    ['person', fillPerson],
    ['household', fillHousehold],
    ['welfare', fillWelfare],
    ['incomes', fillIncomes],
    ['chronic', fillChronic],
    ['receipts', fillReceipts],
  ] as const;
  await begin(run);
  for (const [section, fill] of steps) {
    await fill(run);
    if (section === last) return;
  }
}

/**
 * The tests of one household, each in a fresh browser context: the first fills the people sections with every
 * check, the second fills them again without checks and then chronic illness, the receipts and the check page with
 * every check. Two tests instead of one per section: each test fills all sections before its own, so fewer tests
 * keep the suite within its time on two cores while every check still runs once.
 */
export function describeHousehold(name: string, household: Household): void {
  describe(name, () => {
    it(
      'fills in Persönliche Angaben, Haushalt, Sozialleistungen and Einnahmen',
      { timeout: 240_000 },
      async () => {
        const run = await open(household, ['start', 'person', 'household', 'welfare', 'incomes']);
        await fillUpTo(run, 'incomes');
        await finish(run);
      },
    );

    it(
      'fills in Chronische Erkrankung and the receipts; "Angaben prüfen" shows the limit, date reached and refund the CLI gives',
      { timeout: 300_000 },
      async () => {
        const run = await open(household, ['chronic', 'receipts', 'check']);
        await fillUpTo(run, 'receipts');
        await checkEverything(run);
        await finish(run);
      },
    );
  });
}
