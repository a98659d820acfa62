import Fastify, {
  LogController,
  type FastifyBaseLogger,
  type FastifyError,
  type FastifyInstance,
} from 'fastify';
import { securityHeaders } from '../../../config/security-headers';
import { commonProblemCodes } from '../../api/contracts/api-problem';
import { submissionProblemCodes, submissionsPath } from '../../api/contracts/submission';
import { registerAccessControl } from '../auth/access-control';
import type { Access } from '../auth/roles';
import { caseHistoryRoutes } from '../caseworker/case-history-routes';
import { caseDecisionRoutes } from '../caseworker/case-decision-routes';
import { caseQueueRoutes } from '../caseworker/case-queue-routes';
import { caseReviewRoutes } from '../caseworker/case-review-routes';
import { caseworkerRoutes } from '../caseworker/caseworker-routes';
import type { SettableClock } from '../clock/clock';
import { demoRoutes } from '../demo/demo-routes';
import type { ControllableFaultSwitch } from '../demo/fault-switch';
import { accessibilityFeedbackRoutes } from '../feedback/accessibility-feedback-routes';
import { healthRoutes } from '../http/health-routes';
import { applicationRoutes } from '../invitations/application-routes';
import { invitationOpenRoutes } from '../invitations/invitation-open-routes';
import { invitationRoutes } from '../invitations/invitation-routes';
import { memberPartRoutes } from '../invitations/member-part-routes';
import { memberSessionRoutes } from '../invitations/member-session-routes';
import { sendProblem } from '../http/problem';
import { registerStaticApp } from '../http/static-app';
import { providerApiKeyRoutes } from '../providers/provider-api-key-routes';
import { providerLetterRoutes } from '../providers/provider-letter-routes';
import { providerSessionRoutes } from '../providers/provider-session-routes';
import { serviceInfoRoutes } from '../service-info/service-info-routes';
import { applicantCaseRoutes, registerDocumentParsers } from '../submissions/applicant-case-routes';
import { registerZipParser, submissionRoutes } from '../submissions/submission-routes';
import { insuredRoutes } from '../status-check/insured-routes';
import { statusQueryRoutes } from '../status-check/status-query-routes';
import type { ServerContext } from './server-context';

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
}

export type DemoControls = { faults: ControllableFaultSwitch; clock: SettableClock };

/** Every endpoint the server has, with whom it admits: the role × endpoint matrix test walks this list. */
export type RegisteredEndpoint = { method: string; url: string; access: Access };

/**
 * The HTTP server: security headers on every answer, the API under /api/v1, health probes, demo routes only
 * when `demo` is given (demo mode), and the built app with its history fallback.
 */
export async function buildApp(
  ctx: ServerContext,
  demo: DemoControls | undefined,
): Promise<{
  app: FastifyInstance;
  endpoints: RegisteredEndpoint[];
  servesApp: boolean;
}> {
  const app = Fastify({
    loggerInstance: ctx.logger as FastifyBaseLogger,
    // Fastify's own request lines carry URLs and addresses; ours (onResponse below) carry neither.
    logController: new LogController({ disableRequestLogging: true }),
    trustProxy: ctx.config.trustProxy,
    // Slow phone uploads of a full bundle still finish; a stalled one does not hold the socket for ever.
    requestTimeout: 120_000,
    bodyLimit: 64 * 1024,
    return503OnClosing: true,
  });
  const endpoints: RegisteredEndpoint[] = [];
  app.addHook('onRoute', (route) => {
    if (!route.url?.startsWith('/api/') && route.url !== '/healthz' && route.url !== '/readyz') return;
    const access = route.config?.access;
    // An endpoint without a declared audience is a mistake caught at start, never a silently open door.
    if (access === undefined) throw new Error(`${route.method} ${route.url} declares no access`);
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD') endpoints.push({ method, url: route.url, access });
    }
  });

  const headers = securityHeaders({ https: false });
  app.addHook('onRequest', async (_request, reply) => {
    reply.headers(headers);
  });
  // Each route's `access` is enforced here, before any body is read (src/server/auth/access-control.ts).
  registerAccessControl(app, ctx);
  // One line per request: route pattern, status, time. Never the URL's values, headers, bodies or addresses.
  app.addHook('onResponse', async (request, reply) => {
    request.log.info(
      {
        method: request.method,
        route: request.routeOptions.url ?? 'unmatched',
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime),
      },
      'request',
    );
  });

  app.setErrorHandler((error: FastifyError, request, reply) => {
    const isSubmission = request.routeOptions.url === submissionsPath;
    switch (error.code) {
      case 'FST_ERR_CTP_BODY_TOO_LARGE':
        return sendProblem(
          reply,
          413,
          isSubmission ? submissionProblemCodes.tooLarge : 'request.tooLarge',
          'The request body is too large',
        );
      case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
        return sendProblem(
          reply,
          415,
          isSubmission ? submissionProblemCodes.unsupportedMediaType : 'request.unsupportedMediaType',
          'Unsupported content type',
        );
      case 'FST_ERR_CTP_INVALID_JSON_BODY':
      case 'FST_ERR_CTP_EMPTY_JSON_BODY':
        return sendProblem(reply, 400, commonProblemCodes.requestInvalid, 'The body is not valid JSON');
      default:
        if (error.statusCode !== undefined && error.statusCode < 500) {
          return sendProblem(reply, error.statusCode, commonProblemCodes.requestInvalid, 'Invalid request');
        }
        request.log.error({ err: error }, 'request failed');
        return sendProblem(reply, 500, commonProblemCodes.internal, 'The server failed; nothing was changed');
    }
  });

  registerZipParser(app);
  registerDocumentParsers(app);
  healthRoutes(app, ctx);
  serviceInfoRoutes(app, ctx);
  accessibilityFeedbackRoutes(app, ctx);
  submissionRoutes(app, ctx);
  caseworkerRoutes(app, ctx);
  caseHistoryRoutes(app, ctx);
  caseQueueRoutes(app, ctx);
  caseReviewRoutes(app, ctx);
  caseDecisionRoutes(app, ctx);
  applicantCaseRoutes(app, ctx);
  applicationRoutes(app, ctx);
  invitationRoutes(app, ctx);
  invitationOpenRoutes(app, ctx);
  memberSessionRoutes(app, ctx);
  memberPartRoutes(app, ctx);
  providerLetterRoutes(app, ctx);
  providerSessionRoutes(app, ctx);
  providerApiKeyRoutes(app, ctx);
  statusQueryRoutes(app, ctx);
  insuredRoutes(app, ctx);
  if (demo) demoRoutes(app, ctx, demo);
  const servesApp = await registerStaticApp(app, ctx.config.staticDir);

  app.setNotFoundHandler(async (request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    const wantsPage = (request.method === 'GET' || request.method === 'HEAD') && !path.startsWith('/api/');
    if (wantsPage && servesApp && !/\.[a-z0-9]+$/i.test(path)) {
      return reply
        .header('Cache-Control', 'no-store')
        .type('text/html; charset=utf-8')
        .sendFile('index.html');
    }
    return sendProblem(reply, 404, commonProblemCodes.notFound, 'Not found');
  });

  await app.ready();
  return { app, endpoints, servesApp };
}
