import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { paymentTimeline } from './payment-timeline';

const p = (date: string, amountCents: number, id = date) => ({ id, date, amountCents });

describe('paymentTimeline', () => {
  it('sorts by date, keeps a running sum and finds the day the limit is reached', () => {
    const t = paymentTimeline(
      [p('2025-05-02', 1_000), p('2025-01-15', 500), p('2025-03-01', 28_000)],
      29_000,
    );
    expect(t.entries.map((e) => [e.date, e.runningCents])).toEqual([
      ['2025-01-15', 500],
      ['2025-03-01', 28_500],
      ['2025-05-02', 29_500],
    ]);
    expect(t).toMatchObject({
      paidCents: 29_500,
      limitReachedOn: '2025-05-02',
      refundCents: 500,
      remainingCents: 0,
    });
  });

  it('counts reaching the limit exactly as reaching it', () => {
    expect(paymentTimeline([p('2025-09-05', 1_000)], 1_000).limitReachedOn).toBe('2025-09-05');
  });

  it('returns null and the remaining amount when the limit is not reached', () => {
    const t = paymentTimeline([p('2025-02-01', 999)], 1_000);
    expect(t).toMatchObject({ limitReachedOn: null, refundCents: 0, remainingCents: 1 });
    expect(paymentTimeline([], 0)).toMatchObject({ paidCents: 0, limitReachedOn: null, remainingCents: 0 });
  });

  it('with a limit of 0 returns the first counted payment’s date and refunds everything', () => {
    const t = paymentTimeline([p('2025-06-01', 700), p('2025-02-03', 300)], 0);
    expect(t).toMatchObject({ limitReachedOn: '2025-02-03', refundCents: 1_000 });
  });

  it('keeps the input order for payments on the same date', () => {
    const t = paymentTimeline(
      [p('2025-03-03', 100, 'b'), p('2025-01-01', 100, 'a'), p('2025-03-03', 100, 'c')],
      0,
    );
    expect(t.entries.map((e) => e.id)).toEqual(['a', 'b', 'c']);
  });
});

const date = fc
  .record({ month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }) })
  .map(({ month, day }) => `2025-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
const payments = fc.array(fc.record({ date, amountCents: fc.integer({ min: 1, max: 50_000 }) }), {
  maxLength: 30,
});
const limit = fc.integer({ min: 0, max: 300_000 });

describe('paymentTimeline — properties', () => {
  it('gives the same result whatever the input order when dates are distinct', () => {
    const distinct = fc.uniqueArray(fc.record({ date, amountCents: fc.integer({ min: 1, max: 50_000 }) }), {
      selector: (x) => x.date,
      maxLength: 30,
    });
    fc.assert(
      fc.property(
        distinct.chain((ps) => fc.tuple(fc.constant(ps), fc.shuffledSubarray(ps, { minLength: ps.length }))),
        limit,
        ([a, b], l) => {
          expect(paymentTimeline(b, l)).toEqual(paymentTimeline(a, l));
        },
      ),
    );
  });

  it('returns the first date by which the payments add up to the limit', () => {
    fc.assert(
      fc.property(payments, limit, (ps, l) => {
        const { limitReachedOn, paidCents } = paymentTimeline(ps, l);
        const sumUpTo = (d: string, inclusive: boolean) =>
          ps.filter((x) => (inclusive ? x.date <= d : x.date < d)).reduce((s, x) => s + x.amountCents, 0);
        if (limitReachedOn === null) {
          expect(ps.length === 0 || paidCents < l).toBe(true);
        } else {
          expect(sumUpTo(limitReachedOn, true)).toBeGreaterThanOrEqual(l);
          // with a limit of 0 the first payment reaches it; otherwise the day before had not
          if (l === 0) expect(limitReachedOn).toBe([...ps].map((x) => x.date).sort()[0]);
          else expect(sumUpTo(limitReachedOn, false)).toBeLessThan(l);
        }
      }),
    );
  });

  it('refunds max(0, paid − limit) and leaves max(0, limit − paid)', () => {
    fc.assert(
      fc.property(payments, limit, (ps, l) => {
        const t = paymentTimeline(ps, l);
        expect(t.paidCents).toBe(ps.reduce((s, x) => s + x.amountCents, 0));
        expect(t.refundCents).toBe(Math.max(0, t.paidCents - l));
        expect(t.remainingCents).toBe(Math.max(0, l - t.paidCents));
      }),
    );
  });
});
