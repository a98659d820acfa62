import type { FastifyInstance } from 'fastify';
import { commonProblemCodes } from '../../api/contracts/api-problem';
import {
  attachmentViewedRequestSchema,
  attachmentViewedRoute,
  caseBundleRoute,
  caseLetterRoute,
  caseMemberPartRoute,
  caseMemberPartsRoute,
  caseReviewProblemCodes as reviewCodes,
  caseReviewRoute,
  caseUploadRoute,
  incomeCheckRequestSchema,
  incomeCheckRoute,
  receiptMarkRequestSchema,
  receiptMarkRoute,
} from '../../api/contracts/case-review';
import type { ServerContext } from '../app/server-context';
import { audit } from '../audit/audit-log';
import { sendProblem, zodErrors } from '../http/problem';
import { loadBundle } from '../submissions/bundle-store';
import { listCaseMemberParts, loadCaseMemberPart } from '../submissions/submission-member-parts';
import { advanceSubmission } from '../submissions/submission-repository';
import { openCase } from './case-access';
import {
  findDecision,
  loadLetter,
  loadUpload,
  reviewStateOf,
  setIncomeCheck,
  upsertReceiptMark,
} from './case-review-repository';

type CaseParams = { reference: string };
const itemIdPattern = /^[A-Za-z0-9._-]{1,64}$/;
const positiveId = (value: string) => (/^\d{1,12}$/.test(value) ? Number(value) : undefined);
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * A case in the caseworker's hands (issue 13, deliverables 2, 4, 5): the bundle as received (the browser verifies
 * it with the same reader as the CLI), the review state, marks on receipts, ticks on income proofs, the record of
 * each attachment viewed, and the letters and uploads. Every request is audited with the case's reference and,
 * where it is about one item, that item's id. Marks are frozen once a decision exists.
 */
export function caseReviewRoutes(app: FastifyInstance, ctx: ServerContext): void {
  const access = { config: { access: ['caseworker'] } } as const;

  app.get<{ Params: CaseParams }>(caseBundleRoute, access, async (request, reply) => {
    const opened = await openCase(ctx, request, reply, 'case.open', 'read');
    if (!opened) return reply;
    const bundle = await loadBundle(ctx.db, opened.found.reference);
    if (!bundle) {
      await audit(ctx.db, { ...opened.actor, outcome: 'failed' });
      return sendProblem(reply, 404, reviewCodes.itemNotFound, 'The case has no bundle');
    }
    // Opening a case starts the work on it: eingegangen → in-bearbeitung (never back).
    await advanceSubmission(ctx.db, opened.found.reference, {
      status: 'in-bearbeitung',
      from: ['eingegangen'],
      updatedAt: opened.at,
    });
    await audit(ctx.db, { ...opened.actor, outcome: 'ok' });
    return reply
      .header('Cache-Control', 'no-store')
      .header('X-Bundle-Sha256', bundle.sha256)
      .type('application/zip')
      .send(Buffer.from(bundle.bytes.buffer, bundle.bytes.byteOffset, bundle.bytes.byteLength));
  });

  app.get<{ Params: CaseParams }>(caseReviewRoute, access, async (request, reply) => {
    const opened = await openCase(ctx, request, reply, 'case.review', 'read');
    if (!opened) return reply;
    await audit(ctx.db, { ...opened.actor, outcome: 'ok' });
    const state = await reviewStateOf(ctx.db, opened.found, ctx.config.fourEyesAboveCents);
    return reply.header('Cache-Control', 'no-store').send(state);
  });

  app.put<{ Params: CaseParams & { receiptId: string }; Body: unknown }>(
    receiptMarkRoute,
    access,
    async (request, reply) => {
      const { receiptId } = request.params;
      const opened = await openCase(ctx, request, reply, 'case.mark', 'write', receiptId);
      if (!opened) return reply;
      const actor = { ...opened.actor, detail: receiptId };
      const parsed = receiptMarkRequestSchema.safeParse(request.body);
      if (!itemIdPattern.test(receiptId) || !parsed.success) {
        await audit(ctx.db, { ...actor, outcome: 'refused' });
        return sendProblem(
          reply,
          400,
          commonProblemCodes.requestInvalid,
          'The mark is not valid',
          parsed.success ? undefined : zodErrors(parsed.error),
        );
      }
      if (await findDecision(ctx.db, opened.found.reference)) {
        await audit(ctx.db, { ...actor, outcome: 'refused' });
        return sendProblem(reply, 409, reviewCodes.alreadyDecided, 'The case is decided; marks are frozen');
      }
      await upsertReceiptMark(
        ctx.db,
        opened.found.reference,
        receiptId,
        parsed.data,
        opened.caseworkerId,
        opened.at,
      );
      await audit(ctx.db, { ...actor, detail: `${receiptId}:${parsed.data.mark}`, outcome: 'ok' });
      return reply
        .header('Cache-Control', 'no-store')
        .send(await reviewStateOf(ctx.db, opened.found, ctx.config.fourEyesAboveCents));
    },
  );

  app.put<{ Params: CaseParams & { incomeId: string }; Body: unknown }>(
    incomeCheckRoute,
    access,
    async (request, reply) => {
      const { incomeId } = request.params;
      const opened = await openCase(ctx, request, reply, 'case.income-check', 'write', incomeId);
      if (!opened) return reply;
      const actor = { ...opened.actor, detail: incomeId };
      const parsed = incomeCheckRequestSchema.safeParse(request.body);
      if (!itemIdPattern.test(incomeId) || !parsed.success) {
        await audit(ctx.db, { ...actor, outcome: 'refused' });
        return sendProblem(
          reply,
          400,
          commonProblemCodes.requestInvalid,
          'The check is not valid',
          parsed.success ? undefined : zodErrors(parsed.error),
        );
      }
      if (await findDecision(ctx.db, opened.found.reference)) {
        await audit(ctx.db, { ...actor, outcome: 'refused' });
        return sendProblem(reply, 409, reviewCodes.alreadyDecided, 'The case is decided; checks are frozen');
      }
      await setIncomeCheck(
        ctx.db,
        opened.found.reference,
        incomeId,
        parsed.data.checked,
        opened.caseworkerId,
        opened.at,
      );
      await audit(ctx.db, {
        ...actor,
        detail: `${incomeId}:${parsed.data.checked ? 'checked' : 'unchecked'}`,
        outcome: 'ok',
      });
      return reply
        .header('Cache-Control', 'no-store')
        .send(await reviewStateOf(ctx.db, opened.found, ctx.config.fourEyesAboveCents));
    },
  );

  // The bundle's files are in the caseworker's browser once the case is open (audited as case.open); which of
  // them a caseworker actually looked at is recorded here, for the data protection officer's questions.
  app.post<{ Params: CaseParams; Body: unknown }>(attachmentViewedRoute, access, async (request, reply) => {
    const parsed = attachmentViewedRequestSchema.safeParse(request.body);
    const fileId = parsed.success && itemIdPattern.test(parsed.data.fileId) ? parsed.data.fileId : undefined;
    const opened = await openCase(ctx, request, reply, 'case.attachment.view', 'read', fileId);
    if (!opened) return reply;
    if (fileId === undefined) {
      await audit(ctx.db, { ...opened.actor, outcome: 'refused' });
      return sendProblem(reply, 400, commonProblemCodes.requestInvalid, 'The file id is not valid');
    }
    await audit(ctx.db, { ...opened.actor, detail: fileId, outcome: 'ok' });
    return reply.code(204).send();
  });

  // The members' parts the application cites (issue 14, migration 11), under the bundle's access rules. Audited
  // with the invitation's id only: the member's name and figures are in the bag, not in the log.
  app.get<{ Params: CaseParams }>(caseMemberPartsRoute, access, async (request, reply) => {
    const opened = await openCase(ctx, request, reply, 'case.member-parts', 'read');
    if (!opened) return reply;
    await audit(ctx.db, { ...opened.actor, outcome: 'ok' });
    return reply
      .header('Cache-Control', 'no-store')
      .send(await listCaseMemberParts(ctx.db, opened.found.reference));
  });

  app.get<{ Params: CaseParams & { invitationId: string } }>(
    caseMemberPartRoute,
    access,
    async (request, reply) => {
      const invitationId = request.params.invitationId.toLowerCase();
      const valid = uuidPattern.test(invitationId);
      const opened = await openCase(
        ctx,
        request,
        reply,
        'case.member-part.open',
        'read',
        valid ? invitationId : undefined,
      );
      if (!opened) return reply;
      const part = valid ? await loadCaseMemberPart(ctx.db, opened.found.reference, invitationId) : undefined;
      if (!part) {
        await audit(ctx.db, { ...opened.actor, outcome: 'not-found' });
        return sendProblem(reply, 404, reviewCodes.itemNotFound, 'The case has no such member’s part');
      }
      await audit(ctx.db, { ...opened.actor, detail: invitationId, outcome: 'ok' });
      return reply
        .header('Cache-Control', 'no-store')
        .header('X-Member-Part-Sha256', part.sha256)
        .type('application/zip')
        .send(Buffer.from(part.bytes.buffer, part.bytes.byteOffset, part.bytes.byteLength));
    },
  );

  app.get<{ Params: CaseParams & { letterId: string } }>(caseLetterRoute, access, async (request, reply) => {
    const letterId = positiveId(request.params.letterId);
    const opened = await openCase(ctx, request, reply, 'case.letter.view', 'read', request.params.letterId);
    if (!opened) return reply;
    const letter =
      letterId === undefined ? undefined : await loadLetter(ctx.db, opened.found.reference, letterId);
    if (!letter) {
      await audit(ctx.db, { ...opened.actor, outcome: 'not-found' });
      return sendProblem(reply, 404, reviewCodes.itemNotFound, 'The case has no such letter');
    }
    await audit(ctx.db, { ...opened.actor, detail: String(letterId), outcome: 'ok' });
    return reply.header('Cache-Control', 'no-store').type('application/pdf').send(Buffer.from(letter.pdf));
  });

  app.get<{ Params: CaseParams & { uploadId: string } }>(caseUploadRoute, access, async (request, reply) => {
    const uploadId = positiveId(request.params.uploadId);
    const opened = await openCase(ctx, request, reply, 'case.upload.view', 'read', request.params.uploadId);
    if (!opened) return reply;
    const upload =
      uploadId === undefined ? undefined : await loadUpload(ctx.db, opened.found.reference, uploadId);
    if (!upload) {
      await audit(ctx.db, { ...opened.actor, outcome: 'not-found' });
      return sendProblem(reply, 404, reviewCodes.itemNotFound, 'The case has no such upload');
    }
    await audit(ctx.db, { ...opened.actor, detail: String(uploadId), outcome: 'ok' });
    return reply.header('Cache-Control', 'no-store').type(upload.mediaType).send(Buffer.from(upload.bytes));
  });
}
