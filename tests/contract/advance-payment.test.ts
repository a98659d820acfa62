import { expect, it } from 'vitest';
import {
  advancePaymentProblemCodes,
  mockAdvancePaymentPath,
  type MockAdvancePaymentRequest,
} from '../../src/api/contracts/advance-payment';
import { serviceInfoPath, serviceInfoSchema } from '../../src/api/contracts/service-info';
import {
  submissionProblemCodes as codes,
  submissionStateSchema,
  type SubmissionReceipt,
  type SubmissionState,
} from '../../src/api/contracts/submission';
import type { ApplicationDocument } from '../../src/domain/application/application-document';
import { applicationDocumentLimitCase } from '../../src/domain/application/application-document-limit-case';
import { computeLimitCase } from '../../src/domain/limit-case/compute-limit-case';
import { paymentReference } from '../../src/domain/vorauszahlung/payment-reference';
import { debitDate, mandateReference } from '../../src/domain/vorauszahlung/sepa-mandate';
import { applicationBundle, exampleApplication } from '../support/application-bundle';
import { expectProblem, getState, postBundle, receiptOf, submit } from './support/contract-requests';
import type { ContractTarget } from './support/contract-target';
import { describeEachTarget } from './support/use-target';

/*
 * The advance payment (Vorauszahlung) after sending: the expected payment in the status, the demo control that
 * marks it received or returned, and the exemption cards its receipt creates. Built on the documented example
 * household: the applicant and two children insured here, the spouse (s1) with another insurer.
 */

const limitCents = (() => {
  const computed = computeLimitCase(applicationDocumentLimitCase(exampleApplication()));
  if (!computed.ok) throw new Error(computed.problem.message.en);
  return computed.value.limitCents;
})();

type Options = { method: 'transfer' | 'directDebit'; amountCents?: number };

const advanceBundle = (applicationId: string, { method, amountCents = limitCents }: Options) =>
  applicationBundle({
    applicationId,
    edit: (document): ApplicationDocument => ({
      ...document,
      advancePayment: {
        option: 'full',
        amountCents,
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
                signedOn: '2026-11-20',
                debitOn: debitDate('2026-11-20'),
              },
      },
    }),
  });

describeEachTarget('the advance payment after sending', (target: () => ContractTarget) => {
  const send = async (applicationId: string, options: Options) =>
    receiptOf(await postBundle(target(), advanceBundle(applicationId, options)));

  const stateOf = async (receipt: SubmissionReceipt): Promise<SubmissionState> => {
    const response = await getState(target(), receipt.reference, receipt.abrufcode);
    expect(response.status).toBe(200);
    return submissionStateSchema.parse(await response.json());
  };

  const step = (reference: string, body: MockAdvancePaymentRequest | Record<string, unknown>) =>
    target().fetch(mockAdvancePaymentPath.replace(':reference', encodeURIComponent(reference)), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });

  const stepped = async (reference: string, body: MockAdvancePaymentRequest): Promise<SubmissionState> => {
    const response = await step(reference, body);
    const text = await response.text();
    expect(response.status, text).toBe(200);
    return submissionStateSchema.parse(JSON.parse(text));
  };

  const serviceInfo = async () =>
    serviceInfoSchema.parse(await (await target().fetch(serviceInfoPath)).json());

  it('shows the expected payment with its payment reference, and no cards before the money arrived', async () => {
    const receipt = await send('ZBA-ADV000000001', { method: 'transfer' });
    const info = await serviceInfo();
    const state = await stateOf(receipt);
    expect(state.advancePayment).toEqual({
      state: 'erwartet',
      year: 2026,
      method: 'transfer',
      option: 'full',
      amountCents: limitCents,
      paymentReference: paymentReference(receipt.reference, 2026, info.advancePayment.referenceStyle),
    });
    expect(state.exemptions).toBeUndefined();
    expect(state.exemptedElsewhere).toBeUndefined();
  });

  it('on receipt gives every covered person a card from that day to 31 December, and lists the others apart', async () => {
    const receipt = await send('ZBA-ADV000000002', { method: 'transfer' });
    const info = await serviceInfo();
    const answered = await stepped(receipt.reference, { outcome: 'received', on: '2026-03-10' });
    const state = await stateOf(receipt);
    expect(answered).toEqual(state);
    expect(state.advancePayment).toMatchObject({ state: 'eingegangen', receivedOn: '2026-03-10' });
    const card = (memberId: string, givenName: string, kvnr: string, birthDate: string) => ({
      memberId,
      givenName,
      familyName: memberId === 'applicant' ? 'Ğüneş Ørsted-Nguyễn' : 'Ørsted-Nguyễn',
      kvnr,
      birthDate,
      cardNumber: receipt.reference,
      insurerName: info.insurerName,
      status: true,
      gueltigAb: '2026-03-10',
      gueltigBis: '2026-12-31',
    });
    expect(state.exemptions).toEqual([
      card('applicant', 'Łukasz', 'L123456783', '1978-04-12'),
      card('c1', 'Jan', 'J112233441', '2014-05-05'),
      card('c2', 'Ida', 'I556677881', '2007-02-20'),
    ]);
    expect(state.exemptedElsewhere).toEqual([
      { memberId: 's1', givenName: 'Maria', familyName: 'Ørsted-Nguyễn' },
    ]);

    // Received once; a transfer is never "returned".
    await expectProblem(
      await step(receipt.reference, { outcome: 'received', on: '2026-03-11' }),
      409,
      advancePaymentProblemCodes.transition,
    );
    await expectProblem(
      await step(receipt.reference, { outcome: 'returned', on: '2026-03-20', reason: 'AM04' }),
      409,
      advancePaymentProblemCodes.transition,
    );
    expect(await stateOf(receipt)).toEqual(state);
  });

  it('exempts from 1 January when paid before the year, and money after the year buys nothing', async () => {
    const early = await send('ZBA-ADV000000003', { method: 'transfer' });
    const state = await stepped(early.reference, { outcome: 'received', on: '2025-12-15' });
    expect(state.exemptions?.map((card) => [card.gueltigAb, card.gueltigBis])).toEqual([
      ['2026-01-01', '2026-12-31'],
      ['2026-01-01', '2026-12-31'],
      ['2026-01-01', '2026-12-31'],
    ]);

    const late = await send('ZBA-ADV000000004', { method: 'transfer' });
    await expectProblem(
      await step(late.reference, { outcome: 'received', on: '2027-01-02' }),
      409,
      advancePaymentProblemCodes.transition,
    );
    expect((await stateOf(late)).advancePayment?.state).toBe('erwartet');
  });

  it('ends every exemption on the day a direct debit comes back, and says why', async () => {
    const receipt = await send('ZBA-ADV000000005', { method: 'directDebit' });
    const expected = await stateOf(receipt);
    expect(expected.advancePayment).toMatchObject({
      state: 'erwartet',
      method: 'directDebit',
      debitOn: '2026-12-04',
    });
    // A debit cannot come back before it arrived.
    await expectProblem(
      await step(receipt.reference, { outcome: 'returned', on: '2026-12-10', reason: 'AM04' }),
      409,
      advancePaymentProblemCodes.transition,
    );
    await stepped(receipt.reference, { outcome: 'received', on: '2026-12-04' });
    const returned = await stepped(receipt.reference, {
      outcome: 'returned',
      on: '2026-12-10',
      reason: 'MD06',
    });
    const state = await stateOf(receipt);
    expect(returned).toEqual(state);
    expect(state.advancePayment).toMatchObject({
      state: 'zurueckgebucht',
      receivedOn: '2026-12-04',
      returnedOn: '2026-12-10',
      returnReason: 'MD06',
    });
    expect(
      state.exemptions?.map(({ memberId, status, gueltigAb, endedOn }) => [
        memberId,
        status,
        gueltigAb,
        endedOn,
      ]),
    ).toEqual([
      ['applicant', false, '2026-12-04', '2026-12-10'],
      ['c1', false, '2026-12-04', '2026-12-10'],
      ['c2', false, '2026-12-04', '2026-12-10'],
    ]);
    // Nothing follows a return.
    await expectProblem(
      await step(receipt.reference, { outcome: 'received', on: '2026-12-11' }),
      409,
      advancePaymentProblemCodes.transition,
    );
  });

  it('has no advance payment in an ordinary application, and the control refuses it', async () => {
    const receipt = await submit(target(), 'advance-ordinary');
    const state = await stateOf(receipt);
    expect(state).not.toHaveProperty('advancePayment');
    expect(state).not.toHaveProperty('exemptions');
    expect(state).not.toHaveProperty('exemptedElsewhere');
    await expectProblem(
      await step(receipt.reference, { outcome: 'received', on: '2026-03-10' }),
      409,
      advancePaymentProblemCodes.notAdvancePayment,
    );
    await expectProblem(
      await step('ZB-2026-999999', { outcome: 'received', on: '2026-03-10' }),
      404,
      codes.notFound,
    );
    await expectProblem(await step(receipt.reference, { outcome: 'paid' }), 400, 'request.invalid');
  });

  it('refuses a bundle whose amount is not the limit with 422 submission.invalidBundle', async () => {
    const response = await postBundle(
      target(),
      advanceBundle('ZBA-ADV000000006', { method: 'transfer', amountCents: limitCents + 1 }),
    );
    const refused = await expectProblem(response, 422, codes.invalidBundle);
    expect(refused.errors?.map((error) => error.path)).toEqual(['data/application.json']);
    // Refused before a reference was drawn: the same application with the right amount is a first arrival.
    await send('ZBA-ADV000000006', { method: 'transfer' });
  });
});
