import type { FastifyInstance, FastifyReply } from 'fastify';
import { commonProblemCodes } from '../../api/contracts/api-problem';
import {
  caseDecisionRequestSchema,
  caseDecisionRoute,
  caseReviewProblemCodes as codes,
  secondApprovalRoute,
  type CaseDecisionRequest,
} from '../../api/contracts/case-review';
import { berlinDateTime } from '../../documents/antrag/antrag-format';
import { decisionOutcome } from '../../documents/bescheid/decision-outcome';
import type { ApplicationDocument } from '../../domain/application/application-document';
import { proposeDecision } from '../../domain/case-review/propose-decision';
import type { ReceiptJudgement } from '../../domain/case-review/receipt-mark';
import { reviewedLimit } from '../../domain/case-review/reviewed-limit';
import { addDays } from '../../domain/limit-case/add-days';
import type { LimitCaseOutput } from '../../domain/limit-case/compute-limit-case';
import type { ServerContext } from '../app/server-context';
import { audit } from '../audit/audit-log';
import type { Queryable } from '../db/database';
import { sendProblem, zodErrors } from '../http/problem';
import { findAdvancePayment, kvnrHmac } from '../submissions/advance-payment-repository';
import { loadBundle } from '../submissions/bundle-store';
import { advanceSubmission } from '../submissions/submission-repository';
import { openCase, type OpenedCase } from './case-access';
import {
  findCase,
  findDecision,
  insertDecision,
  insertDocumentRequest,
  insertLetter,
  receiptJudgements,
  recordSecondApproval,
  reviewStateOf,
  type NewDecision,
} from './case-review-repository';
import { letterFrame, renderLetter } from './decision-letter';

/** A request for documents gives at least two weeks: a reasonable deadline for § 66 Abs. 3 SGB I. */
const minimumDeadlineDays = 14;

type Reviewed = {
  document: ApplicationDocument;
  judgements: Map<string, ReceiptJudgement>;
  limit: LimitCaseOutput;
};

/**
 * The application as the decision sees it: the stored bundle verified again by the same reader (a bundle that fails
 * now cannot be decided on), and the limit recomputed with the caseworker's marks (reviewedLimit), exactly as the
 * case view showed it.
 */
async function review(ctx: ServerContext, reference: string): Promise<Reviewed | { problem: string }> {
  const bundle = await loadBundle(ctx.db, reference);
  if (!bundle) return { problem: 'The case has no bundle' };
  const verdict = await ctx.verifier.verify(bundle.bytes);
  if (!verdict.ok) return { problem: 'The stored bundle fails verification' };
  const judgements = await receiptJudgements(ctx.db, reference);
  const limit = reviewedLimit(verdict.application, judgements);
  if (!limit.ok) return { problem: 'The rule engine refused the application' };
  return { document: verdict.application, judgements, limit: limit.value };
}

const letterDateOf = (at: Date) => berlinDateTime(at.toISOString()).date;

/** What the case's final decision writes, in one transaction: the status, the exemptions, the letter. */
async function finalize(
  ctx: ServerContext,
  tx: Queryable,
  opened: OpenedCase,
  reviewed: Reviewed,
  decision: NewDecision,
  caseworkerName: string,
): Promise<number> {
  const { document, judgements, limit } = reviewed;
  const reference = opened.found.reference;
  const frame = letterFrame(document, ctx.config, {
    reference,
    letterDate: letterDateOf(opened.at),
    caseworkerName,
  });
  const outcome = decisionOutcome(document, judgements, limit, decision, opened.at.toISOString());
  // The health card's co-payment status for the provider check (issue 15); an advance payment may have stored one
  // already for the same person, which stays.
  for (const person of outcome.exemptions) {
    await tx.query(
      `INSERT INTO exemption_statuses
         (reference, member_id, given_name, family_name, kvnr, kvnr_hmac, birth_date, status, gueltig_ab,
          gueltig_bis)
       VALUES ($1, $2, $3, $4, $5, $6, $7::date, true, $8::date, $9::date)
       ON CONFLICT (reference, member_id) DO NOTHING`,
      [
        reference,
        person.memberId,
        person.givenName,
        person.familyName,
        person.kvnr,
        kvnrHmac(ctx.secret, person.kvnr),
        person.birthDate,
        person.gueltigAb,
        person.gueltigBis,
      ],
    );
  }
  await advanceSubmission(tx, reference, {
    status: 'entschieden',
    from: ['eingegangen', 'in-bearbeitung'],
    updatedAt: opened.at,
    decision: outcome.applicantDecision,
  });
  const pdf = await renderLetter({ ...frame, decision: outcome.letter });
  return insertLetter(tx, reference, 'bescheid', pdf, opened.at);
}

/** The decision the request asks for, computed from the reviewed application; a problem code when it cannot be. */
async function decisionFor(
  ctx: ServerContext,
  request: Exclude<CaseDecisionRequest, { kind: 'requestDocuments' }>,
  reference: string,
  reviewed: Reviewed,
): Promise<NewDecision | { code: string; title: string }> {
  const { document, judgements, limit } = reviewed;
  const details = {
    limit: {
      limitCents: limit.limitCents,
      paidCents: limit.paidCents,
      limitReachedOn: limit.limitReachedOn,
      refundCents: limit.refundCents,
    },
    marks: Object.fromEntries([...judgements].map(([id, judgement]) => [id, judgement.mark])),
  };
  const advance = document.advancePayment ? await findAdvancePayment(ctx.db, reference) : undefined;
  const proposed = proposeDecision(request, document, limit, {
    fourEyesAboveCents: ctx.config.fourEyesAboveCents,
    advance: advance && {
      arrived: advance.status.state === 'eingegangen',
      exemption: advance.exemptions[0],
    },
  });
  if ('refused' in proposed) return { code: codes[proposed.refused], title: proposed.title };
  return { ...proposed, details };
}

/**
 * Deciding a case (issue 13, deliverable 6): approve, confirm an advance payment, reject, or request documents.
 * A refund above the configured amount waits for a second, different caseworker (four eyes): the proposer's
 * decision is stored as awaitingSecond, and only another caseworker's second approval makes it final and writes
 * the letter and the exemption statuses. Every step is audited.
 */
export function caseDecisionRoutes(app: FastifyInstance, ctx: ServerContext): void {
  const access = { config: { access: ['caseworker'] } } as const;
  // Read again: the decision has just moved the case's status.
  const state = async (reply: FastifyReply, opened: OpenedCase) => {
    const fresh = (await findCase(ctx.db, opened.found.reference)) ?? opened.found;
    return reply
      .header('Cache-Control', 'no-store')
      .send(await reviewStateOf(ctx.db, fresh, ctx.config.fourEyesAboveCents));
  };

  app.post<{ Params: { reference: string }; Body: unknown }>(
    caseDecisionRoute,
    access,
    async (request, reply) => {
      const parsed = caseDecisionRequestSchema.safeParse(request.body);
      const opened = await openCase(
        ctx,
        request,
        reply,
        'case.decision',
        'write',
        parsed.success ? parsed.data.kind : undefined,
      );
      if (!opened) return reply;
      const actor = { ...opened.actor, ...(parsed.success ? { detail: parsed.data.kind } : {}) };
      const refuse = async (status: number, code: string, title: string) => {
        await audit(ctx.db, { ...actor, outcome: 'refused' });
        return sendProblem(reply, status, code, title);
      };
      if (!parsed.success) {
        await audit(ctx.db, { ...actor, outcome: 'refused' });
        return sendProblem(
          reply,
          400,
          commonProblemCodes.requestInvalid,
          'The decision is not valid',
          zodErrors(parsed.error),
        );
      }
      const existing = await findDecision(ctx.db, opened.found.reference);
      if (existing) return refuse(409, codes.alreadyDecided, 'The case already has a decision');
      const reviewed = await review(ctx, opened.found.reference);
      if ('problem' in reviewed) return refuse(409, codes.bundleInvalid, reviewed.problem);
      const caseworkerName = request.caseworkerSession?.displayName ?? '';
      const body = parsed.data;

      if (body.kind === 'requestDocuments') {
        const today = letterDateOf(opened.at);
        if (body.dueOn < addDays(today, minimumDeadlineDays)) {
          await audit(ctx.db, { ...actor, outcome: 'refused' });
          return sendProblem(reply, 400, commonProblemCodes.requestInvalid, 'The deadline is too short', [
            { path: 'dueOn', message: `at least ${minimumDeadlineDays} days from today` },
          ]);
        }
        const frame = letterFrame(reviewed.document, ctx.config, {
          reference: opened.found.reference,
          letterDate: today,
          caseworkerName,
        });
        const pdf = await renderLetter({
          ...frame,
          decision: { kind: 'unterlagen-angefordert', documents: body.documents, dueOn: body.dueOn },
        });
        const letterId = await ctx.db.transaction(async (tx) => {
          await insertDocumentRequest(tx, opened.found.reference, body, opened.caseworkerId, opened.at);
          return insertLetter(tx, opened.found.reference, 'unterlagen-angefordert', pdf, opened.at);
        });
        await audit(ctx.db, { ...actor, outcome: 'ok' });
        await audit(ctx.db, {
          ...opened.actor,
          action: 'case.letter',
          detail: String(letterId),
          outcome: 'ok',
        });
        return state(reply, opened);
      }

      const decision = await decisionFor(ctx, body, opened.found.reference, reviewed);
      if ('code' in decision) return refuse(409, decision.code, decision.title);
      const letterId = await ctx.db.transaction(async (tx) => {
        await insertDecision(tx, opened.found.reference, decision, opened.caseworkerId, opened.at);
        if (decision.state === 'awaitingSecond') return undefined;
        return finalize(ctx, tx, opened, reviewed, decision, caseworkerName);
      });
      await audit(ctx.db, {
        ...actor,
        detail: decision.state === 'awaitingSecond' ? `${body.kind}:awaitingSecond` : body.kind,
        outcome: 'ok',
      });
      if (letterId !== undefined)
        await audit(ctx.db, {
          ...opened.actor,
          action: 'case.letter',
          detail: String(letterId),
          outcome: 'ok',
        });
      return state(reply, opened);
    },
  );

  app.post<{ Params: { reference: string } }>(secondApprovalRoute, access, async (request, reply) => {
    const opened = await openCase(ctx, request, reply, 'case.decision.second', 'read');
    if (!opened) return reply;
    const refuse = async (status: number, code: string, title: string) => {
      await audit(ctx.db, { ...opened.actor, outcome: 'refused' });
      return sendProblem(reply, status, code, title);
    };
    const pending = await findDecision(ctx.db, opened.found.reference);
    if (pending?.state !== 'awaitingSecond')
      return refuse(409, codes.nothingToApprove, 'No decision awaits a second approval');
    if (pending.proposedBy.id === opened.caseworkerId)
      return refuse(403, codes.sameCaseworker, 'The second approval must come from another caseworker');
    const reviewed = await review(ctx, opened.found.reference);
    if ('problem' in reviewed) return refuse(409, codes.bundleInvalid, reviewed.problem);
    const letterId = await ctx.db.transaction(async (tx) => {
      const locked = await findDecision(tx, opened.found.reference, { forUpdate: true });
      if (locked?.state !== 'awaitingSecond') return undefined;
      await recordSecondApproval(tx, opened.found.reference, opened.caseworkerId, opened.at);
      // The letter is signed by the one who decided; the second approval is on the record.
      return finalize(
        ctx,
        tx,
        opened,
        reviewed,
        {
          kind: locked.kind,
          state: 'final',
          exemptFrom: locked.exemptFrom,
          exemptUntil: locked.exemptUntil,
          refundCents: locked.refundCents,
          reason: locked.reason,
          details: {},
        },
        locked.proposedBy.displayName,
      );
    });
    if (letterId === undefined)
      return refuse(409, codes.nothingToApprove, 'No decision awaits a second approval');
    await audit(ctx.db, { ...opened.actor, outcome: 'ok' });
    await audit(ctx.db, { ...opened.actor, action: 'case.letter', detail: String(letterId), outcome: 'ok' });
    return state(reply, opened);
  });
}
