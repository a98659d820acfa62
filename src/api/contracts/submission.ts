import { z } from 'zod';
import { abrufcodePattern } from '../../domain/identifiers/abrufcode';
import { advancePaymentStatusSchema, exemptedElsewhereSchema, exemptionCardSchema } from './advance-payment';

/**
 * Sending the application: the app builds the upload bundle (a zip holding one BagIt bag) once, keeps its bytes
 * with an idempotency key, and POSTs them until an answer arrives (ADR 0010). The insurer's backend and the
 * client share this contract, so the mock cannot accept what the client would refuse to read, or the reverse.
 */
export const submissionsPath = '/api/v1/submissions';
export const submissionPath = (reference: string) => `${submissionsPath}/${encodeURIComponent(reference)}`;
/** A letter about the application (GET, with the Abrufcode): the PDF as printed. */
export const submissionLetterPath = (reference: string, letterId: number) =>
  `${submissionPath(reference)}/letters/${letterId}`;
/**
 * A document the caseworker asked for (POST, with the Abrufcode): the file's bytes as the body with its type as
 * Content-Type, its name URI-encoded in X-File-Name. One file per request, while a request for documents is open.
 */
export const submissionDocumentsPath = (reference: string) => `${submissionPath(reference)}/documents`;
export const fileNameHeader = 'X-File-Name';
export const maxDocumentBytes = 10 * 1024 * 1024;
export const documentMediaTypes = ['image/jpeg', 'image/png', 'application/pdf'] as const;

export const idempotencyKeyHeader = 'Idempotency-Key';
export const applicationYearHeader = 'X-Application-Year';
export const submissionContentType = 'application/zip';

/** The insurer refuses bigger bundles; the app shrinks images so that a year of receipts stays well below. */
export const maxBundleBytes = 50 * 1024 * 1024;

/** A random UUID v4 (crypto.randomUUID), so keys of different devices never collide. */
export const idempotencyKeySchema = z.uuidv4();

export const applicationYearSchema = z.number().int().min(2000).max(2999);

/** "ZB-2026-000123": the application year and a sequence; quoted on the phone, so short and readable aloud. */
export const submissionReferenceSchema = z.string().regex(/^ZB-\d{4}-\d{6}$/);

/**
 * The reference is not a secret (it is read out on the phone), so a status needs the Abrufcode as well. It travels
 * in this header (or a body), never in a URL, where proxies and browser histories would keep it.
 */
export const abrufcodeHeader = 'X-Abrufcode';

/** The printed form: seven groups of four Crockford Base32 characters (src/domain/identifiers/abrufcode.ts). */
export const abrufcodeSchema = z.string().regex(abrufcodePattern);

export const sha256HexSchema = z.string().regex(/^[0-9a-f]{64}$/);

export const submissionStatusSchema = z.enum(['eingegangen', 'in-bearbeitung', 'entschieden']);
export type SubmissionStatus = z.infer<typeof submissionStatusSchema>;

/** The order a case moves in; it never moves back. */
export const submissionStatusOrder: readonly SubmissionStatus[] = submissionStatusSchema.options;

/** The caseworker's final decision as the applicant sees it (issue 13): outcome, period, refund or reason. */
export const submissionDecisionSchema = z.object({
  outcome: z.enum(['befreit', 'abgelehnt']),
  decidedAt: z.iso.datetime({ offset: true }),
  validFrom: z.iso.date().optional(),
  validUntil: z.iso.date().optional(),
  /** What is paid back: the co-payments beyond the limit. */
  refundCents: z.number().int().nonnegative().optional(),
  /** Why an application was rejected. */
  reason: z.string().optional(),
  /**
   * Whether the applicant agreed to electronic notification (§ 37 Abs. 2a SGB X): only then does the letter
   * offered here count as notification; otherwise the letter by post does, and this is a copy.
   */
  electronicNotification: z.boolean().optional(),
});
export type SubmissionDecision = z.infer<typeof submissionDecisionSchema>;

/** 201 to the first arrival of a key, and the very same body again to every repetition with the same key. */
export const submissionReceiptSchema = z.object({
  reference: submissionReferenceSchema,
  receivedAt: z.iso.datetime({ offset: true }),
  /** SHA-256 of the bag's manifest-sha256.txt as received: it pins every payload file's hash. */
  manifestSha256: sha256HexSchema,
  status: z.literal('eingegangen'),
  bundleBytes: z.number().int().positive(),
  /** With the reference, opens the status; the same on every replay of the key (derived, never stored). */
  abrufcode: abrufcodeSchema,
});
export type SubmissionReceipt = z.infer<typeof submissionReceiptSchema>;

export const submissionStateSchema = z.object({
  reference: submissionReferenceSchema,
  status: submissionStatusSchema,
  receivedAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
  manifestSha256: sha256HexSchema,
  decision: submissionDecisionSchema.optional(),
  /** Only for an application for the advance payment (application.json `advancePayment`). */
  advancePayment: advancePaymentStatusSchema.optional(),
  /** Once the advance payment arrived: one card per covered person (exemption-card schema). */
  exemptions: z.array(exemptionCardSchema).optional(),
  /** Counted members insured elsewhere, whom their own insurer exempts. */
  exemptedElsewhere: z.array(exemptedElsewhereSchema).optional(),
  /** The caseworker's requests for documents (§ 60 SGB I), newest last; the applicant answers with uploads. */
  documentRequests: z
    .array(
      z.object({
        documents: z.array(z.string()),
        dueOn: z.iso.date(),
        requestedAt: z.iso.datetime({ offset: true }),
      }),
    )
    .optional(),
  /** The letters about the application (the Bescheid, a request for documents), as PDFs to fetch. */
  letters: z
    .array(
      z.object({
        id: z.number().int().positive(),
        kind: z.enum(['bescheid', 'unterlagen-angefordert']),
        createdAt: z.iso.datetime({ offset: true }),
      }),
    )
    .optional(),
  /** Documents the applicant sent after a request: names and times only. */
  uploads: z.array(z.object({ name: z.string(), receivedAt: z.iso.datetime({ offset: true }) })).optional(),
});
export type SubmissionState = z.infer<typeof submissionStateSchema>;

/** Stable `code`s of the problem+json answers, so the UI can say what went wrong in either language. */
export const submissionProblemCodes = {
  keyMissing: 'idempotencyKey.missing',
  keyInvalid: 'idempotencyKey.invalid',
  /** 422: the key was used for a different bundle (or year). Never retried: it is a bug of the client. */
  keyReused: 'idempotencyKey.reused',
  /** 409: the first request with this key is still being processed; retry later with the same key. */
  keyInFlight: 'idempotencyKey.inFlight',
  yearInvalid: 'submission.yearInvalid',
  unsupportedMediaType: 'submission.unsupportedMediaType',
  empty: 'submission.empty',
  tooLarge: 'submission.tooLarge',
  notZip: 'submission.notZip',
  manifestMissing: 'submission.manifestMissing',
  /** 422: the bundle fails the checks of `bundle verify`; `errors` names each problem's file. */
  invalidBundle: 'submission.invalidBundle',
  /** 404 for an unknown reference and for a wrong Abrufcode alike, so neither can be told from the other. */
  notFound: 'submission.notFound',
  /** 400: the status lookup came without an Abrufcode header in the printed form. */
  abrufcodeMissing: 'abrufcode.missing',
  /**
   * 409: an application with this bundle's Application-Id (bag-info.txt, data/application.json) was already
   * stored under another Idempotency-Key. Final, never retried: one draft is one application. The answer names
   * neither the reference nor the Abrufcode, which only the first sender holds.
   */
  alreadySubmitted: 'submission.alreadySubmitted',
  /**
   * 422: application.json cites a member's part (memberParts) that the server does not hold as cited: never handed
   * in, withdrawn or replaced since (another SHA-256), or handed in for another member or with other figures. The
   * `errors` name the member's id only. Nothing was stored; the applicant's app reloads the parts and builds the
   * application again.
   */
  memberPartUnknown: 'submission.memberPartUnknown',
  /** 500: nothing was stored; a retry with the same key is a first arrival. */
  storageFailed: 'submission.storageFailed',
  /** 409: a document was sent while no request for documents is open (none, or the case is decided). */
  noOpenRequest: 'submission.noOpenRequest',
  /** 422: the document is not the JPEG, PNG or PDF it claims to be, is too large, or holds active content. */
  documentInvalid: 'submission.documentInvalid',
  /** Mock only: a status may only move forward (eingegangen → in-bearbeitung → entschieden). */
  statusTransition: 'submission.statusTransition',
} as const;
