import type { FastifyInstance, FastifyReply } from 'fastify';
import { commonProblemCodes } from '../../api/contracts/api-problem';
import {
  insuredIdentitySchema,
  insuredObjectionRequestSchema,
  insuredObjectionWithdrawalPath,
  insuredObjectionsPath,
  insuredStatusChecksPath,
  type InsuredStatusChecks,
} from '../../api/contracts/provider-check';
import type { ServerContext } from '../app/server-context';
import { audit } from '../audit/audit-log';
import type { Queryable } from '../db/database';
import { sendProblem } from '../http/problem';
import { findRegisterEntry } from '../providers/provider-register';
import { insuredAccess } from './insured-access';
import { openObjectionsOf, recordObjection, withdrawObjection } from './objection-repository';
import { checksOfInsured } from './status-query-log';

/**
 * The insured person's list shows at most this many of the newest checks: the daily limit and the two years'
 * retention keep real lists far shorter; the cap only bounds the answer.
 */
export const insuredChecksLength = 1000;

async function insuredView(db: Queryable, kvnrHmac: string): Promise<InsuredStatusChecks> {
  return {
    checks: await checksOfInsured(db, kvnrHmac, insuredChecksLength),
    objections: await openObjectionsOf(db, kvnrHmac),
  };
}

const send = (reply: FastifyReply, view: InsuredStatusChecks) =>
  reply.header('Cache-Control', 'no-store').send(view);

/**
 * The insured person's view of the checks of their status, and objections per provider (issue 15, ADR 0026).
 * Public to the access check: KVNR and card number, in the POST body, are the credential (insured-access.ts).
 * Every route answers with the same list. Objections and withdrawals are audited with the provider's IK only;
 * nothing here audits or logs the KVNR or the card number.
 */
export function insuredRoutes(app: FastifyInstance, ctx: ServerContext): void {
  const access = insuredAccess(ctx);
  const config = { access: 'public' } as const;

  app.post(insuredStatusChecksPath, { config }, async (request, reply) => {
    const action = 'insured.status-checks';
    const insured = await access(request, reply, insuredIdentitySchema, action);
    if (!insured) return reply;
    await audit(ctx.db, { at: ctx.clock.now(), actorRole: 'none', action, outcome: 'ok' });
    return send(reply, await insuredView(ctx.db, insured.kvnrHmac));
  });

  // An IK that is not in the register names no provider that could check: a 400 on the field, like any other
  // body value the contract cannot use (the register is public; telling it reveals nothing about the person).
  const unknownProvider = (reply: FastifyReply) =>
    sendProblem(reply, 400, commonProblemCodes.requestInvalid, 'No provider with this IK is on file', [
      { path: 'ik', message: 'no provider with this IK is on file' },
    ]);

  app.post(insuredObjectionsPath, { config }, async (request, reply) => {
    const action = 'insured.objection';
    const insured = await access(request, reply, insuredObjectionRequestSchema, action);
    if (!insured) return reply;
    const now = ctx.clock.now();
    const ik = insured.body.ik;
    if ((await findRegisterEntry(ctx.db, ik)) === undefined) {
      await audit(ctx.db, { at: now, actorRole: 'none', action, objectRef: ik, outcome: 'refused' });
      return unknownProvider(reply);
    }
    await recordObjection(ctx.db, insured.kvnrHmac, ik, now);
    await audit(ctx.db, { at: now, actorRole: 'none', action, objectRef: ik, outcome: 'ok' });
    return send(reply, await insuredView(ctx.db, insured.kvnrHmac));
  });

  app.post(insuredObjectionWithdrawalPath, { config }, async (request, reply) => {
    const action = 'insured.objection-withdrawal';
    const insured = await access(request, reply, insuredObjectionRequestSchema, action);
    if (!insured) return reply;
    const now = ctx.clock.now();
    const ik = insured.body.ik;
    // Nothing open to withdraw is no error: the answer shows the objections that are open.
    const withdrawn = await withdrawObjection(ctx.db, insured.kvnrHmac, ik, now);
    await audit(ctx.db, {
      at: now,
      actorRole: 'none',
      action,
      objectRef: ik,
      ...(withdrawn ? {} : { detail: 'none open' }),
      outcome: 'ok',
    });
    return send(reply, await insuredView(ctx.db, insured.kvnrHmac));
  });
}
