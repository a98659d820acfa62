import { expect, it } from 'vitest';
import { disableZodEval } from './zod-without-eval';

it('makes zod run without eval when set before zod loads', async () => {
  disableZodEval();
  const { z } = await import('zod');
  expect(z.config().jitless).toBe(true);
  // And zod still parses objects correctly without its compiled fast path.
  expect(z.object({ a: z.number() }).parse({ a: 1 })).toEqual({ a: 1 });
});
