import { createHash } from 'node:crypto';
import { readMemberPartBag } from '../../documents/member-part/read-member-part-bag';
import type { MemberPartVerdict } from './member-part-verdict';
import { refusedVerdict } from '../verification/refused-verdict';

/**
 * Runs in a worker thread (member-part-verifier.ts): the same reader as `bundle verify` for a member's bag, so the
 * server stores exactly the parts a caseworker's tool accepts. Only ids, the year and the summary go back to the
 * answering thread; the member's names, entries and files stay here.
 */
// Node's native SHA-256 is about ten times faster than the portable one the browser uses.
const sha256Hex = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

export default function verifyMemberPart(bytes: Uint8Array): MemberPartVerdict {
  const result = readMemberPartBag(bytes, { sha256Hex });
  if (!result.ok) {
    return refusedVerdict(result.problems);
  }
  const { document } = result;
  return {
    ok: true,
    sha256: sha256Hex(bytes),
    invitationId: document.invitationId,
    memberId: document.memberId,
    year: document.year,
    summary: {
      incomeCents: document.summary.incomeCents,
      reducedRate: document.summary.reducedRate,
      coPayments: document.summary.coPayments.map(({ date, amountCents }) => ({ date, amountCents })),
    },
  };
}
