import { describe, expect, it } from 'vitest';
import { checkPaymentStep, type ExpectedPayment } from './payment-step';

const debit: ExpectedPayment = { state: 'erwartet', method: 'directDebit', year: 2027 };
const received: ExpectedPayment = { ...debit, state: 'eingegangen', receivedOn: '2027-01-03' };

describe('checkPaymentStep', () => {
  it('takes money that arrives before or within the year, with its exemption period', () => {
    expect(checkPaymentStep(debit, { outcome: 'received', on: '2026-12-20' })).toEqual({
      ok: true,
      outcome: 'received',
      period: { gueltigAb: '2027-01-01', gueltigBis: '2027-12-31' },
    });
    expect(checkPaymentStep(debit, { outcome: 'received', on: '2027-03-10' })).toMatchObject({
      period: { gueltigAb: '2027-03-10' },
    });
  });

  it('refuses money after the year, a second receipt, and any step after a return', () => {
    expect(checkPaymentStep(debit, { outcome: 'received', on: '2028-01-01' }).ok).toBe(false);
    expect(checkPaymentStep(received, { outcome: 'received', on: '2027-02-01' }).ok).toBe(false);
    const returned: ExpectedPayment = { ...received, state: 'zurueckgebucht' };
    expect(checkPaymentStep(returned, { outcome: 'received', on: '2027-02-01' }).ok).toBe(false);
    expect(checkPaymentStep(returned, { outcome: 'returned', on: '2027-02-01' }).ok).toBe(false);
  });

  it('returns only a received direct debit, not before it arrived; never a transfer', () => {
    expect(checkPaymentStep(received, { outcome: 'returned', on: '2027-01-10' })).toEqual({
      ok: true,
      outcome: 'returned',
    });
    expect(checkPaymentStep(received, { outcome: 'returned', on: '2027-01-02' }).ok).toBe(false);
    expect(checkPaymentStep(debit, { outcome: 'returned', on: '2027-01-10' }).ok).toBe(false);
    const transfer: ExpectedPayment = { ...received, method: 'transfer' };
    expect(checkPaymentStep(transfer, { outcome: 'returned', on: '2027-01-10' })).toEqual({
      ok: false,
      reason: 'A transfer cannot be returned',
    });
  });
});
