import type { FastifyInstance } from 'fastify';
import {
  applicationsPath,
  registerApplicationRequestSchema,
  type RegisteredApplication,
} from '../../api/contracts/invitations';
import { clientSubject } from '../app/client-subject';
import type { ServerContext } from '../app/server-context';
import { audit } from '../audit/audit-log';
import { parseBody } from '../http/problem';
import { hit } from '../rate-limit/rate-limiter';
import { rateLimited } from '../submissions/abrufcode-lookup';
import { newSecret256, sha256Hex } from './invitation-credentials';
import { registerApplication } from './invitation-repository';

/** Registrations per client address and hour: a household registers once; a script cannot fill the table. */
export const registrationsPerHour = 30;

/**
 * POST /api/v1/applications (issue 14): the first invitation registers the application-to-be. Public and
 * rate-limited per client; the answer's secret is shown once, the server keeps its SHA-256.
 */
export function applicationRoutes(app: FastifyInstance, ctx: ServerContext): void {
  const rule = { bucket: 'applications', limit: registrationsPerHour, windowMs: 60 * 60 * 1000 };
  app.post(applicationsPath, { config: { access: 'public' } }, async (request, reply) => {
    const now = ctx.clock.now();
    const allowed = await hit(ctx.db, rule, clientSubject(ctx.secret, request), now);
    if (!allowed.allowed) {
      return rateLimited(
        reply,
        allowed.retryAfterSeconds,
        'Too many applications registered from this client',
      );
    }
    const parsed = parseBody(reply, registerApplicationRequestSchema, request.body, 'Invalid registration');
    if (parsed === undefined) return reply;
    const secret = newSecret256();
    const registered = await registerApplication(
      ctx.db,
      { secretSha256: sha256Hex(secret), year: parsed.year, applicantGivenName: parsed.applicantGivenName },
      now,
    );
    await audit(ctx.db, {
      at: now,
      actorRole: 'none',
      action: 'application.register',
      objectRef: registered.id,
      outcome: 'ok',
    });
    const body: RegisteredApplication = { applicationId: registered.id, applicationSecret: secret };
    return reply.code(201).header('Cache-Control', 'no-store').send(body);
  });
}
