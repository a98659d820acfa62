import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { parseLimitCase } from './parse-limit-case';

// The app runs under a strict CSP and calls z.config({ jitless: true }) at start-up: the schema
// must give the same answers without zod's eval-based fast path.
describe('limit case schema under jitless zod', () => {
  it('parses and rejects the same way', () => {
    z.config({ jitless: true });
    const good = { year: 2025, members: [{ id: 'a', relation: 'applicant', birthDate: '1960-01-01' }] };
    expect(parseLimitCase(good).ok).toBe(true);
    const bad = parseLimitCase({ ...good, extra: 1 });
    expect(bad.ok === false && bad.problem.message.en).toBe('extra: unknown key');
  });
});
