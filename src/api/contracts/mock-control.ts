/** Contract of the demo backend's failure switch (mocks/control); it exists only in demo and test builds. */
import { z } from 'zod';
import { submissionDecisionSchema, submissionStatusSchema } from './submission';

export const mockControlPath = '/api/__mock/control';

/**
 * 'lost-response': the server does its work (a submission is stored) and the answer never reaches the client,
 * as when the connection drops on the way back. On a route that changes nothing it is a network error.
 * 'stall': the server takes the request and never answers, as a connection that hangs on a train; nothing is
 * stored, and the connection stays open until the client gives up (or a quarter of an hour has passed).
 */
export const plannedErrorSchema = z.union([
  z.literal('network'),
  z.literal('lost-response'),
  z.literal('stall'),
  z.number().int().min(400).max(599),
]);

export const mockControlRequestSchema = z.strictObject({
  failures: z
    .array(
      z.strictObject({
        route: z.string().min(1),
        count: z.number().int().min(1).max(100),
        error: plannedErrorSchema,
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
      error: z.union([
        z.literal('network'),
        z.literal('lost-response'),
        z.literal('stall'),
        z.number().int(),
      ]),
    }),
  ),
  latencyMs: z.number().int(),
  routes: z.array(z.string()),
});

export type MockControlState = z.infer<typeof mockControlStateSchema>;

/** Demo and tests only: moves a submission's status forward, standing in for the caseworker. */
export const mockSubmissionStatusPath = '/api/__mock/submissions/:reference/status';

export const mockSubmissionStatusRequestSchema = z.strictObject({
  status: submissionStatusSchema,
  decision: submissionDecisionSchema.optional(),
});

export type MockSubmissionStatusRequest = z.infer<typeof mockSubmissionStatusRequestSchema>;
