import type { YearFigures } from '../figures/year-figures';
import { countDecision, type CountDecision } from '../household/counted-members';
import type { HouseholdMember } from '../household/household-member';
import { sumCents, type Cents } from '../money/cents';
import type { LocalizedText } from '../validation/result';
import { childFigure, type AppliedRuleOptions, type RuleOptions } from './child-figure';
import { figuresUsed, type FigureUsed } from './figures-used';
import { grossIncome, type IncomeLine } from './gross-income';
import { householdDeductions, type Deduction } from './household-deductions';
import { limitCentsFor, type RatePercent } from './limit-cents';
import { rateFor, type RateReason } from './rate-percent';
import type { Welfare } from './welfare';

export type BelastungsgrenzeInput = {
  /** The year's figures, from figuresForYear(year): an unknown year never gets this far. */
  figures: YearFigures;
  welfare: Welfare;
  members: readonly HouseholdMember[];
  options?: RuleOptions;
};

export type Belastungsgrenze = {
  year: number;
  provisional: boolean;
  /** Set when provisional: docs/rules/rules.md § 1 demands every result say so. */
  provisionalNotice: LocalizedText | null;
  welfare: Welfare;
  memberDecisions: CountDecision[];
  countedMemberIds: string[];
  grossIncomeBasis: 'incomes' | 'flatWelfare';
  incomeLines: IncomeLine[];
  grossIncomeCents: Cents;
  deductions: Deduction[];
  assessableIncomeCents: Cents;
  ratePercent: RatePercent;
  rateReason: RateReason;
  limitCents: Cents;
  ruleOptions: AppliedRuleOptions;
  figuresUsed: FigureUsed[];
};

const provisionalNotice = (year: number): LocalizedText => ({
  de: `Vorläufig: Die Rechengrößen für ${year} sind noch nicht veröffentlicht; verwendet werden voraussichtliche Werte.`,
  en: `Provisional: the figures of law for ${year} are not yet published; expected values are used.`,
});

/** The Belastungsgrenze of § 62 Abs. 1 and 2 SGB V with every step explained (docs/rules/rules.md § 3). */
export const computeBelastungsgrenze = ({
  figures,
  welfare,
  members,
  options = {},
}: BelastungsgrenzeInput): Belastungsgrenze => {
  const memberDecisions = members.map((member) => countDecision(member, figures.year));
  const counted = members.filter((_, i) => memberDecisions[i]?.counts === true);
  const flat = welfare !== 'none';
  const gross = grossIncome(counted, welfare, figures.regelbedarfsstufe1MonthlyCents);
  const child = childFigure(figures, options);
  // § 62 Abs. 2 S. 5–6 SGB V: no deductions under the flat rule (TK "Freibeträge").
  const deductions = flat ? [] : householdDeductions(counted, { ...figures, childCents: child.cents });
  // docs/rules/rules.md § 3.3: never below 0; a limit of 0 makes every counted co-payment refundable.
  const assessableIncomeCents = Math.max(
    0,
    gross.grossIncomeCents - sumCents(deductions.map((d) => d.amountCents)),
  );
  const rate = rateFor(counted);
  const provisional = figures.status === 'provisional';
  return {
    year: figures.year,
    provisional,
    provisionalNotice: provisional ? provisionalNotice(figures.year) : null,
    welfare,
    memberDecisions,
    countedMemberIds: counted.map((m) => m.id),
    grossIncomeBasis: gross.basis,
    incomeLines: gross.incomeLines,
    grossIncomeCents: gross.grossIncomeCents,
    deductions,
    assessableIncomeCents,
    ratePercent: rate.ratePercent,
    rateReason: rate.reason,
    limitCents: limitCentsFor(assessableIncomeCents, rate.ratePercent),
    ruleOptions: child.applied,
    figuresUsed: figuresUsed(figures, flat, deductions, child),
  };
};
