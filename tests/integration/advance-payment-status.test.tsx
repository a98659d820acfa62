import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { resetSubmissionStore } from '../../mocks/store/current-submission-store';
import {
  mockAdvancePaymentPath,
  type MockAdvancePaymentRequest,
} from '../../src/api/contracts/advance-payment';
import { serviceInfoPath, serviceInfoSchema } from '../../src/api/contracts/service-info';
import type { SubmissionReceipt } from '../../src/api/contracts/submission';
import type { ApplicationDocument } from '../../src/domain/application/application-document';
import { applicationDocumentLimitCase } from '../../src/domain/application/application-document-limit-case';
import { formatIbanForDisplay } from '../../src/domain/identifiers/iban';
import { computeLimitCase } from '../../src/domain/limit-case/compute-limit-case';
import { formatMoney } from '../../src/domain/money/format-money';
import { paymentReference, printedPaymentReference } from '../../src/domain/vorauszahlung/payment-reference';
import { debitDate, mandateReference } from '../../src/domain/vorauszahlung/sepa-mandate';
import { applicationBundle, exampleApplication } from '../support/application-bundle';
import { renderApp } from './render-app';
import { origin, postBundle, receiptOf } from './submission-requests';

/*
 * The advance payment on the public status page (/status, reference + Abrufcode typed by hand), the whole app on
 * the msw mock: an advance-payment bundle of the documented example household (the applicant and two children
 * insured here, the spouse Maria with another insurer) is sent, the mock's demo control moves the payment along,
 * and the page is looked up again in each state.
 */

const noContrast = { rules: { 'color-contrast': { enabled: false } } };

beforeEach(() => resetSubmissionStore());

const limitCents = (() => {
  const computed = computeLimitCase(applicationDocumentLimitCase(exampleApplication()));
  if (!computed.ok) throw new Error(computed.problem.message.en);
  return computed.value.limitCents;
})();

const signedOn = '2026-11-20';

const advanceBundle = (applicationId: string, method: 'transfer' | 'directDebit') =>
  applicationBundle({
    applicationId,
    edit: (document): ApplicationDocument => ({
      ...document,
      advancePayment: {
        option: 'full',
        amountCents: limitCents,
        paidBeforeCents: 0,
        method,
        mandate:
          method === 'transfer'
            ? null
            : {
                creditorName: 'AOK PLUS (Demo)',
                creditorId: 'DE98ZZZ09999999999',
                mandateReference: mandateReference(applicationId),
                accountHolder: document.bank.accountHolder,
                iban: document.bank.iban,
                signedOn,
                debitOn: debitDate(signedOn),
              },
      },
    }),
  });

async function send(applicationId: string, method: 'transfer' | 'directDebit'): Promise<SubmissionReceipt> {
  const response = await postBundle(advanceBundle(applicationId, method));
  expect(response.status).toBe(201);
  return receiptOf(response);
}

async function step(reference: string, body: MockAdvancePaymentRequest): Promise<void> {
  const response = await fetch(`${origin}${mockAdvancePaymentPath.replace(':reference', reference)}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  expect(response.status, await response.clone().text()).toBe(200);
}

async function serviceInfo() {
  return serviceInfoSchema.parse(await (await fetch(`${origin}${serviceInfoPath}`)).json());
}

/** Opens /status in a fresh app, types reference and Abrufcode, and waits for the advance payment's section. */
async function lookUp({ reference, abrufcode }: SubmissionReceipt) {
  const user = userEvent.setup();
  const view = renderApp('/status');
  await screen.findByRole('heading', { level: 1, name: 'Bearbeitungsstand abfragen' });
  await user.type(screen.getByRole('textbox', { name: 'Vorgangsnummer' }), reference);
  await user.type(screen.getByRole('textbox', { name: 'Abrufcode' }), abrufcode);
  await user.click(screen.getByRole('button', { name: 'Bearbeitungsstand abfragen' }));
  await screen.findByRole('heading', { level: 2, name: `Vorgangsnummer ${reference}` });
  const section = (await screen.findByRole('heading', { level: 2, name: 'Vorauszahlung für 2026' }))
    .parentElement!;
  return { ...view, user, section };
}

async function violations(container: HTMLElement) {
  const results = await axe.run(container, noContrast);
  return results.violations.map((violation) => ({
    id: violation.id,
    nodes: violation.nodes.map((node) => node.html),
  }));
}

const amountShown = formatMoney(limitCents, 'de');
/** Text as shown, with the non-breaking spaces of money and dates as plain ones. */
const plain = (text: string | null | undefined) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');

const factsOf = (article: HTMLElement) =>
  Object.fromEntries(
    within(article)
      .getAllByRole('term')
      .map((term) => [term.textContent, plain(term.nextElementSibling?.textContent)]),
  );

describe('the advance payment on the status lookup', () => {
  it('while the transfer is awaited: recipient, IBAN, amount and payment reference, each with a copy button', async () => {
    const receipt = await send('ZBA-APS000000001', 'transfer');
    const info = await serviceInfo();
    const { container, section } = await lookUp(receipt);

    expect(plain(section.textContent)).toContain(
      `Wir warten auf Ihre Überweisung über ${plain(amountShown)}.`,
    );
    const details = (
      await screen.findByRole('heading', { level: 2, name: 'So überweisen Sie den Betrag' })
    ).closest('section')!;
    const rows = Object.fromEntries(
      within(details)
        .getAllByRole('term')
        .map((term) => [term.textContent, plain(term.nextElementSibling?.textContent)]),
    );
    const expectedReference = printedPaymentReference(
      paymentReference(receipt.reference, 2026, info.advancePayment.referenceStyle),
    );
    const referenceLabel =
      info.advancePayment.referenceStyle === 'structured' ? 'Zahlungsreferenz' : 'Verwendungszweck';
    expect(rows).toEqual({
      Empfänger: info.advancePayment.accountHolder,
      IBAN: plain(formatIbanForDisplay(info.advancePayment.iban)),
      BIC: info.advancePayment.bic,
      Betrag: plain(amountShown),
      [referenceLabel]: plain(expectedReference),
    });
    // The remittance text carries the application's reference and the year.
    expect(rows[referenceLabel]).toMatch(
      info.advancePayment.referenceStyle === 'structured' ? /^RF\d{2}/ : new RegExp(receipt.reference),
    );
    for (const label of ['Empfänger', 'IBAN', 'BIC', 'Betrag', referenceLabel]) {
      expect(within(details).getByRole('button', { name: `${label} kopieren` })).toBeVisible();
    }
    expect(
      await within(details).findByRole('img', { name: /^QR-Code für die Überweisung \(GiroCode\)/ }),
    ).toBeInTheDocument();
    // No cards before the money is in.
    expect(screen.queryByRole('heading', { name: 'Ihre Befreiungsausweise' })).not.toBeInTheDocument();
    expect(screen.queryAllByRole('article')).toEqual([]);
    expect(await violations(container)).toEqual([]);
  });

  it('once received: one card per person insured here with the period, the spouse insured elsewhere listed apart', async () => {
    const receipt = await send('ZBA-APS000000002', 'transfer');
    const info = await serviceInfo();
    await step(receipt.reference, { outcome: 'received', on: '2026-03-10' });
    const { container, section } = await lookUp(receipt);

    expect(plain(section.textContent)).toContain(
      `Ihre Zahlung über ${plain(amountShown)} ist am 10. März 2026 angekommen.`,
    );
    expect(plain(section.textContent)).toContain('Die Befreiung endet am 31. Dezember 2026.');
    expect(screen.queryByRole('heading', { name: 'So überweisen Sie den Betrag' })).not.toBeInTheDocument();

    const cards = await screen.findAllByRole('article', { name: /^Befreiungsausweis von / });
    expect(cards.map((card) => card.getAttribute('aria-label'))).toEqual([
      'Befreiungsausweis von Łukasz Ğüneş Ørsted-Nguyễn',
      'Befreiungsausweis von Jan Ørsted-Nguyễn',
      'Befreiungsausweis von Ida Ørsted-Nguyễn',
    ]);
    const kvnrs = ['L 123 456 783', 'J 112 233 441', 'I 556 677 881'];
    const births = ['12.04.1978', '05.05.2014', '20.02.2007'];
    cards.forEach((card, index) => {
      expect(factsOf(card)).toEqual({
        'Versichertennummer (KVNR)': kvnrs[index],
        'Geboren am': births[index],
        Gültig: 'vom 10.03.2026 bis 31.12.2026',
        Krankenkasse: info.insurerName,
        'Ausweis-Nummer': receipt.reference,
      });
    });
    // The spouse is not given a card here: her own insurer exempts her, and the page says so and names her.
    expect(screen.queryByRole('article', { name: /Maria/ })).not.toBeInTheDocument();
    const elsewhere = within(section).getByText(/bei einer anderen Krankenkasse versichert/);
    const list = elsewhere.nextElementSibling as HTMLElement;
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Maria Ørsted-Nguyễn']);
    expect(screen.getByRole('button', { name: 'Alle Ausweise auf A4 zum Ausschneiden' })).toBeVisible();
    expect(await violations(container)).toEqual([]);
  });

  it('a returned direct debit: the reason in plain words, and every card marked no longer valid', async () => {
    const receipt = await send('ZBA-APS000000003', 'directDebit');

    // Awaited first: the day of the debit, no transfer details.
    const awaited = await lookUp(receipt);
    expect(plain(awaited.section.textContent)).toContain(
      `Wir buchen ${plain(amountShown)} am 4. Dezember 2026 von Ihrem Konto ab.`,
    );
    expect(screen.queryByRole('heading', { name: 'So überweisen Sie den Betrag' })).not.toBeInTheDocument();
    expect(await violations(awaited.container)).toEqual([]);
    awaited.unmount();

    await step(receipt.reference, { outcome: 'received', on: '2026-12-04' });
    await step(receipt.reference, { outcome: 'returned', on: '2026-12-10', reason: 'AM04' });
    const { container, section } = await lookUp(receipt);

    const banner = within(section).getByRole('heading', { name: 'Die Lastschrift ist zurückgekommen' })
      .parentElement!.parentElement!;
    expect(plain(banner.textContent)).toContain(
      `Am 10. Dezember 2026 ist die Lastschrift über ${plain(amountShown)} zurückgekommen. Das Konto war nicht gedeckt. Ihre Befreiung gilt deshalb nicht mehr.`,
    );
    // The code itself is for the bank, not for the reader.
    expect(section.textContent).not.toContain('AM04');

    const cards = screen.getAllByRole('article', { name: /^Befreiungsausweis von / });
    expect(cards.map((card) => card.getAttribute('aria-label'))).toEqual([
      'Befreiungsausweis von Łukasz Ğüneş Ørsted-Nguyễn, nicht mehr gültig',
      'Befreiungsausweis von Jan Ørsted-Nguyễn, nicht mehr gültig',
      'Befreiungsausweis von Ida Ørsted-Nguyễn, nicht mehr gültig',
    ]);
    for (const card of cards) {
      expect(plain(card.textContent)).toContain('Die Befreiung endete am 10.12.2026.');
      expect(within(card).queryByRole('button')).not.toBeInTheDocument();
    }
    expect(screen.getByText('Es gibt keinen gültigen Ausweis zum Speichern.')).toBeVisible();
    expect(screen.queryByRole('button', { name: /Ausweise/ })).not.toBeInTheDocument();
    expect(await violations(container)).toEqual([]);
  });
});
