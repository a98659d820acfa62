import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FaultAction } from '../demo/fault-switch';
import { sendProblem } from './problem';

/**
 * Carries out a planned failure: a status, or a connection that breaks while the answer starts. A few bytes of a
 * status line go out before the socket is destroyed: a connection closed before any byte of an answer is one a
 * browser may silently send the request again on (it takes it for a stale keep-alive socket), and the demo's
 * failures must reach the app.
 */
export function applyFault(request: FastifyRequest, reply: FastifyReply, action: FaultAction): FastifyReply {
  if (action.kind === 'status') {
    return sendProblem(reply, action.status, 'mock.plannedFailure', 'Planned failure of the demo server');
  }
  reply.hijack();
  const socket = request.raw.socket;
  socket.write('HTTP/1.1 ', () => socket.destroy());
  return reply;
}
