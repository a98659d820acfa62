import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FaultAction } from '../demo/fault-switch';
import { sendProblem } from './problem';

/**
 * A broken answer: two Content-Length headers that disagree. Browsers and Node's fetch refuse such a response as
 * a network error. A connection that simply breaks would do the same for curl, but Chromium silently sends the
 * request again when a connection breaks before the answer starts (it takes the socket for a stale keep-alive
 * one), so the demo's planned drop would never reach the app.
 */
const brokenAnswer = 'HTTP/1.1 502 Connection dropped\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n';

/** Carries out a planned failure: a status, a connection that breaks on the way back, or one that hangs. */
export function applyFault(request: FastifyRequest, reply: FastifyReply, action: FaultAction): FastifyReply {
  if (action.kind === 'status') {
    return sendProblem(reply, action.status, 'mock.plannedFailure', 'Planned failure of the demo server');
  }
  reply.hijack();
  const socket = request.raw.socket;
  if (action.kind === 'stall') {
    // Not a byte back: the client's own timeout has to end it (or the switch, when the server stops).
    action.hold(socket);
    return reply;
  }
  socket.end(brokenAnswer, () => socket.destroy());
  return reply;
}
