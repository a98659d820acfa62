import type { FastifyInstance } from 'fastify';
import type { ServerContext } from '../app/server-context';

/**
 * /healthz: the process answers (a load balancer restarts it when not). /readyz: the database answers too (a
 * load balancer sends no traffic until it does). Neither reveals anything but ok or not.
 */
export function healthRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.get('/healthz', { config: { access: 'public' } }, async (_request, reply) =>
    reply.header('Cache-Control', 'no-store').send({ status: 'ok' }),
  );
  app.get('/readyz', { config: { access: 'public' } }, async (_request, reply) => {
    reply.header('Cache-Control', 'no-store');
    try {
      await ctx.db.query('SELECT 1');
      return reply.send({ status: 'ok' });
    } catch {
      return reply.code(503).send({ status: 'unavailable' });
    }
  });
}
