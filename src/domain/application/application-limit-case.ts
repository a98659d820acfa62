import type { Welfare } from '../belastungsgrenze/welfare';
import type { HouseholdMember } from '../household/household-member';
import type { MemberIncome } from '../income/member-income';
import type { LimitCaseData, LimitCasePayment } from '../limit-case/limit-case-data';
import type { LocalizedText } from '../validation/result';
import type { ApplicationDraft } from './application-draft';
import { applicantId } from './draft-answers';
import { chronicMemberStep } from './steps/chronic-steps';
import { memberStep } from './steps/household-steps';
import { incomeEntryStep } from './steps/income-steps';
import { nameStep } from './steps/person-steps';
import { receiptEntryStep } from './steps/receipt-steps';
import type { StepContext } from './steps/step-context';
import { welfareKindStep } from './steps/welfare-step';

export type ApplicationLimitCase = {
  data: LimitCaseData;
  /** What is not (yet) valid in the draft and so left out: the figure is then an interim one. */
  gaps: LocalizedText[];
};

// The applicant counts whatever their age (§ 62 Abs. 2 S. 1 SGB V); the birth date only decides for children, so a
// missing one is a gap in the application but not in the arithmetic.
const unknownAdultBirthDate = '1900-01-01';

/**
 * The draft as the rule engine's input: only answers that pass their step schema go in, everything else is listed
 * as a gap, so the explained limit is always computed by the very function the CLI uses (computeLimitCase).
 */
export function applicationLimitCase(draft: ApplicationDraft, context: StepContext): ApplicationLimitCase {
  const { answers } = draft;
  const gaps: LocalizedText[] = [];
  const welfareKind = welfareKindStep().safeParse(answers.welfare ?? {});
  const welfare: Welfare = welfareKind.success ? welfareKind.data.kind : 'none';
  if (!welfareKind.success)
    gaps.push({ de: 'Angabe zu Sozialleistungen fehlt', en: 'Social benefits not answered' });

  const applicantName = nameStep(context).safeParse(answers.person ?? {});
  const people: Omit<HouseholdMember, 'chronicallyIll' | 'incomes'>[] = [
    {
      id: applicantId,
      relation: 'applicant',
      birthDate: applicantName.success ? applicantName.data.birthDate : unknownAdultBirthDate,
      familyInsured: false,
    },
  ];
  for (const member of answers.household?.members ?? []) {
    const checked = memberStep(context).safeParse(member);
    if (checked.success) {
      const { id, relation, birthDate, familyInsured, livesInCareHome } = checked.data;
      people.push({ id, relation, birthDate, familyInsured, livesInCareHome });
    } else {
      const name = `${member.givenName ?? ''} ${member.familyName ?? ''}`.trim() || '—';
      gaps.push({ de: `Angaben zu ${name} unvollständig`, en: `Details of ${name} incomplete` });
    }
  }
  const memberIds = people.map((person) => person.id);

  const incomes = new Map<string, MemberIncome[]>();
  let incompleteIncomes = 0;
  for (const entry of answers.incomes?.entries ?? []) {
    const checked = incomeEntryStep({ memberIds }).safeParse(entry);
    if (!checked.success) {
      if (entry.memberId === undefined || memberIds.includes(entry.memberId)) incompleteIncomes += 1;
      continue;
    }
    const { memberId, type, annualCents, months } = checked.data;
    incomes.set(memberId, [...(incomes.get(memberId) ?? []), { type, annualCents, months }]);
  }
  if (incompleteIncomes > 0)
    gaps.push({
      de: `${incompleteIncomes} unvollständige Einnahme(n) nicht berücksichtigt`,
      en: `${incompleteIncomes} incomplete income entr${incompleteIncomes === 1 ? 'y' : 'ies'} left out`,
    });

  const chronic = new Set(
    (answers.chronic?.members ?? []).flatMap((answer) => {
      const checked = chronicMemberStep().safeParse(answer);
      return checked.success && checked.data.chronicallyIll ? [checked.data.memberId] : [];
    }),
  );

  const payments: LimitCasePayment[] = [];
  let incompleteReceipts = 0;
  for (const entry of answers.receipts?.entries ?? []) {
    const checked = receiptEntryStep({ ...context, memberIds }).safeParse(entry);
    if (!checked.success) {
      incompleteReceipts += 1;
      continue;
    }
    const { memberId, countsOn, category, amountCents } = checked.data;
    payments.push({ memberId, date: countsOn, category, amountCents });
  }
  if (incompleteReceipts > 0)
    gaps.push({
      de: `${incompleteReceipts} unvollständige(r) Beleg(e) nicht berücksichtigt`,
      en: `${incompleteReceipts} incomplete receipt(s) left out`,
    });

  return {
    data: {
      year: draft.year,
      welfare,
      members: people.map((person) => ({
        ...person,
        chronicallyIll: chronic.has(person.id),
        incomes: incomes.get(person.id) ?? [],
      })),
      payments,
    },
    gaps,
  };
}
