import type { MemberIncome } from '../income/member-income';
import type { LimitCaseData } from '../limit-case/limit-case-data';
import type { ApplicationDocument } from './application-document';

/**
 * The rule engine's input from a sent application (application.json), so the caseworker's view, the Antrag PDF
 * and the CLI recompute with the very function the app used (computeLimitCase) instead of trusting the stored
 * `calculation`. Only raw facts go in: whether a member counts is decided again by the engine from relation,
 * birth date and family insurance (§ 62 Abs. 2 S. 1 SGB V); the document's `counts` is what the app showed.
 * The document's `ruleOptions` are not passed: the engine has no rule options yet and the app always writes
 * `child2024Retroactive: false`, which is the engine's default (docs/rules/rules.md § 1).
 */
export function applicationDocumentLimitCase(document: ApplicationDocument): LimitCaseData {
  const chronic = new Set(document.chronic.filter((entry) => entry.chronicallyIll).map((e) => e.memberId));
  const incomes = new Map<string, MemberIncome[]>();
  for (const { memberId, type, annualCents, months } of document.incomes) {
    // months only matters for parental allowance; null means the whole year (income-countable-part.ts).
    const income: MemberIncome = months === null ? { type, annualCents } : { type, annualCents, months };
    incomes.set(memberId, [...(incomes.get(memberId) ?? []), income]);
  }
  return {
    year: document.year,
    welfare: document.welfare.kind,
    members: document.members.map(({ id, relation, birthDate, familyInsured, livesInCareHome }) => ({
      id,
      relation,
      birthDate,
      familyInsured,
      livesInCareHome,
      chronicallyIll: chronic.has(id),
      incomes: incomes.get(id) ?? [],
    })),
    // The receipts' order is kept: the engine's warnings name payments by index (payments[i]).
    payments: document.receipts.map(({ memberId, countsOn, category, amountCents }) => ({
      memberId,
      date: countsOn,
      category,
      amountCents,
    })),
  };
}
