import type { FastifyInstance, FastifyRequest } from 'fastify';
import {
  providerApiKeyRequestSchema,
  providerApiKeyRoute,
  providerApiKeysPath,
  providerProblemCodes as codes,
} from '../../api/contracts/provider-check';
import type { ServerContext } from '../app/server-context';
import { audit } from '../audit/audit-log';
import { parseBody, sendProblem } from '../http/problem';
import { listProviderApiKeys, makeProviderApiKey, revokeProviderApiKey } from './provider-api-keys';
import type { ProviderIdentity } from './provider-identity';

/**
 * The provider's API keys for its practice or pharmacy software (issue 15): list, make (the key is shown once, in
 * this answer), revoke. Managed in the portal only, with a session: a key cannot make or revoke keys. Audited with
 * the IK and the key's id — never the key or its label.
 */
export function providerApiKeyRoutes(app: FastifyInstance, ctx: ServerContext): void {
  const config = { access: ['provider'] } as const;
  const providerOf = (request: FastifyRequest): ProviderIdentity => {
    if (!request.providerIdentity) throw new Error('provider route reached without a provider');
    return request.providerIdentity;
  };

  app.get(providerApiKeysPath, { config }, async (request, reply) =>
    reply
      .header('Cache-Control', 'no-store')
      .send({ keys: await listProviderApiKeys(ctx.db, providerOf(request).ik) }),
  );

  app.post(providerApiKeysPath, { config }, async (request, reply) => {
    const body = parseBody(reply, providerApiKeyRequestSchema, request.body, 'Invalid API key request');
    if (!body) return reply;
    const { ik } = providerOf(request);
    const now = ctx.clock.now();
    const made = await makeProviderApiKey(ctx.db, ik, body.label, now);
    await audit(ctx.db, {
      at: now,
      actorRole: 'provider',
      actorId: ik,
      action: 'provider.apiKey.created',
      detail: made.key.id,
      outcome: 'ok',
    });
    return reply.code(201).header('Cache-Control', 'no-store').send(made);
  });

  app.delete<{ Params: { keyId: string } }>(providerApiKeyRoute, { config }, async (request, reply) => {
    const { ik } = providerOf(request);
    const now = ctx.clock.now();
    const revoked = await revokeProviderApiKey(ctx.db, ik, request.params.keyId, now);
    if (!revoked) return sendProblem(reply, 404, codes.apiKeyNotFound, 'You have no API key with this id');
    await audit(ctx.db, {
      at: now,
      actorRole: 'provider',
      actorId: ik,
      action: 'provider.apiKey.revoked',
      detail: request.params.keyId.toLowerCase(),
      outcome: 'ok',
    });
    return reply.code(204).header('Cache-Control', 'no-store').send();
  });
}
