import { computeLimitCase } from '../../domain/limit-case/compute-limit-case';
import type { LimitCaseInput } from '../../domain/limit-case/limit-case-schema';
import { incomeTypeInfo, type LimitCaseIncomeType } from '../../domain/income/income-catalogue';
import { paymentCategories, type LimitCasePaymentCategory } from '../../domain/zuzahlung/payment-category';
import { welfareLabels, type Welfare } from '../../domain/belastungsgrenze/welfare';
import type {
  AntragContent,
  AntragHouseholdMember,
  AntragIncomePeriod,
  AntragLanguage,
  AntragReceiptDate,
  AntragRepresentative,
} from './antrag-content';

// Realistic households for tests and the bench. The calculation is always the REAL rule engine's
// result (computeLimitCase), never a hard-coded figure.

type FixtureIncome = { type: LimitCaseIncomeType; amountCents: number; period: AntragIncomePeriod };

export type FixtureMember = Omit<AntragHouseholdMember, 'counts' | 'reason'> & {
  chronicallyIll?: boolean;
  proof?: 'uploaded' | 'doctorSends';
  incomes?: readonly FixtureIncome[];
};

export type FixtureReceipt = {
  memberId: string;
  date: AntragReceiptDate;
  category: LimitCasePaymentCategory;
  amountCents: number;
  provider: string;
  description?: string;
};

export type FixtureHousehold = {
  year: number;
  welfare?: Welfare;
  members: readonly FixtureMember[];
  receipts: readonly FixtureReceipt[];
  representative?: AntragRepresentative;
};

const perYear: Record<AntragIncomePeriod, number> = { month: 12, quarter: 4, year: 1, once: 1 };

/** Builds the content the way the lead's mapper will: labels from the domain, numbers from the engine. */
export const buildAntragContent = (
  household: FixtureHousehold,
  language: AntragLanguage = 'de',
): AntragContent => {
  const welfare = household.welfare ?? 'none';
  const input: LimitCaseInput = {
    year: household.year,
    welfare,
    members: household.members.map((member) => ({
      id: member.id,
      relation: member.relation,
      birthDate: member.birthDate,
      familyInsured: member.familyInsured,
      chronicallyIll: member.chronicallyIll ?? false,
      incomes: (member.incomes ?? []).map((income) => ({
        type: income.type,
        annualCents: income.amountCents * perYear[income.period],
      })),
    })),
    // A receipt for a period belongs to the day it was paid: the end of the period here.
    payments: household.receipts.map((receipt) => ({
      memberId: receipt.memberId,
      date: 'on' in receipt.date ? receipt.date.on : receipt.date.to,
      category: receipt.category,
      amountCents: receipt.amountCents,
    })),
  };
  const result = computeLimitCase(input);
  if (!result.ok) throw new Error(`fixture invalid: ${result.problem.message.en}`);
  const output = result.value;
  const counted = new Set(output.countedMemberIds);
  const decisions = new Map(output.explanation.members.map((d) => [d.memberId, d]));
  const applicant = household.members[0];
  if (!applicant) throw new Error('fixture needs an applicant');
  return {
    language,
    insurerName: 'AOK PLUS',
    applicationId: `ZB-${household.year}-000${household.members.length}${household.receipts.length}`,
    furtherApplicationTo: null,
    year: household.year,
    provisional: output.provisional,
    applicant: {
      name: applicant.name,
      birthDate: applicant.birthDate,
      kvnr: applicant.kvnr ?? '',
      address: { street: 'Sternstraße 12', postalCode: '01067', city: 'Dresden' },
      phone: '0351 1234567',
      email: 'antrag@example.org',
      representative: household.representative ?? null,
      bank: { iban: 'DE89370400440532013000', holder: applicant.name },
    },
    household: household.members.map((member) => ({
      id: member.id,
      name: member.name,
      relation: member.relation,
      birthDate: member.birthDate,
      kvnr: member.kvnr,
      insurer: member.insurer,
      familyInsured: member.familyInsured,
      counts: counted.has(member.id),
      reason: decisions.get(member.id)?.text[language] ?? '',
    })),
    welfare: welfare === 'none' ? null : { label: welfareLabels[welfare][language] },
    incomes: household.members.flatMap((member) =>
      (member.incomes ?? []).map((income) => {
        const info = incomeTypeInfo(income.type);
        return {
          memberId: member.id,
          typeLabel: info.label[language],
          counts: info.counts,
          reason: info.explanation[language],
          amountCents: income.amountCents,
          period: income.period,
          annualCents: income.amountCents * perYear[income.period],
        };
      }),
    ),
    chronicIllness: household.members.map((member) => ({
      memberId: member.id,
      chronicallyIll: member.chronicallyIll ?? false,
      proof: member.chronicallyIll ? (member.proof ?? 'uploaded') : null,
    })),
    receipts: household.receipts.map((receipt) => ({
      date: receipt.date,
      memberId: receipt.memberId,
      categoryLabel: paymentCategories[receipt.category].label[language],
      counts: paymentCategories[receipt.category].countsTowardLimit && counted.has(receipt.memberId),
      provider: receipt.provider,
      amountCents: receipt.amountCents,
      description: receipt.description ?? null,
    })),
    advancePayment: null,
    calculation: {
      output,
      memberNames: Object.fromEntries(household.members.map((member) => [member.id, member.name])),
    },
    memberParts: [],
    declarations: declarations[language].map((text) => ({ text, accepted: true })),
    electronicNotification: null,
    signature: { place: 'Dresden', date: `${household.year}-11-20` },
    attachments: household.receipts.length
      ? [
          {
            fileName: 'belege-apotheke.pdf',
            proves: language === 'de' ? 'Zuzahlungsbelege' : 'Co-payment receipts',
          },
          { fileName: 'rentenbescheid.jpg', proves: language === 'de' ? 'Einnahmen' : 'Income' },
        ]
      : [],
    toSendByPost: household.members.some((m) => m.proof === 'doctorSends')
      ? [
          {
            document: 'Muster 55',
            reason: language === 'de' ? 'schickt die Arztpraxis direkt' : 'the practice sends it directly',
          },
        ]
      : [],
    createdAt: `${household.year}-11-20T10:30:00+01:00`,
  };
};

const declarations: Record<AntragLanguage, readonly string[]> = {
  de: [
    'Ich versichere, dass meine Angaben vollständig sind und der Wahrheit entsprechen.',
    'Änderungen der Einnahmen oder des Haushalts teile ich der Krankenkasse unverzüglich mit (§ 60 SGB I).',
    'Mir ist bekannt, dass zu Unrecht erstattete Zuzahlungen zurückgefordert werden.',
  ],
  en: [
    'I confirm that my details are complete and true.',
    'I will tell the health insurer at once about changes in income or household (§ 60 SGB I).',
    'I know that co-payments refunded wrongly will be reclaimed.',
  ],
};
