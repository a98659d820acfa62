import type { MemberIncome } from '../income/member-income';
import type { LimitCaseData } from '../limit-case/limit-case-data';
import type { ApplicationDocument } from './application-document';
import { memberPartIncomes, memberPartPayments } from './member-part-limit-case';

/**
 * The rule engine's input from a sent application (application.json), so the caseworker's view, the Antrag PDF
 * and the CLI recompute with the very function the app used (computeLimitCase) instead of trusting the stored
 * `calculation`. Only raw facts go in: whether a member counts is decided again by the engine from relation,
 * birth date and family insurance (§ 62 Abs. 2 S. 1 SGB V); the document's `counts` is what the app showed.
 * The document's `ruleOptions` are not passed: the engine has no rule options yet and the app always writes
 * `child2024Retroactive: false`, which is the engine's default (docs/rules/rules.md § 1).
 *
 * A member's own part (`memberParts`, version 2) goes in exactly as checkApplication put it in on the applicant's
 * device (member-part-limit-case.ts): the counted income sum as one income, the 1 % answer as the member's chronic
 * illness, and each co-payment on its date, after the receipts. Entries in incomes, chronic or receipts for such a
 * member (a document this app does not write) are ignored like on the device, so both sides compute one figure.
 */
export function applicationDocumentLimitCase(
  document: ApplicationDocument,
  options: {
    /** Which receipts count (the caseworker's marks, case-review/reviewed-limit.ts); all of them by default. */
    countsReceipt?: (receipt: ApplicationDocument['receipts'][number]) => boolean;
  } = {},
): LimitCaseData {
  const countsReceipt = options.countsReceipt ?? (() => true);
  const parts = new Map(document.memberParts.map((part) => [part.memberId, part]));
  const chronic = new Set(document.chronic.filter((entry) => entry.chronicallyIll).map((e) => e.memberId));
  const incomes = new Map<string, MemberIncome[]>();
  for (const { memberId, type, annualCents, months } of document.incomes) {
    if (parts.has(memberId)) continue;
    // months only matters for parental allowance; null means the whole year (income-countable-part.ts).
    const income: MemberIncome = months === null ? { type, annualCents } : { type, annualCents, months };
    incomes.set(memberId, [...(incomes.get(memberId) ?? []), income]);
  }
  return {
    year: document.year,
    welfare: document.welfare.kind,
    members: document.members.map(({ id, relation, birthDate, familyInsured, livesInCareHome }) => {
      const part = parts.get(id);
      return {
        id,
        relation,
        birthDate,
        familyInsured,
        livesInCareHome,
        chronicallyIll: part ? part.reducedRate : chronic.has(id),
        incomes: part ? memberPartIncomes(part) : (incomes.get(id) ?? []),
      };
    }),
    // The receipts' order is kept, and they come first: the engine's warnings name payments by index (payments[i]).
    // A member with a part has no receipts here: their receipts are in their own bag, which the caseworker judges
    // on its own.
    payments: [
      ...document.receipts.flatMap((receipt) => {
        const { memberId, countsOn, category, amountCents } = receipt;
        return parts.has(memberId) || !countsReceipt(receipt)
          ? []
          : [{ memberId, date: countsOn, category, amountCents }];
      }),
      ...document.memberParts.flatMap(memberPartPayments),
    ],
  };
}
