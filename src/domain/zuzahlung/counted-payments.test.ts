import { describe, expect, it } from 'vitest';
import { countedPayments } from './counted-payments';

describe('countedPayments', () => {
  it('keeps counting categories of counted members, in input order', () => {
    const payments = [
      { id: 1, memberId: 'a', category: 'medicine' as const },
      { id: 2, memberId: 'a', category: 'dentures' as const },
      { id: 3, memberId: 'old', category: 'medicine' as const },
      { id: 4, memberId: 'c', category: 'transport' as const },
    ];
    expect(countedPayments(payments, ['a', 'c']).map((p) => p.id)).toEqual([1, 4]);
  });
});
