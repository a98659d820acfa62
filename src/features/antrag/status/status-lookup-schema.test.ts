import { describe, expect, it } from 'vitest';
import { normalizeReference, statusLookupSchema } from './status-lookup-schema';

const code = '7K3Q-M2ZD-8VXA-0P4N-R6TW-1HJC-9GEB';

describe('the status lookup form', () => {
  it.each([
    ['ZB-2026-000123', 'ZB-2026-000123'],
    [' zb-2026-000123 ', 'ZB-2026-000123'],
    ['zb 2026 000123', 'ZB-2026-000123'],
  ])('reads the reference %j as %s', (typed, expected) => {
    expect(normalizeReference(typed)).toBe(expected);
  });

  it('accepts the typing variants of the code and gives the printed forms', () => {
    const typed = code.toLowerCase().replace(/-/g, ' ').replace('0', 'o').replace('1', 'l');
    expect(statusLookupSchema.parse({ reference: 'zb-2026-000123', abrufcode: typed })).toEqual({
      reference: 'ZB-2026-000123',
      abrufcode: code,
    });
  });

  it.each([
    [{ reference: '', abrufcode: '' }, ['lookup.error.reference.required', 'lookup.error.code.required']],
    [{ reference: 'ZB-26-123', abrufcode: code }, ['lookup.error.reference.format']],
    [{ reference: 'ZB-2026-000123', abrufcode: code.slice(0, 20) }, ['lookup.error.code.format']],
    [{ reference: 'ZB-2026-000123', abrufcode: code.replace('7', 'U') }, ['lookup.error.code.format']],
  ])('refuses %j with message keys', (input, keys) => {
    const parsed = statusLookupSchema.safeParse(input);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => issue.message)).toEqual(keys);
  });
});
