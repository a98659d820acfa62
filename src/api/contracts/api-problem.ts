import { z } from 'zod';

/** Error body of every failed API call (RFC 9457 problem details, with a stable machine-readable code). */
export const apiProblemSchema = z.object({
  type: z.string().optional(),
  title: z.string(),
  status: z.number().int(),
  code: z.string(),
  detail: z.string().optional(),
  errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});

/** Codes every endpoint may answer with. */
export const commonProblemCodes = {
  /** 400: a JSON body that does not match the contract (unknown fields included). */
  requestInvalid: 'request.invalid',
  /** 429: too many requests from this client; Retry-After says when to come back. */
  rateLimited: 'request.rateLimited',
  /** 404: no such endpoint. */
  notFound: 'request.notFound',
  /** 500: the server failed; nothing was changed. */
  internal: 'server.internal',
} as const;

export type ApiProblem = z.infer<typeof apiProblemSchema>;
