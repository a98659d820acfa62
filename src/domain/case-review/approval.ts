import type { ApplicationDocument } from '../application/application-document';
import type { LimitCaseOutput } from '../limit-case/compute-limit-case';
import type { CoveredPerson } from '../vorauszahlung/covered-people';

/** What an approval grants: the period, the refund and whom it exempts. */
export type Approval = {
  exemptFrom: string;
  exemptUntil: string;
  refundCents: number;
  covered: CoveredPerson[];
};

/**
 * Approving exempts from the day the counted co-payments reached the limit to 31 December of the year, and
 * refunds what was paid beyond it (§ 62 Abs. 1 S. 1 SGB V; docs/rules/rules.md § 3). Everyone the rule engine
 * counts who is insured here is exempted — the applicant always; counted members insured elsewhere are exempted
 * by their own insurer (§ 62 Abs. 1 SGB V, each insurer for its insured). undefined while the limit is not reached:
 * such an application cannot be approved, only rejected or completed with documents.
 */
export function approvalOf(document: ApplicationDocument, limit: LimitCaseOutput): Approval | undefined {
  if (limit.limitReachedOn === null) return undefined;
  const counted = new Set(limit.countedMemberIds);
  const covered = document.members
    .filter((m) => m.insurer === 'same' && (m.relation === 'applicant' || counted.has(m.id)))
    .map(({ id, givenName, familyName, birthDate, kvnr }) => ({
      memberId: id,
      givenName,
      familyName,
      birthDate,
      kvnr,
    }));
  return {
    exemptFrom: limit.limitReachedOn,
    exemptUntil: `${document.year}-12-31`,
    refundCents: limit.refundCents,
    covered,
  };
}
