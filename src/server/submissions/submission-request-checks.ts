import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  applicationYearHeader,
  idempotencyKeyHeader,
  idempotencyKeySchema,
  maxBundleBytes,
  submissionContentType,
  submissionProblemCodes as codes,
} from '../../api/contracts/submission';
import { isSupportedYear } from '../../domain/figures/figures-for-year';
import { sendProblem } from '../http/problem';

export type SubmissionHeaders = { key: string; year: number };

const header = (request: FastifyRequest, name: string): string | undefined => {
  const value = request.headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
};

/**
 * The cheap checks, before a byte of the body is read, in the order the mock makes them (the contract suite
 * holds both to it): key, year, media type, declared length. A refused request leaves no trace.
 */
export function checkSubmissionHeaders(
  request: FastifyRequest,
  reply: FastifyReply,
): SubmissionHeaders | FastifyReply {
  const key = header(request, idempotencyKeyHeader)?.trim();
  if (!key) return sendProblem(reply, 400, codes.keyMissing, `The ${idempotencyKeyHeader} header is missing`);
  if (!idempotencyKeySchema.safeParse(key).success) {
    return sendProblem(reply, 400, codes.keyInvalid, `The ${idempotencyKeyHeader} must be a UUID v4`);
  }
  const yearText = header(request, applicationYearHeader) ?? '';
  const year = /^\d{4}$/.test(yearText) ? Number(yearText) : Number.NaN;
  if (!isSupportedYear(year)) {
    return sendProblem(
      reply,
      400,
      codes.yearInvalid,
      `The ${applicationYearHeader} header names no year we decide on`,
    );
  }
  const mediaType = header(request, 'content-type')?.split(';')[0]?.trim().toLowerCase();
  if (mediaType !== submissionContentType) {
    return sendProblem(
      reply,
      415,
      codes.unsupportedMediaType,
      `The bundle must be sent as ${submissionContentType}`,
    );
  }
  if (Number(header(request, 'content-length') ?? 0) > maxBundleBytes) return tooLarge(reply);
  return { key: key.toLowerCase(), year };
}

export const tooLarge = (reply: FastifyReply): FastifyReply =>
  sendProblem(reply, 413, codes.tooLarge, `The bundle is larger than ${maxBundleBytes / 1024 / 1024} MB`);
