import type { FastifyReply } from 'fastify';
import type { ZodError, ZodType } from 'zod';
import { commonProblemCodes } from '../../api/contracts/api-problem';
import type { ApiProblem } from '../../api/contracts/api-problem';

/** Every refusal is RFC 9457 problem details with a stable `code` (src/api/contracts). */
export function sendProblem(
  reply: FastifyReply,
  status: number,
  code: string,
  title: string,
  errors?: ApiProblem['errors'],
): FastifyReply {
  const body: ApiProblem = { title, status, code, ...(errors ? { errors } : {}) };
  return reply.code(status).type('application/problem+json').header('Cache-Control', 'no-store').send(body);
}

export const zodErrors = (error: ZodError): NonNullable<ApiProblem['errors']> =>
  error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));

/**
 * A JSON body checked against its contract: the data, or undefined once a 400 request.invalid naming each
 * field has been sent (the route then returns the reply).
 */
export function parseBody<T>(
  reply: FastifyReply,
  schema: ZodType<T>,
  body: unknown,
  title: string,
): T | undefined {
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  sendProblem(reply, 400, commonProblemCodes.requestInvalid, title, zodErrors(parsed.error));
  return undefined;
}
