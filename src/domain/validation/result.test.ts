import { describe, expect, it } from 'vitest';

import { fail, ok } from './result';

describe('result helpers', () => {
  it('wraps a value', () => {
    expect(ok(42)).toEqual({ ok: true, value: 42 });
  });

  it('builds a problem with a code and both languages', () => {
    expect(fail('kvnr.length', 'Deutsch', 'English')).toEqual({
      ok: false,
      problem: { code: 'kvnr.length', message: { de: 'Deutsch', en: 'English' } },
    });
  });
});
