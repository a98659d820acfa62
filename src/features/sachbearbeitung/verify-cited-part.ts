import { finding, type BundleProblem } from '../../documents/bundle/bundle-problem';
import type { BundleFile } from '../../documents/bundle/read-bundle';
import { sha256Hex } from '../../documents/bundle/sha256';
import { readMemberPartBag } from '../../documents/member-part/read-member-part-bag';
import type { MemberPartDocument } from '../../domain/member-part/member-part-document';
import type { MemberPartSummary } from '../../domain/member-part/member-part-summary';
import { sameFigures } from '../../domain/member-part/same-figures';

export type VerifiedCitedPart =
  { ok: true; document: MemberPartDocument; files: BundleFile[] } | { ok: false; problems: BundleProblem[] };

/**
 * A member's bag as kept with the case, checked in the caseworker's browser (issue 14, ADR 0025) the way the
 * application's bundle is: the same reader as `bundle verify` (readMemberPartBag), then against the application's
 * citation — its SHA-256, invitation, member and figures. The application's limit was computed from the figures;
 * a bag that says anything else is not the part the applicant's limit rests on, so nothing of it is shown as valid.
 */
export function verifyCitedPart(bytes: Uint8Array, cited: MemberPartSummary): VerifiedCitedPart {
  const problems: BundleProblem[] = [];
  const sha256 = sha256Hex(bytes);
  if (sha256 !== cited.sha256) {
    problems.push(
      finding(
        'member-part.sha256-mismatch',
        '',
        `Die SHA-256 des Teils (${sha256}) ist nicht die, die der Antrag nennt (${cited.sha256}).`,
        `The part's SHA-256 (${sha256}) is not the one the application cites (${cited.sha256}).`,
      ),
    );
  }
  const read = readMemberPartBag(bytes);
  if (!read.ok) return { ok: false, problems: [...problems, ...read.problems] };
  const { document } = read;
  const path = 'data/member-part.json';
  if (document.invitationId !== cited.invitationId || document.memberId !== cited.memberId) {
    problems.push(
      finding(
        'member-part.citation-mismatch',
        path,
        'Der Teil gehört zu einer anderen Einladung oder Person als der, die der Antrag nennt.',
        'The part belongs to another invitation or person than the one the application cites.',
      ),
    );
  }
  if (!sameFigures(document.summary, cited)) {
    problems.push(
      finding(
        'member-part.figures-mismatch',
        path,
        'Die Summen des Teils weichen von denen ab, mit denen der Antrag rechnet.',
        'The part’s sums differ from those the application computes with.',
      ),
    );
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, document, files: read.files };
}
