import { HttpResponse } from 'msw';
import type { ApiProblem } from '../../src/api/contracts/api-problem';

export function problem(
  status: number,
  code: string,
  title: string,
  errors?: ApiProblem['errors'],
): Response {
  const body: ApiProblem = { title, status, code, ...(errors ? { errors } : {}) };
  return HttpResponse.json(body, { status, headers: { 'Content-Type': 'application/problem+json' } });
}
