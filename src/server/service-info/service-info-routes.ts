import type { FastifyInstance } from 'fastify';
import { serviceInfoPath, type ServiceInfo } from '../../api/contracts/service-info';
import type { ServerContext } from '../app/server-context';
import { applyFault } from '../http/apply-fault';

export const serviceInfoRoute = 'service-info';

/** The insurer's public contact details, from the configuration (another insurer, other values). */
export function serviceInfoRoutes(app: FastifyInstance, ctx: ServerContext): void {
  const { insurer } = ctx.config;
  const body: ServiceInfo = {
    insurerName: insurer.name,
    demo: ctx.config.mode === 'demo',
    phone: insurer.phone,
    phoneHours: insurer.phoneHours,
    email: insurer.email,
    postalAddress: insurer.postalAddress,
    advancePayment: {
      accountHolder: insurer.accountHolder,
      iban: insurer.iban,
      bic: insurer.bic,
      creditorId: insurer.creditorId,
      referenceStyle: insurer.paymentReferenceStyle,
    },
  };
  app.get(serviceInfoPath, { config: { access: 'public' } }, async (request, reply) => {
    const fault = await ctx.faults.before(serviceInfoRoute);
    if (fault) return applyFault(request, reply, fault);
    return reply.header('Cache-Control', 'no-store').send(body);
  });
}
