import type { FastifyInstance } from 'fastify';
import type { ServerContext } from '../app/server-context';

/** The provider's status query and query history (issue 15); filled in by the status-check work. */
export function statusQueryRoutes(_app: FastifyInstance, _ctx: ServerContext): void {}
