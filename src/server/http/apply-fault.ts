import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FaultAction } from '../demo/fault-switch';
import { sendProblem } from './problem';

/** Carries out a planned failure: a dropped connection (the client sees a network error) or a status. */
export function applyFault(request: FastifyRequest, reply: FastifyReply, action: FaultAction): FastifyReply {
  if (action.kind === 'status') {
    return sendProblem(reply, action.status, 'mock.plannedFailure', 'Planned failure of the demo server');
  }
  reply.hijack();
  request.raw.socket.destroy();
  return reply;
}
