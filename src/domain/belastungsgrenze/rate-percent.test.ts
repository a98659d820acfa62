import { describe, expect, it } from 'vitest';
import { rateFor } from './rate-percent';

describe('rateFor (§ 62 Abs. 1 S. 2 SGB V, docs/rules/rules.md § 3.4)', () => {
  it('is 2 % when nobody counted is chronically ill', () => {
    const rate = rateFor([{ id: 'a', chronicallyIll: false }]);
    expect([rate.ratePercent, rate.reason.code]).toEqual([2, 'standard']);
  });

  it('is 1 % for the whole household when any counted member is chronically ill, naming who', () => {
    const rate = rateFor([
      { id: 'a', chronicallyIll: false },
      { id: 'k', chronicallyIll: true },
    ]);
    expect(rate.ratePercent).toBe(1);
    expect(rate.reason.chronicallyIllMemberIds).toEqual(['k']);
    expect(rate.reason.explanation.de).toContain('ganzen Haushalt');
  });
});
