import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { applicationSecretHeader, invitationProblemCodes as codes } from '../../api/contracts/invitations';
import type { ServerContext } from '../app/server-context';
import { audit } from '../audit/audit-log';
import { sendProblem } from '../http/problem';
import { sameSecret } from '../secrets/keyed-hash';
import { sha256Hex } from './invitation-credentials';
import { findApplication, type ApplicationInProgress } from './invitation-repository';

const uuid = z.uuid();

/**
 * The applicant's way into their application in progress: its id in the path and its secret in the
 * X-Application-Secret header, compared by SHA-256 in constant time. A missing or wrong secret and an unknown id
 * get the same 401, so neither can be probed; 256 random bits need no throttle. (Logged-in roles never get here:
 * the access check refuses them with 403 on every applicant endpoint.) undefined means the answer was sent.
 */
export async function applicantApplication(
  ctx: ServerContext,
  request: FastifyRequest<{ Params: { applicationId: string } }>,
  reply: FastifyReply,
  action: string,
): Promise<ApplicationInProgress | undefined> {
  const typed = request.headers[applicationSecretHeader.toLowerCase()];
  const id = request.params.applicationId;
  const found =
    typeof typed === 'string' && uuid.safeParse(id).success ? await findApplication(ctx.db, id) : undefined;
  if (!found || typeof typed !== 'string' || !sameSecret(sha256Hex(typed), found.secretSha256)) {
    await audit(ctx.db, { at: ctx.clock.now(), actorRole: 'none', action, outcome: 'refused' });
    await sendProblem(
      reply,
      401,
      codes.applicationUnauthenticated,
      `The ${applicationSecretHeader} header is missing or wrong`,
    );
    return undefined;
  }
  return found;
}
