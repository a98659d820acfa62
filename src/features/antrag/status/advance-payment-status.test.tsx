import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { AdvancePaymentStatus as Payment, ExemptionCard } from '../../../api/contracts/advance-payment';
import { mockAdvancePaymentPath } from '../../../api/contracts/advance-payment';
import { serviceInfoPath, type ServiceInfo } from '../../../api/contracts/service-info';
import type { SubmissionState } from '../../../api/contracts/submission';
import { renderUi } from '../../../ui/test-providers';
import { AdvancePaymentStatus } from './advance-payment-status';

const info = (demo: boolean): ServiceInfo => ({
  insurerName: 'AOK PLUS (Demo)',
  demo,
  phone: '0800 000 00 00',
  phoneHours: { de: 'Mo–Fr', en: 'Mon–Fri' },
  email: 'zuzahlung@example.org',
  postalAddress: ['AOK PLUS', '01058 Dresden'],
  advancePayment: {
    accountHolder: 'AOK PLUS (Demo)',
    iban: 'DE89370400440532013000',
    bic: 'COBADEFFXXX',
    creditorId: 'DE98ZZZ09999999999',
    referenceStyle: 'text',
  },
});

let demo = false;
const steps: unknown[] = [];
const server = setupServer(
  http.get(`*${serviceInfoPath}`, () => HttpResponse.json(info(demo))),
  http.post(`*${mockAdvancePaymentPath.replace(':reference', 'ZB-2026-000042')}`, async ({ request }) => {
    steps.push(await request.json());
    return HttpResponse.json(received());
  }),
);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  steps.length = 0;
  demo = false;
});
afterAll(() => server.close());

const payment = (over: Partial<Payment> = {}): Payment => ({
  state: 'erwartet',
  year: 2026,
  method: 'transfer',
  option: 'rest',
  amountCents: 43_210,
  paymentReference: { style: 'text', remittance: 'Vorauszahlung Zuzahlungen 2026 ZB-2026-000042' },
  ...over,
});

const card = (over: Partial<ExemptionCard> = {}): ExemptionCard => ({
  memberId: 'applicant',
  givenName: 'Erika',
  familyName: 'Mustermann',
  kvnr: 'A123456780',
  birthDate: '1956-02-03',
  cardNumber: 'ZB-2026-000042',
  insurerName: 'AOK PLUS (Demo)',
  status: true,
  gueltigAb: '2026-03-10',
  gueltigBis: '2026-12-31',
  ...over,
});

const base: SubmissionState = {
  reference: 'ZB-2026-000042',
  status: 'eingegangen',
  receivedAt: '2026-03-01T10:00:00+01:00',
  updatedAt: '2026-03-01T10:00:00+01:00',
  manifestSha256: 'a'.repeat(64),
};
const received = (): SubmissionState => ({
  ...base,
  advancePayment: payment({ state: 'eingegangen', receivedOn: '2026-03-10' }),
  exemptions: [card(), card({ memberId: 'c1', givenName: 'Paul', kvnr: 'D456789013' })],
  exemptedElsewhere: [{ memberId: 's1', givenName: 'Marta', familyName: 'Ørsted' }],
});

const show = (state: SubmissionState) =>
  renderUi(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <AdvancePaymentStatus state={state} />
    </QueryClientProvider>,
  );

const noContrast = { rules: { 'color-contrast': { enabled: false } } };

describe('the advance payment on the status page', () => {
  it('shows how to pay while the transfer is awaited, with the bank details from the service info', async () => {
    show({ ...base, advancePayment: payment() });
    expect(screen.getByRole('heading', { name: 'Vorauszahlung für 2026' })).toBeInTheDocument();
    expect(screen.getByText(/Wir warten auf Ihre Überweisung über 432,10/)).toBeInTheDocument();
    expect(await screen.findByText('DE89 3704 0044 0532 0130 00')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: /Nur in der Demo/ })).not.toBeInTheDocument();
    expect((await axe.run(document.body, noContrast)).violations).toEqual([]);
  });

  it('names the debit day for a direct debit, and shows no transfer details', () => {
    show({ ...base, advancePayment: payment({ method: 'directDebit', debitOn: '2026-03-15' }) });
    expect(
      screen.getByText(/Wir buchen 432,10\s€ am 15\. März 2026 von Ihrem Konto ab\./),
    ).toBeInTheDocument();
    expect(screen.queryByText('DE89 3704 0044 0532 0130 00')).not.toBeInTheDocument();
  });

  it('shows the period, one card per covered person and who is insured elsewhere once the money arrived', async () => {
    show(received());
    expect(
      screen.getByText(/Sie sind von Zuzahlungen befreit vom 10\. März 2026 bis 31\. Dezember 2026\./),
    ).toBeInTheDocument();
    expect(screen.getByText(/Die Befreiung endet am 31\. Dezember 2026\./)).toBeInTheDocument();
    expect(screen.getAllByRole('article')).toHaveLength(2);
    const elsewhere = screen.getByText(/bei einer anderen Krankenkasse versichert/)
      .nextElementSibling as HTMLElement;
    expect(within(elsewhere).getByText('Marta Ørsted')).toBeInTheDocument();
    expect((await axe.run(document.body, noContrast)).violations).toEqual([]);
  });

  it('says why a returned debit ended the exemption', () => {
    show({
      ...received(),
      advancePayment: payment({
        state: 'zurueckgebucht',
        method: 'directDebit',
        receivedOn: '2026-03-10',
        returnedOn: '2026-03-20',
        returnReason: 'AM04',
      }),
      exemptions: [card({ status: false, endedOn: '2026-03-20' })],
    });
    expect(screen.getByRole('heading', { name: 'Die Lastschrift ist zurückgekommen' })).toBeInTheDocument();
    expect(
      screen.getByText(
        /Am 20\. März 2026 ist die Lastschrift über 432,10\s€ zurückgekommen\. Das Konto war nicht gedeckt\. Ihre Befreiung gilt deshalb nicht mehr\./,
      ),
    ).toBeInTheDocument();
  });

  it('offers next year from 1 October of the exempted year', () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-10-01T09:00:00+02:00') });
    try {
      show(received());
      expect(screen.getByRole('link', { name: 'Vorauszahlung für 2027 beantragen' })).toBeInTheDocument();
    } finally {
      vi.useRealTimers();
    }
  });

  it('does not offer next year before October', () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-09-30T09:00:00+02:00') });
    try {
      show(received());
      expect(screen.queryByRole('link', { name: /Vorauszahlung für 2027/ })).not.toBeInTheDocument();
    } finally {
      vi.useRealTimers();
    }
  });

  it('lets a demo visitor mark the payment received, and only in the demo', async () => {
    demo = true;
    const user = userEvent.setup();
    show({ ...base, advancePayment: payment() });
    await user.click(await screen.findByRole('button', { name: 'Zahlung ist heute eingegangen' }));
    await vi.waitFor(() => expect(steps).toHaveLength(1));
    expect(steps[0]).toMatchObject({ outcome: 'received' });
    expect(screen.queryByRole('button', { name: /Lastschrift/ })).not.toBeInTheDocument();
  });
});
