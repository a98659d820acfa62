import {
  advancePaymentFacts,
  type AdvancePaymentFacts,
} from '../../src/documents/bundle/advance-payment-facts';
import { readApplicationBundle } from '../../src/documents/bundle/application-document-check';
import { queueFacts, type QueueFacts } from '../../src/documents/bundle/queue-facts';
import type { ApplicationDocument } from '../../src/domain/application/application-document';
import { isSupportedYear } from '../../src/domain/figures/figures-for-year';
import {
  applicationYearHeader,
  idempotencyKeyHeader,
  idempotencyKeySchema,
  maxBundleBytes,
  submissionContentType,
  submissionProblemCodes as codes,
} from '../../src/api/contracts/submission';
import { findBagManifest } from '../../src/documents/bundle/find-bag-manifest';
import { sha256Hex } from './web-sha256';
import { problem } from './problem';

/** At most this many problems are named in a 422: enough to find the bug, never a flood. */
export const maxBundleErrors = 20;

export interface SubmissionRequest {
  key: string;
  year: number;
  /** bag-info's Application-Id (checked against data/application.json): one application per id. */
  applicationId: string;
  bundle: Uint8Array;
  manifestSha256: string;
  /** Year and body hash: the same key with anything else is a different request (422). */
  fingerprint: string;
  /** An application for the advance payment: what the server keeps of it. */
  advancePayment?: AdvancePaymentFacts;
  /** What the caseworker's queue shows of it (as the server's verify worker gives it). */
  queue: QueueFacts;
  /** The members' parts application.json cites (issue 14), checked against the handed-in ones when stored. */
  memberParts: ApplicationDocument['memberParts'];
}

/**
 * Checks a POST of a bundle before anything is claimed or stored: a refused request leaves no trace, so the
 * same key may come again with a corrected body. Cheap header checks come first, the zip is read last.
 */
export async function readSubmissionRequest(request: Request): Promise<SubmissionRequest | Response> {
  const key = request.headers.get(idempotencyKeyHeader)?.trim();
  if (!key) return problem(400, codes.keyMissing, `The ${idempotencyKeyHeader} header is missing`);
  if (!idempotencyKeySchema.safeParse(key).success) {
    return problem(400, codes.keyInvalid, `The ${idempotencyKeyHeader} must be a UUID v4`);
  }
  const yearText = request.headers.get(applicationYearHeader) ?? '';
  const year = /^\d{4}$/.test(yearText) ? Number(yearText) : Number.NaN;
  if (!isSupportedYear(year)) {
    return problem(400, codes.yearInvalid, `The ${applicationYearHeader} header names no year we decide on`);
  }
  const mediaType = request.headers.get('Content-Type')?.split(';')[0]?.trim().toLowerCase();
  if (mediaType !== submissionContentType) {
    return problem(415, codes.unsupportedMediaType, `The bundle must be sent as ${submissionContentType}`);
  }
  const tooLarge = () =>
    problem(413, codes.tooLarge, `The bundle is larger than ${maxBundleBytes / 1024 / 1024} MB`);
  // Refused before reading, when the client says how much is coming.
  if (Number(request.headers.get('Content-Length') ?? 0) > maxBundleBytes) return tooLarge();
  const bundle = new Uint8Array(await request.arrayBuffer());
  if (bundle.byteLength === 0) return problem(400, codes.empty, 'The bundle is empty');
  if (bundle.byteLength > maxBundleBytes) return tooLarge();
  const manifest = findBagManifest(bundle);
  if (!manifest.ok && manifest.reason === 'invalid') {
    const { path, message } = manifest.problem;
    return problem(422, codes.invalidBundle, 'The bundle fails the checks of bundle verify', [
      { path, message: message.en },
    ]);
  }
  if (!manifest.ok) {
    return manifest.reason === 'notZip'
      ? problem(400, codes.notZip, 'The bundle is not a readable zip file')
      : problem(
          400,
          codes.manifestMissing,
          'The bundle must hold exactly one bag with a manifest-sha256.txt',
        );
  }
  // What `bundle verify` refuses, the caseworker could not open: refused before a reference is drawn.
  const verified = readApplicationBundle(bundle);
  if (!verified.ok) {
    return problem(
      422,
      codes.invalidBundle,
      'The bundle fails the checks of bundle verify',
      verified.problems
        .slice(0, maxBundleErrors)
        .map((found) => ({ path: found.path, message: found.message.en })),
    );
  }
  const [manifestSha256, bodySha256] = await Promise.all([sha256Hex(manifest.bytes), sha256Hex(bundle)]);
  const advancePayment = advancePaymentFacts(verified.application);
  return {
    ...(advancePayment ? { advancePayment } : {}),
    key,
    year,
    applicationId: verified.application.applicationId,
    queue: queueFacts(verified.application, verified.flags),
    memberParts: verified.application.memberParts,
    bundle,
    manifestSha256,
    fingerprint: `${year}:${bodySha256}`,
  };
}
