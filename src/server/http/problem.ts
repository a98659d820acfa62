import type { FastifyReply } from 'fastify';
import type { ZodError } from 'zod';
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
