import type { FastifyInstance } from 'fastify';
import type { ServerContext } from '../app/server-context';

/** The insured person's view of the checks of their status, and objections (issue 15). */
export function insuredRoutes(_app: FastifyInstance, _ctx: ServerContext): void {}
