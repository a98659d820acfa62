import type { RefusedVerdict } from '../verification/refused-verdict';
import type { PartFigures } from './member-part-repository';

/**
 * What the member-part worker sends back (verify-member-part.worker.ts): plain data, so it crosses the thread
 * boundary by structured clone. Of the checked document only what the server files the part under and the
 * summary the applicant may read; the bag's SHA-256 is hashed in the worker too, off the answering thread.
 */
export type MemberPartVerdict =
  | {
      ok: true;
      sha256: string;
      invitationId: string;
      memberId: string;
      year: number;
      summary: PartFigures;
    }
  | RefusedVerdict;
