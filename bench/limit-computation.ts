import { performance } from 'node:perf_hooks';
import { computeLimitCase } from '../src/domain/limit-case/compute-limit-case';
import type { LimitCaseInput } from '../src/domain/limit-case/limit-case-schema';

const year = 2026;
const categories = ['medicine', 'bandages', 'remedies', 'aids', 'transport', 'dentures', 'hospital'] as const;

/** A household of 8 (couple, five children, one further dependant) with 2,000 payments spread over the year. */
function household(): LimitCaseInput {
  const members: LimitCaseInput['members'] = [
    {
      id: 'm1',
      relation: 'applicant',
      birthDate: '1980-03-01',
      familyInsured: false,
      chronicallyIll: false,
      incomes: [{ type: 'wages', annualCents: 4_800_000 }],
    },
    {
      id: 'm2',
      relation: 'spouse',
      birthDate: '1982-05-02',
      familyInsured: false,
      chronicallyIll: true,
      incomes: [
        { type: 'wages', annualCents: 1_200_000 },
        { type: 'childBenefit', annualCents: 1_500_000 },
      ],
    },
    {
      id: 'm3',
      relation: 'other',
      birthDate: '1950-01-01',
      familyInsured: true,
      chronicallyIll: false,
      incomes: [{ type: 'pension', annualCents: 300_000 }],
    },
    ...[2010, 2012, 2014, 2016, 2006].map((birthYear, index) => ({
      id: `m${index + 4}`,
      relation: 'child' as const,
      birthDate: `${birthYear}-06-15`,
      familyInsured: true,
      chronicallyIll: false,
      incomes: [],
    })),
  ];
  const payments: LimitCaseInput['payments'] = Array.from({ length: 2000 }, (_, index) => {
    const day = (index * 7) % 365;
    const date = new Date(Date.UTC(year, 0, 1 + day)).toISOString().slice(0, 10);
    return {
      memberId: `m${(index % 8) + 1}`,
      date,
      category: categories[index % categories.length]!,
      amountCents: 500 + ((index * 37) % 500),
    };
  });
  return { year, welfare: 'none', members, payments };
}

export function benchLimitComputation(runs = 200) {
  const input = household();
  for (let i = 0; i < 20; i += 1) computeLimitCase(input); // warm-up for the JIT
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    const result = computeLimitCase(input);
    times.push(performance.now() - start);
    if (!result.ok) throw new Error(`bench case invalid: ${result.problem.message.en}`);
  }
  times.sort((a, b) => a - b);
  return {
    members: input.members.length,
    payments: input.payments.length,
    runs,
    medianMs: times[Math.floor(runs / 2)]!,
    minMs: times[0]!,
    maxMs: times[runs - 1]!,
  };
}
