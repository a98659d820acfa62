import type { FastifyInstance } from 'fastify';
import { commonProblemCodes } from '../../api/contracts/api-problem';
import {
  providerChallengePath,
  providerLetterRequestPath,
  providerLetterRequestSchema,
  providerProblemCodes as codes,
  type ProviderLetterRequest,
} from '../../api/contracts/provider-check';
import { validateIk } from '../../domain/identifiers/ik';
import type { ServerContext } from '../app/server-context';
import { audit, type AuditEntry } from '../audit/audit-log';
import { parseBody, sendProblem } from '../http/problem';
import { createLetterChallenge, verifyLetterChallenge } from './letter-challenge';
import { ensureProviderAccount, lockProviderAccount } from './provider-accounts';
import { readProviderCheckSettings } from './provider-check-settings';
import { makeProviderLetter, withinLetterLimit } from './provider-letters';
import { findRegisterEntry } from './provider-register';

/** What became of a letter request with a solved challenge; the caller is told none of it (always 202). */
type LetterOutcome = 'sent' | 'unknownIk' | 'termsMissing' | 'letterLimit';

const auditOutcome: Record<LetterOutcome, AuditEntry['outcome']> = {
  sent: 'ok',
  unknownIk: 'not-found',
  termsMissing: 'refused',
  letterLimit: 'refused',
};

/**
 * Registration and new letters (issue 15, ADR 0026): the proof-of-work challenge, and the letter request. A
 * well-formed request with a solved challenge is always answered 202 {accepted: true}: whether the IK is in the
 * register, has an account, or has had its letters for the month is never told. A letter goes only to the address
 * in the register. Each request is audited with the IK (an institution's number) and what became of it.
 */
export function providerLetterRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.get(providerChallengePath, { config: { access: 'public' } }, async (_request, reply) =>
    reply.header('Cache-Control', 'no-store').send(await createLetterChallenge(ctx.secret, ctx.clock.now())),
  );

  const letterFor = (body: ProviderLetterRequest, now: Date): Promise<LetterOutcome> =>
    ctx.db.transaction(async (tx) => {
      const entry = await findRegisterEntry(tx, body.ik);
      if (!entry) return 'unknownIk';
      if (!(await lockProviderAccount(tx, body.ik))) {
        // A new account only with the terms of use accepted; a "new letter" for an IK without an account is none.
        if (!body.termsAccepted) return 'termsMissing';
        await ensureProviderAccount(tx, body.ik, now);
        await lockProviderAccount(tx, body.ik);
      }
      if (!(await withinLetterLimit(tx, body.ik, now))) return 'letterLimit';
      const settings = await readProviderCheckSettings(tx);
      await makeProviderLetter(tx, ctx.secret, {
        entry,
        reason: body.reason,
        now,
        validDays: settings.letterValidDays,
        insurer: ctx.config.insurer,
      });
      return 'sent';
    });

  app.post(providerLetterRequestPath, { config: { access: 'public' } }, async (request, reply) => {
    const body = parseBody(reply, providerLetterRequestSchema, request.body, 'Invalid letter request');
    if (!body) return reply;
    const ik = validateIk(body.ik);
    if (!ik.ok) {
      return sendProblem(reply, 400, commonProblemCodes.requestInvalid, 'Invalid letter request', [
        { path: 'ik', message: ik.problem.message.en },
      ]);
    }
    if (body.reason === 'registration' && !body.termsAccepted) {
      return sendProblem(reply, 422, codes.termsNotAccepted, 'Please accept the terms of use');
    }
    const now = ctx.clock.now();
    const verdict = await verifyLetterChallenge(ctx.db, ctx.secret, body.altcha, now);
    if (verdict !== 'ok') {
      request.log.info({ verdict }, 'provider letter request: challenge not accepted');
      return sendProblem(
        reply,
        400,
        codes.challengeFailed,
        'The challenge was not solved, has expired or was used before; please start again',
      );
    }
    const outcome = await letterFor(body, now);
    await audit(ctx.db, {
      at: now,
      actorRole: 'none',
      action: `provider.letter-request.${body.reason}`,
      objectRef: body.ik,
      detail: outcome,
      outcome: auditOutcome[outcome],
    });
    request.log.info({ reason: body.reason }, 'provider letter request accepted');
    return reply.code(202).header('Cache-Control', 'no-store').send({ accepted: true });
  });
}
