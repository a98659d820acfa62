import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  maxBundleBytes,
  submissionContentType,
  submissionProblemCodes as codes,
  submissionsPath,
  type SubmissionReceipt,
} from '../../api/contracts/submission';
import { findBagManifest } from '../../documents/bundle/find-bag-manifest';
import { audit } from '../audit/audit-log';
import { clientSubject } from '../app/client-subject';
import type { ServerContext } from '../app/server-context';
import { applyFault } from '../http/apply-fault';
import { sendProblem } from '../http/problem';
import { hit, type RateLimitRule } from '../rate-limit/rate-limiter';
import { deriveAbrufcode } from './abrufcode';
import { abrufcodeLookup, rateLimited } from './abrufcode-lookup';
import { applicantCaseState } from './applicant-case-routes';
import { advancePaymentStateOf, findAdvancePayment } from './advance-payment-repository';
import { MemberPartUnknownError } from './submission-member-parts';
import { checkSubmissionHeaders, tooLarge, type SubmissionHeaders } from './submission-request-checks';
import {
  ApplicationAlreadySubmittedError,
  ClaimLostError,
  claimKey,
  findAnswered,
  findSubmission,
  releaseKey,
  stateOf,
  storeSubmission,
  type StoredSubmission,
} from './submission-repository';

export const submissionRoute = 'submission';
export const submissionStatusRoute = 'submission-status';

const sha256Hex = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

declare module 'fastify' {
  interface FastifyRequest {
    submissionHeaders?: SubmissionHeaders;
  }
}

const maxListedProblems = 20;

/** The member's id and where the application cites the part; never its figures (they are the member's). */
const memberPartUnknown = (reply: FastifyReply, error: MemberPartUnknownError) =>
  sendProblem(
    reply,
    422,
    codes.memberPartUnknown,
    'The application cites a member’s part that is not handed in as cited; reload the parts and send again',
    [
      {
        path: `data/application.json memberParts[${error.index}]`,
        message: `member ${error.memberId}: no handed-in part with this invitation, SHA-256 and figures`,
      },
    ],
  );

export function submissionRoutes(app: FastifyInstance, ctx: ServerContext): void {
  const minute = 60 * 1000;
  const rules = {
    submissions: {
      bucket: 'submissions',
      limit: ctx.config.rateLimits.submissionsPerHour,
      windowMs: 60 * minute,
    },
  } satisfies Record<string, RateLimitRule>;

  const lookup = abrufcodeLookup(ctx);

  const receiptOf = (submission: StoredSubmission): SubmissionReceipt => ({
    reference: submission.reference,
    receivedAt: submission.receivedAt,
    manifestSha256: submission.manifestSha256,
    status: 'eingegangen',
    bundleBytes: submission.bundleBytes,
    abrufcode: deriveAbrufcode(ctx.secret, submission.reference),
  });

  const answer = (
    request: FastifyRequest,
    reply: FastifyReply,
    submission: StoredSubmission,
    replayed: boolean,
  ) => {
    const lost = ctx.faults.after(submissionRoute);
    if (lost) return applyFault(request, reply, lost);
    reply.code(201).header('Cache-Control', 'no-store');
    if (replayed) reply.header('Idempotent-Replayed', 'true');
    return reply.send(receiptOf(submission));
  };

  const replay = async (request: FastifyRequest, reply: FastifyReply, reference: string) => {
    const stored = await findSubmission(ctx.db, reference);
    if (!stored) return sendProblem(reply, 500, codes.storageFailed, 'The submission could not be found');
    return answer(request, reply, stored, true);
  };

  app.post(
    submissionsPath,
    {
      config: { access: 'public' },
      bodyLimit: maxBundleBytes,
      // Header checks and the rate limit before the body is read: a refused upload costs no memory.
      onRequest: async (request, reply) => {
        const checked = checkSubmissionHeaders(request, reply);
        if (!('key' in checked)) return checked;
        const verdict = await hit(
          ctx.db,
          rules.submissions,
          clientSubject(ctx.secret, request),
          ctx.clock.now(),
        );
        if (!verdict.allowed)
          return rateLimited(reply, verdict.retryAfterSeconds, 'Too many submissions from this client');
        request.submissionHeaders = checked;
        return undefined;
      },
    },
    async (request, reply) => {
      const headers = request.submissionHeaders;
      const body = request.body;
      if (!headers || !(body instanceof Uint8Array))
        return sendProblem(reply, 400, codes.empty, 'The bundle is empty');
      if (body.byteLength === 0) return sendProblem(reply, 400, codes.empty, 'The bundle is empty');
      if (body.byteLength > maxBundleBytes) return tooLarge(reply);
      const manifest = findBagManifest(body);
      if (!manifest.ok && manifest.reason === 'invalid') {
        const { path, message } = manifest.problem;
        return sendProblem(reply, 422, codes.invalidBundle, 'The bundle does not pass verification', [
          { path, message: message.en },
        ]);
      }
      if (!manifest.ok) {
        return manifest.reason === 'notZip'
          ? sendProblem(reply, 400, codes.notZip, 'The bundle is not a readable zip file')
          : sendProblem(
              reply,
              400,
              codes.manifestMissing,
              'The bundle must hold exactly one bag with a manifest-sha256.txt',
            );
      }
      const bundleSha256 = sha256Hex(body);
      const fingerprint = `${headers.year}:${bundleSha256}`;
      // A repetition of an answered request is answered before verification: its bytes passed it once (the
      // fingerprint pins them), so a retry after a lost answer costs a hash, not a worker. Only a replay skips it:
      // a key is still claimed for verified bytes alone.
      const answered = await findAnswered(ctx.db, headers.key, fingerprint);
      if (answered) {
        const fault = await ctx.faults.before(submissionRoute, { defersLostResponse: true });
        if (fault) return applyFault(request, reply, fault);
        return replay(request, reply, answered.reference);
      }
      const verdict = await ctx.verifier.verify(body);
      if (!verdict.ok) {
        const errors = verdict.problems
          .slice(0, maxListedProblems)
          .map((problem) => ({ path: problem.path, message: problem.message.en }));
        return sendProblem(reply, 422, codes.invalidBundle, 'The bundle does not pass verification', errors);
      }
      const claim = await claimKey(ctx.db, headers.key, fingerprint, ctx.clock.now());
      // After the claim, so that a slow first request (demo latency) makes a second one see it in flight.
      const fault = await ctx.faults.before(submissionRoute, { defersLostResponse: true });
      if (fault) {
        if (claim.kind === 'claimed') await releaseKey(ctx.db, headers.key, claim.token);
        return applyFault(request, reply, fault);
      }
      switch (claim.kind) {
        case 'in-flight':
          return sendProblem(
            reply,
            409,
            codes.keyInFlight,
            'A request with this Idempotency-Key is still being processed',
          );
        case 'reused':
          return sendProblem(
            reply,
            422,
            codes.keyReused,
            'This Idempotency-Key was used for a different bundle',
          );
        case 'answered':
          return replay(request, reply, claim.reference);
        case 'claimed': {
          let stored: StoredSubmission;
          try {
            stored = await storeSubmission(ctx.db, {
              key: headers.key,
              token: claim.token,
              year: headers.year,
              receivedAt: ctx.clock.now(),
              manifestSha256: sha256Hex(manifest.bytes),
              bundle: body,
              bundleSha256,
              applicationId: verdict.applicationId,
              queue: verdict.queue,
              memberParts: verdict.application.memberParts,
              ...(verdict.advancePayment
                ? {
                    advancePayment: {
                      facts: verdict.advancePayment,
                      referenceStyle: ctx.config.insurer.paymentReferenceStyle,
                    },
                  }
                : {}),
            });
          } catch (error) {
            if (error instanceof ApplicationAlreadySubmittedError) {
              // This key stored nothing and leaves no trace: a repetition meets the same refusal.
              await releaseKey(ctx.db, headers.key, claim.token).catch(() => undefined);
              await audit(ctx.db, {
                at: ctx.clock.now(),
                actorRole: 'none',
                action: 'submission.received',
                outcome: 'refused',
              });
              request.log.info('submission refused: its application was already submitted');
              // Neither the reference nor the Abrufcode: they belong to whoever sent first.
              return sendProblem(
                reply,
                409,
                codes.alreadySubmitted,
                'This application was already submitted with another Idempotency-Key; it is not stored twice',
              );
            }
            if (error instanceof MemberPartUnknownError) {
              // Nothing was stored: the same key may come again with the application built on the parts as held.
              await releaseKey(ctx.db, headers.key, claim.token).catch(() => undefined);
              await audit(ctx.db, {
                at: ctx.clock.now(),
                actorRole: 'none',
                action: 'submission.received',
                detail: 'member-part-unknown',
                outcome: 'refused',
              });
              request.log.info('submission refused: a cited member part is not held as cited');
              return memberPartUnknown(reply, error);
            }
            if (error instanceof ClaimLostError) {
              return sendProblem(
                reply,
                409,
                codes.keyInFlight,
                'A request with this Idempotency-Key is still being processed',
              );
            }
            request.log.error({ err: error }, 'storing a submission failed');
            // Nothing was stored: the retry must be a first arrival again, not an eternal 409.
            await releaseKey(ctx.db, headers.key, claim.token).catch(() => undefined);
            return sendProblem(reply, 500, codes.storageFailed, 'The submission could not be stored');
          }
          await audit(ctx.db, {
            at: ctx.clock.now(),
            actorRole: 'none',
            action: 'submission.received',
            objectRef: stored.reference,
            outcome: 'ok',
          });
          request.log.info(
            { reference: stored.reference, bundleBytes: stored.bundleBytes },
            'submission stored',
          );
          return answer(request, reply, stored, false);
        }
      }
    },
  );

  app.get<{ Params: { reference: string } }>(
    `${submissionsPath}/:reference`,
    { config: { access: 'public' } },
    async (request, reply) => {
      const fault = await ctx.faults.before(submissionStatusRoute);
      if (fault) return applyFault(request, reply, fault);
      const found = await lookup(request, reply, 'submission.status');
      if (!found) return reply;
      const advance = await findAdvancePayment(ctx.db, found.reference);
      return reply.header('Cache-Control', 'no-store').send({
        ...stateOf(found),
        ...(await applicantCaseState(
          ctx.db,
          found.reference,
          ctx.config.insurer.name,
          advance !== undefined,
        )),
        ...advancePaymentStateOf(found.reference, advance, ctx.config.insurer.name),
      });
    },
  );
}

/** The zip body as bytes, capped by the route's bodyLimit (Fastify stops reading beyond it). */
export function registerZipParser(app: FastifyInstance): void {
  app.addContentTypeParser(
    submissionContentType,
    { parseAs: 'buffer', bodyLimit: maxBundleBytes },
    (_request, body, done) => {
      done(null, body);
    },
  );
}
