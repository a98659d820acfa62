/** Contract of the demo backend's failure switch (mocks/control); it exists only in demo and test builds. */
import { z } from 'zod';

export const mockControlPath = '/api/__mock/control';

export const mockControlRequestSchema = z.strictObject({
  failures: z
    .array(
      z.strictObject({
        route: z.string().min(1),
        count: z.number().int().min(1).max(100),
        error: z.union([z.literal('network'), z.number().int().min(400).max(599)]),
      }),
    )
    .optional(),
  latencyMs: z.number().int().min(0).max(60_000).optional(),
});

export type MockControlRequest = z.infer<typeof mockControlRequestSchema>;

export const mockControlStateSchema = z.object({
  failures: z.array(
    z.object({
      route: z.string(),
      remaining: z.number().int(),
      error: z.union([z.literal('network'), z.number().int()]),
    }),
  ),
  latencyMs: z.number().int(),
  routes: z.array(z.string()),
});

export type MockControlState = z.infer<typeof mockControlStateSchema>;
