import { applicationLimit, type ApplicationLimit } from '../../../domain/application/application-limit';
import type { CheckedApplication } from '../../../domain/application/check-application';
import type { Welfare } from '../../../domain/belastungsgrenze/welfare';
import { incomeTypeInfo } from '../../../domain/income/income-catalogue';
import { countableAnnualCents } from '../../../domain/income/income-countable-part';
import type { IncomeTypeInfo } from '../../../domain/income/income-type-info';
import { sumCents, type Cents } from '../../../domain/money/cents';
import { personName } from '../form/person-name';

export type IncomeLineView = { id: string; info: IncomeTypeInfo; annualCents: Cents; countableCents: Cents };

export type MemberIncomesView = {
  memberId: string;
  lines: IncomeLineView[];
  countableCents: Cents;
  /**
   * The member handed in their own part (issue 14): the applicant knows only its counted sum, which the engine
   * receives as one income (member-part-limit-case.ts); it is shown as that sum, never as an income of some kind.
   */
  separately: boolean;
};

export type LimitView = ApplicationLimit & {
  welfare: Welfare;
  /** Monthly Regelbedarfsstufe 1 when the flat rule applies (§ 62 Abs. 2 S. 5–6 SGB V), else undefined. */
  flatMonthlyCents: Cents | undefined;
  /** Every counted member with the incomes that went into the calculation, in household order. */
  incomes: MemberIncomesView[];
  /** Display name of every person of the household, by member id. */
  nameOf: (memberId: string) => string;
};

type Words = { self: string; unnamed: string };

/**
 * The explained limit of the draft plus what the rule engine's output leaves out: the income lines it added up
 * and the people's names. The figures themselves come only from applicationLimit, the CLI's own function.
 */
export function limitView(checked: CheckedApplication, words: Words): LimitView | undefined {
  const limit = applicationLimit(checked);
  if (!limit) return undefined;
  const { data } = checked.limitCase;
  const names = new Map(checked.people.map((person) => [person.id, personName(person, words).name]));
  const counted = new Set(limit.result.countedMemberIds);
  const flat = data.welfare !== 'none';
  const incomes = flat
    ? []
    : data.members
        .filter((member) => counted.has(member.id))
        .map((member): MemberIncomesView => {
          const lines = member.incomes.map((income, index): IncomeLineView => ({
            id: `${member.id}-${index}`,
            info: incomeTypeInfo(income.type),
            annualCents: income.annualCents,
            countableCents: countableAnnualCents(income),
          }));
          return {
            memberId: member.id,
            lines,
            countableCents: sumCents(lines.map((line) => line.countableCents)),
            separately: checked.memberParts.has(member.id),
          };
        });
  return {
    ...limit,
    welfare: data.welfare,
    flatMonthlyCents: flat
      ? limit.result.explanation.figures.find((figure) => figure.key === 'regelbedarfsstufe1')?.cents
      : undefined,
    incomes,
    nameOf: (memberId) => names.get(memberId) ?? words.unnamed,
  };
}
