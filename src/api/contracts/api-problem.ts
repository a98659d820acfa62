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

export type ApiProblem = z.infer<typeof apiProblemSchema>;
