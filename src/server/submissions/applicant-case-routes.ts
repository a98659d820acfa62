import type { FastifyInstance } from 'fastify';
import {
  documentMediaTypes,
  fileNameHeader,
  maxDocumentBytes,
  submissionProblemCodes as codes,
  submissionsPath,
  type SubmissionState,
} from '../../api/contracts/submission';
import { checkAttachment } from '../../documents/bundle/attachment-check';
import { defaultBundleLimits } from '../../documents/bundle/bundle-limits';
import type { ServerContext } from '../app/server-context';
import { audit } from '../audit/audit-log';
import {
  documentRequestsOf,
  findDecision,
  insertUpload,
  lettersOf,
  loadLetter,
  uploadsOf,
} from '../caseworker/case-review-repository';
import type { Queryable } from '../db/database';
import { sendProblem } from '../http/problem';
import { abrufcodeLookup } from './abrufcode-lookup';
import { exemptionsOf } from './advance-payment-repository';

type Params = { reference: string };
type DocumentType = (typeof documentMediaTypes)[number];
const isDocumentType = (value: string): value is DocumentType =>
  (documentMediaTypes as readonly string[]).includes(value);

/** A file name as the applicant's device gave it, cut to what a caseworker's list shows; never a path. */
const cleanName = (raw: unknown): string => {
  let name = '';
  try {
    name = typeof raw === 'string' ? decodeURIComponent(raw) : '';
  } catch {
    name = '';
  }
  const base = name.split(/[\\/]/).pop() ?? '';
  // Control characters out; the name is shown, never used as a path.
  const printable = [...base].filter((character) => character >= ' ' && character !== '\u007f').join('');
  return printable.trim().slice(0, 120) || 'Dokument';
};

/**
 * What the applicant's status answer adds once a caseworker worked on the case (issue 13): requests for documents,
 * the letters, the documents sent since, and — after an approval — the exemption cards. Nothing of the caseworker's
 * marks or notes: those are the insurer's working papers until the letter states the result.
 */
export async function applicantCaseState(
  db: Queryable,
  reference: string,
  insurerName: string,
  hasAdvancePayment: boolean,
): Promise<Pick<SubmissionState, 'documentRequests' | 'letters' | 'uploads' | 'exemptions'>> {
  const requests = await documentRequestsOf(db, reference);
  const letters = await lettersOf(db, reference);
  const uploads = await uploadsOf(db, reference);
  // An advance payment's cards come with its state (advancePaymentStateOf); an approval's come from here.
  const exemptions = hasAdvancePayment ? [] : await exemptionsOf(db, reference);
  return {
    ...(requests.length
      ? {
          documentRequests: requests.map(({ documents, dueOn, requestedAt }) => ({
            documents,
            dueOn,
            requestedAt,
          })),
        }
      : {}),
    ...(letters.length ? { letters } : {}),
    ...(uploads.length ? { uploads: uploads.map(({ name, receivedAt }) => ({ name, receivedAt })) } : {}),
    ...(exemptions.length
      ? { exemptions: exemptions.map((e) => ({ ...e, cardNumber: reference, insurerName })) }
      : {}),
  };
}

/**
 * The applicant's side of a case, behind reference and Abrufcode like the status: the letters as PDFs, and one
 * document at a time in answer to a request for documents (checked like an upload in the wizard: its type by its
 * content, its size, no active content in a PDF). Both are audited.
 */
export function applicantCaseRoutes(app: FastifyInstance, ctx: ServerContext): void {
  const lookup = abrufcodeLookup(ctx);

  app.get<{ Params: Params & { letterId: string } }>(
    `${submissionsPath}/:reference/letters/:letterId`,
    { config: { access: 'public' } },
    async (request, reply) => {
      const found = await lookup(request, reply, 'submission.letter', false);
      if (!found) return reply;
      const letterId = /^\d{1,12}$/.test(request.params.letterId)
        ? Number(request.params.letterId)
        : undefined;
      const letter = letterId === undefined ? undefined : await loadLetter(ctx.db, found.reference, letterId);
      const actor = {
        at: ctx.clock.now(),
        actorRole: 'none',
        action: 'submission.letter',
        objectRef: found.reference,
      } as const;
      if (!letter) {
        await audit(ctx.db, { ...actor, outcome: 'not-found' });
        return sendProblem(reply, 404, codes.notFound, 'The application has no such letter');
      }
      await audit(ctx.db, { ...actor, detail: String(letterId), outcome: 'ok' });
      return reply
        .header('Cache-Control', 'no-store')
        .header('Content-Disposition', `attachment; filename="${found.reference}-${letter.kind}.pdf"`)
        .type('application/pdf')
        .send(Buffer.from(letter.pdf));
    },
  );

  app.post<{ Params: Params; Body: Buffer }>(
    `${submissionsPath}/:reference/documents`,
    {
      config: { access: 'public' },
      bodyLimit: maxDocumentBytes,
    },
    async (request, reply) => {
      const found = await lookup(request, reply, 'submission.document', false);
      if (!found) return reply;
      const at = ctx.clock.now();
      const actor = {
        at,
        actorRole: 'none',
        action: 'submission.document',
        objectRef: found.reference,
      } as const;
      const open =
        found.status !== 'entschieden' &&
        !(await findDecision(ctx.db, found.reference)) &&
        (await documentRequestsOf(ctx.db, found.reference)).length > 0;
      if (!open) {
        await audit(ctx.db, { ...actor, outcome: 'refused' });
        return sendProblem(reply, 409, codes.noOpenRequest, 'No request for documents is open');
      }
      const mediaType = (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
      const bytes = Buffer.isBuffer(request.body) ? new Uint8Array(request.body) : new Uint8Array();
      const name = cleanName(request.headers[fileNameHeader.toLowerCase()]);
      const checked =
        isDocumentType(mediaType) && bytes.length > 0
          ? checkAttachment(name, bytes, mediaType, defaultBundleLimits)
          : undefined;
      if (!checked?.ok || !isDocumentType(mediaType)) {
        await audit(ctx.db, { ...actor, outcome: 'refused' });
        return sendProblem(
          reply,
          422,
          codes.documentInvalid,
          'The document is not a JPEG, PNG or PDF we can accept',
          checked && !checked.ok
            ? checked.problems.map((problem) => ({ path: 'file', message: problem.message.en }))
            : undefined,
        );
      }
      const upload = await insertUpload(ctx.db, found.reference, { name, mediaType, bytes }, at);
      await audit(ctx.db, { ...actor, detail: String(upload.id), outcome: 'ok' });
      return reply
        .code(201)
        .header('Cache-Control', 'no-store')
        .send({ name: upload.name, receivedAt: upload.receivedAt });
    },
  );
}

/** Raw bodies for the document upload: the three types a document may have, read as bytes up to the route's limit. */
export function registerDocumentParsers(app: FastifyInstance): void {
  app.addContentTypeParser(
    ['image/jpeg', 'image/png', 'application/pdf'],
    { parseAs: 'buffer', bodyLimit: maxDocumentBytes },
    (_request, body, done) => {
      done(null, body);
    },
  );
}
