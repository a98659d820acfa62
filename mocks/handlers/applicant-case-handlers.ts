import { http, HttpResponse } from 'msw';
import {
  abrufcodeHeader,
  documentMediaTypes,
  fileNameHeader,
  maxDocumentBytes,
  submissionProblemCodes as codes,
  submissionReferenceSchema,
  submissionsPath,
} from '../../src/api/contracts/submission';
import { checkAttachment } from '../../src/documents/bundle/attachment-check';
import { defaultBundleLimits } from '../../src/documents/bundle/bundle-limits';
import { normalizeAbrufcode } from '../../src/domain/identifiers/abrufcode';
import { caseStep, emptyCaseReview, nextId, type StoredAuditEntry } from '../store/case-review-store';
import { submissionStore } from '../store/current-submission-store';
import type { StoredSubmission } from '../store/submission-store';
import { deriveAbrufcode, sameCode } from './abrufcode';
import { problem } from './problem';

/**
 * The applicant's side of a case, the twin of src/server/submissions/applicant-case-routes.ts: behind reference
 * and Abrufcode like the status, the letters as the PDFs they were made as, and one document at a time while a
 * request for documents is open (checked like an upload in the wizard). Audited like the server: the lookup, then
 * the document's outcome. The status answer's new parts come from the store (stateOf).
 */
const noStore = { 'Cache-Control': 'no-store' };
type DocumentType = (typeof documentMediaTypes)[number];
const isDocumentType = (value: string): value is DocumentType =>
  (documentMediaTypes as readonly string[]).includes(value);

const applicantLine = (action: string, outcome: StoredAuditEntry['outcome'], detail?: string) => ({
  at: new Date().toISOString(),
  actorRole: 'none',
  action,
  ...(detail === undefined ? {} : { detail }),
  outcome,
});

const addAudit = (submission: StoredSubmission, ...lines: StoredAuditEntry[]) =>
  submissionStore().updateSubmission(submission.reference, {
    audit: [...(submission.audit ?? []), ...lines],
  });

/** Reference plus Abrufcode, like the status: the same 404 for an unknown reference and a wrong code. */
async function lookUp(request: Request, rawReference: string): Promise<StoredSubmission | Response> {
  const code = normalizeAbrufcode(request.headers.get(abrufcodeHeader) ?? '');
  if (code === undefined)
    return problem(400, codes.abrufcodeMissing, `The ${abrufcodeHeader} header is missing or malformed`);
  const reference = rawReference.trim().toUpperCase();
  const found = submissionReferenceSchema.safeParse(reference).success
    ? await submissionStore().getSubmission(reference)
    : undefined;
  // Derived for unknown references too, so both refusals take the same work.
  const expected = await deriveAbrufcode(reference);
  if (!found || !sameCode(code, expected))
    return problem(404, codes.notFound, 'No submission has this reference');
  return found;
}

/** A file name as the applicant's device gave it, cut to what a caseworker's list shows; never a path. */
const cleanName = (raw: string | null): string => {
  let name = '';
  try {
    name = raw === null ? '' : decodeURIComponent(raw);
  } catch {
    name = '';
  }
  const base = name.split(/[\\/]/).pop() ?? '';
  const printable = [...base].filter((character) => character >= ' ' && character !== '\u007f').join('');
  return printable.trim().slice(0, 120) || 'Dokument';
};

const tooLarge = () => problem(413, 'request.tooLarge', 'The request body is too large');

const getLetter = http.get<{ reference: string; letterId: string }>(
  `${submissionsPath}/:reference/letters/:letterId`,
  ({ request, params }) =>
    caseStep(async () => {
      const found = await lookUp(request, String(params.reference));
      if (found instanceof Response) return found;
      const raw = String(params.letterId);
      const letterId = /^\d{1,12}$/.test(raw) ? Number(raw) : undefined;
      const letter = found.caseReview?.letters.find((item) => item.id === letterId);
      if (!letter) {
        await addAudit(found, applicantLine('submission.letter', 'not-found'));
        return problem(404, codes.notFound, 'The application has no such letter');
      }
      await addAudit(found, applicantLine('submission.letter', 'ok', String(letter.id)));
      return new HttpResponse(letter.pdf.slice().buffer, {
        headers: {
          ...noStore,
          'Content-Type': 'application/pdf',
          'Content-Disposition': `attachment; filename="${found.reference}-${letter.kind}.pdf"`,
        },
      });
    }),
);

const postDocument = http.post<{ reference: string }>(
  `${submissionsPath}/:reference/documents`,
  ({ request, params }) =>
    caseStep(async () => {
      // The server's body parser answers before the route: a type it takes no body of, a body above the limit.
      const mediaType = (request.headers.get('Content-Type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
      if (mediaType !== '' && !isDocumentType(mediaType))
        return problem(415, 'request.unsupportedMediaType', 'Unsupported content type');
      if (Number(request.headers.get('Content-Length') ?? 0) > maxDocumentBytes) return tooLarge();
      const bytes = new Uint8Array(await request.arrayBuffer());
      if (bytes.byteLength > maxDocumentBytes) return tooLarge();

      const found = await lookUp(request, String(params.reference));
      if (found instanceof Response) return found;
      const review = found.caseReview ?? emptyCaseReview();
      const open = found.status !== 'entschieden' && !review.decision && review.documentRequests.length > 0;
      if (!open) {
        await addAudit(found, applicantLine('submission.document', 'refused'));
        return problem(409, codes.noOpenRequest, 'No request for documents is open');
      }
      const name = cleanName(request.headers.get(fileNameHeader));
      const checked =
        isDocumentType(mediaType) && bytes.length > 0
          ? checkAttachment(name, bytes, mediaType, defaultBundleLimits)
          : undefined;
      if (!checked?.ok || !isDocumentType(mediaType)) {
        await addAudit(found, applicantLine('submission.document', 'refused'));
        return problem(
          422,
          codes.documentInvalid,
          'The document is not a JPEG, PNG or PDF we can accept',
          checked && !checked.ok
            ? checked.problems.map((found) => ({ path: 'file', message: found.message.en }))
            : undefined,
        );
      }
      const receivedAt = new Date().toISOString();
      const upload = { id: nextId(review.uploads), name, mediaType, receivedAt, bytes };
      await submissionStore().updateSubmission(found.reference, {
        caseReview: { ...review, uploads: [...review.uploads, upload] },
        audit: [...(found.audit ?? []), applicantLine('submission.document', 'ok', String(upload.id))],
      });
      return HttpResponse.json({ name, receivedAt }, { status: 201, headers: noStore });
    }),
);

export const applicantCaseHandlers = [getLetter, postDocument];
