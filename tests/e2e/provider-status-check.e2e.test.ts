import type { Page } from 'playwright-core';
import { describe, expect, it, onTestFinished } from 'vitest';
import { mockAdvancePaymentPath } from '../../src/api/contracts/advance-payment';
import { submissionStateSchema } from '../../src/api/contracts/submission';
import type { ApplicationDocument } from '../../src/domain/application/application-document';
import { applicationDocumentLimitCase } from '../../src/domain/application/application-document-limit-case';
import { kvnrCheckDigit } from '../../src/domain/identifiers/kvnr';
import { computeLimitCase } from '../../src/domain/limit-case/compute-limit-case';
import { applicationBundle, exampleApplication } from '../support/application-bundle';
import { submitBundle } from '../support/submit';
import { axeViolations } from './support/axe';
import { watchedPage, type PageWatch } from './support/browser';
import { activate, choose, expectHeading, typeInto } from './support/keyboard';
import { sharedBrowser } from './support/shared-browser';
import { workerServerUrl } from './support/worker-server';

// Issue 15 end to end, in real headless Chromium against the insurer's real server (demo mode, PGlite) serving the
// production build, by keyboard alone. First an insured household is exempted the insurer's own way in this run
// (an application for the advance payment, whose money the demo control marks received: a card to 31 December).
// Then a pharmacy of the demo IK register asks for access (the proof of work runs on submit), reads the letter in
// the demo mailbox, logs in with the initial password, is sent to the activation, tries a weak password, activates
// with the Prüfnummer and a strong one, and checks the exempt applicant (befreit, initials, valid to 31.12.) and
// a person with another insurer (nicht befreit with the hint to ask for the card). The insured applicant then opens
// the checks of their own status on another device with KVNR and card number, finds the pharmacy's check with the
// consent form, and objects; the pharmacy's next check of the same person answers "nicht befreit", and the insured
// person's list shows it as blocked. axe checks every page and every error state on the way; no request leaves the
// app's origin.

const origin = await workerServerUrl();
const browser = sharedBrowser();
const now = new Date('2026-12-07T10:00:00+01:00');

const pharmacy = { ik: '301405637', name: 'Sonnen-Apotheke Gohlis' };
const strongPassword = 'Ginster Walzer Kompass 42';

const kvnr = (letterAnd8Digits: string) => `${letterAnd8Digits}${kvnrCheckDigit(letterAnd8Digits)}`;
const germanDate = (iso: string) =>
  iso
    .split('-')
    .reverse()
    .map((part, index) => (index < 2 ? String(Number(part)) : part))
    .join('.');

/** The example household (applicant and two children insured here) exempt through its advance payment. */
async function exemptHousehold() {
  const kvnrs: Record<string, string> = {
    applicant: kvnr('E15000001'),
    s1: kvnr('E15000002'),
    c1: kvnr('E15000003'),
    c2: kvnr('E15000004'),
  };
  const computed = computeLimitCase(applicationDocumentLimitCase(exampleApplication()));
  if (!computed.ok) throw new Error(computed.problem.message.en);
  const bundle = applicationBundle({
    applicationId: 'ZBA-E2EPROVIDER1',
    edit: (document): ApplicationDocument => ({
      ...document,
      applicant: { ...document.applicant, kvnr: kvnrs.applicant ?? document.applicant.kvnr },
      members: document.members.map((member) => ({ ...member, kvnr: kvnrs[member.id] ?? member.kvnr })),
      advancePayment: {
        option: 'full',
        amountCents: computed.value.limitCents,
        paidBeforeCents: 0,
        method: 'transfer',
        mandate: null,
      },
    }),
  });
  const { reference } = await submitBundle(origin, bundle);
  const received = await fetch(new URL(mockAdvancePaymentPath.replace(':reference', reference), origin), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ outcome: 'received', on: '2026-03-10' }),
  });
  const state = submissionStateSchema.parse(await received.json());
  const card = state.exemptions?.find((exemption) => exemption.memberId === 'applicant');
  expect(card).toMatchObject({ kvnr: kvnrs.applicant, gueltigBis: '2026-12-31' });
  const example = exampleApplication();
  const spouse = example.members.find((member) => member.id === 's1');
  return {
    applicant: { kvnr: kvnrs.applicant!, birthDate: example.applicant.birthDate, cardNumber: reference },
    // Insured with another insurer in the example: unknown here.
    stranger: { kvnr: kvnrs.s1!, birthDate: spouse?.birthDate ?? '1980-01-09' },
  };
}

async function expectNoAxeViolations(page: Page, where: string) {
  expect(await axeViolations(page), where).toEqual([]);
}

async function device(): Promise<PageWatch> {
  const watch = await watchedPage(browser(), origin);
  onTestFinished(() => watch.context.close());
  await watch.page.clock.setFixedTime(now);
  return watch;
}

/** The counter form, filled and sent by keyboard; returns the answer region's text. */
async function check(page: Page, person: { kvnr: string; birthDate: string }): Promise<string> {
  await typeInto(page.getByLabel('Krankenversichertennummer'), person.kvnr);
  await typeInto(page.getByLabel('Geburtsdatum'), germanDate(person.birthDate));
  await choose(page.getByRole('radio', { name: 'Gesundheitskarte vorgelegt' }));
  await typeInto(page.getByLabel('Datum der Leistung'), '7.12.2026');
  await activate(page.getByRole('button', { name: 'Status abfragen' }));
  const answer = page.getByRole('heading', { name: 'Ergebnis für den 07.12.2026' });
  await answer.waitFor();
  return (await page.locator('main').innerText()).replace(/[\u00a0\u202f]/g, ' ');
}

describe('a pharmacy checks a patient’s exemption, and the patient sees and stops it (issue 15)', () => {
  it(
    'registers, activates with the letter, checks two patients, and is blocked after the objection',
    { timeout: 240_000 },
    async () => {
      const household = await exemptHousehold();

      // The pharmacy asks for access: a terms error first, then the proof of work runs on submit.
      const counter = await device();
      const page = counter.page;
      await page.goto(`${origin}/leistungserbringer/registrieren`);
      await expectHeading(page, 'Zugang für Apotheken und Praxen beantragen');
      await expectNoAxeViolations(page, 'registration');
      await typeInto(page.getByLabel('Institutionskennzeichen (IK)'), '301405638');
      await activate(page.getByRole('button', { name: 'Zugang beantragen' }));
      await page.getByText('Dieses Institutionskennzeichen (IK) gibt es nicht').first().waitFor();
      await page.getByText('Stimmen Sie den Nutzungsbedingungen zu').first().waitFor();
      await expectNoAxeViolations(page, 'registration errors');
      await typeInto(page.getByLabel('Institutionskennzeichen (IK)'), pharmacy.ik);
      await choose(
        page.getByRole('checkbox', { name: 'Ich habe die Nutzungsbedingungen gelesen und stimme ihnen zu.' }),
      );
      await activate(page.getByRole('button', { name: 'Zugang beantragen' }));
      await page.getByRole('heading', { name: 'Ihre Anfrage ist angekommen' }).waitFor({ timeout: 60_000 });
      await expectNoAxeViolations(page, 'registration sent');

      // The letter, in the demo mailbox.
      await page.goto(`${origin}/demo/briefkasten`);
      await expectHeading(page, 'Demo-Briefkasten für Apotheken und Praxen');
      await typeInto(page.getByLabel('Institutionskennzeichen (IK)'), pharmacy.ik);
      await activate(page.getByRole('button', { name: 'Briefe anzeigen' }));
      await page.getByRole('heading', { name: `Briefe an IK ${pharmacy.ik}` }).waitFor();
      const letter = await page.locator('main').innerText();
      expect(letter).toContain(pharmacy.name);
      const initialPassword = /Erstpasswort ein: (\S+)/.exec(letter)?.[1];
      const pruefnummer = /Prüfnummer ein: (\S+)/.exec(letter)?.[1];
      expect(initialPassword, letter).toBeDefined();
      expect(pruefnummer, letter).toBeDefined();
      await expectNoAxeViolations(page, 'demo mailbox');

      // A wrong password first, then the initial password: the activation.
      await page.goto(`${origin}/leistungserbringer`);
      await expectHeading(page, 'Zuzahlungsstatus abfragen: Anmeldung für Apotheken und Praxen');
      await typeInto(page.getByLabel('Institutionskennzeichen (IK)'), pharmacy.ik);
      await typeInto(page.getByLabel('Passwort', { exact: true }), 'falsch-falsch-falsch');
      await activate(page.getByRole('button', { name: 'Anmelden' }));
      await page.getByText('IK oder Passwort stimmen nicht.').waitFor();
      await expectNoAxeViolations(page, 'login failed');
      await typeInto(page.getByLabel('Passwort', { exact: true }), initialPassword!);
      await activate(page.getByRole('button', { name: 'Anmelden' }));
      await expectHeading(page, 'Zugang einrichten');
      await expectNoAxeViolations(page, 'activation');

      await typeInto(page.getByLabel('Prüfnummer'), pruefnummer!);
      await typeInto(page.getByLabel('Neues Passwort', { exact: true }), 'apotheke12345');
      await typeInto(page.getByLabel('Neues Passwort wiederholen'), 'apotheke12345');
      await activate(page.getByRole('button', { name: 'Zugang einrichten' }));
      await page.getByRole('heading', { name: 'Das Passwort ist zu leicht zu erraten' }).waitFor();
      await expectNoAxeViolations(page, 'activation with a weak password');
      await typeInto(page.getByLabel('Neues Passwort', { exact: true }), strongPassword);
      await typeInto(page.getByLabel('Neues Passwort wiederholen'), strongPassword);
      await activate(page.getByRole('button', { name: 'Zugang einrichten' }));
      await expectHeading(page, 'Zuzahlungsstatus abfragen');
      await expectNoAxeViolations(page, 'query form');

      // The counter form's error state, then the exempt applicant and the stranger.
      await activate(page.getByRole('button', { name: 'Status abfragen' }));
      await page.getByText('Wählen Sie aus, wie die Person eingewilligt hat.').first().waitFor();
      await expectNoAxeViolations(page, 'query errors');
      const exempt = await check(page, household.applicant);
      expect(exempt).toContain('Befreit');
      expect(exempt).toContain('Initialen: Ł. Ğ.');
      expect(exempt).toContain('gültig bis 31.12.2026');
      expect(exempt).not.toContain(household.applicant.kvnr.slice(1));
      await expectNoAxeViolations(page, 'answer befreit');
      await activate(page.getByRole('button', { name: 'Neue Abfrage' }));
      const stranger = await check(page, household.stranger);
      expect(stranger).toContain('Nicht befreit');
      expect(stranger).toContain('Bitten Sie die Person um ihren Befreiungsausweis.');
      expect(stranger).not.toContain('Initialen');
      await expectNoAxeViolations(page, 'answer nicht befreit');

      await activate(page.getByRole('link', { name: 'Ihre Abfragen' }));
      await expectHeading(page, 'Ihre Abfragen');
      // The history loads after the heading: wait for it before reading it.
      await expect.poll(() => page.locator('main').innerText()).toContain('Gesundheitskarte vorgelegt');
      await expectNoAxeViolations(page, 'history');

      // The insured applicant, on their own device: the checks of their status, and the objection.
      const insured = await device();
      const own = insured.page;
      await own.goto(`${origin}/meine-befreiung/abfragen`);
      await expectHeading(own, 'Wer hat meinen Befreiungsstatus abgefragt?');
      await expectNoAxeViolations(own, 'own checks');
      await typeInto(own.getByLabel('Ihre Krankenversichertennummer'), household.applicant.kvnr);
      await typeInto(own.getByLabel('Ausweis-Nr. Ihres Befreiungsausweises'), 'ZB-2026-999999');
      await activate(own.getByRole('button', { name: 'Abfragen anzeigen' }));
      await own.getByText('Krankenversichertennummer und Ausweis-Nr. passen nicht zusammen.').waitFor();
      await expectNoAxeViolations(own, 'own checks not found');
      await typeInto(own.getByLabel('Ausweis-Nr. Ihres Befreiungsausweises'), household.applicant.cardNumber);
      await activate(own.getByRole('button', { name: 'Abfragen anzeigen' }));
      const table = own.getByRole('table', { name: 'Abfragen Ihres Status, die neueste zuerst' });
      await table.waitFor();
      const rows = table.getByRole('row');
      await expect.poll(() => rows.count()).toBe(2);
      const row = await rows.nth(1).innerText();
      expect(row).toContain(`${pharmacy.name} (IK ${pharmacy.ik})`);
      expect(row).toContain('Gesundheitskarte vorgelegt');
      expect(row).toContain('befreit');
      await expectNoAxeViolations(own, 'own checks listed');

      await activate(own.getByRole('button', { name: `Widersprechen gegen ${pharmacy.name}` }));
      await own.getByText(`Der Abfrage durch ${pharmacy.name} widersprechen?`).waitFor();
      await expectNoAxeViolations(own, 'objection confirmation');
      await activate(own.getByRole('button', { name: 'Ja, widersprechen' }));
      await own.getByText(`Sie haben der Abfrage durch ${pharmacy.name} widersprochen.`).waitFor();
      await own.getByRole('button', { name: `Widerspruch zurücknehmen gegen ${pharmacy.name}` }).waitFor();
      await expectNoAxeViolations(own, 'objection recorded');

      // The pharmacy's next check of the same person: blocked, answered like any "nicht befreit".
      await activate(page.getByRole('link', { name: 'Status abfragen' }));
      await expectHeading(page, 'Zuzahlungsstatus abfragen');
      const blocked = await check(page, household.applicant);
      expect(blocked).toContain('Nicht befreit');
      expect(blocked).toContain('Bitten Sie die Person um ihren Befreiungsausweis.');
      expect(blocked).not.toContain('Initialen');
      expect(blocked).toBe(stranger);

      // The insured person's list, opened again, shows the blocked check.
      await activate(own.getByRole('button', { name: 'Angaben schließen' }));
      await typeInto(own.getByLabel('Ihre Krankenversichertennummer'), household.applicant.kvnr);
      await typeInto(own.getByLabel('Ausweis-Nr. Ihres Befreiungsausweises'), household.applicant.cardNumber);
      await activate(own.getByRole('button', { name: 'Abfragen anzeigen' }));
      await expect.poll(() => rows.count()).toBe(3);
      expect(await rows.nth(1).innerText()).toContain('blockiert (Widerspruch)');
      await expectNoAxeViolations(own, 'blocked check listed');

      for (const watch of [counter, insured]) {
        expect(watch.foreignRequests).toEqual([]);
        expect(watch.cspViolations).toEqual([]);
        expect(watch.pageErrors).toEqual([]);
      }
    },
  );
});
