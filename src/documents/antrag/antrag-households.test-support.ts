import type { LimitCasePaymentCategory } from '../../domain/zuzahlung/payment-category';
import type { FixtureHousehold, FixtureMember, FixtureReceipt } from './antrag-content.test-support';

export const unicodeName = 'Łukasz Ğüneş Ørsted-Nguyễn';

const providers = [
  'Löwen-Apotheke am Altmarkt',
  'Physiotherapie Müller & Partner',
  'Sanitätshaus Ørsted GmbH',
  'Universitätsklinikum Carl Gustav Carus Dresden, Klinik und Poliklinik für Innere Medizin',
  'Taxi-Genossenschaft Dresden eG',
] as const;
const categories: readonly LimitCasePaymentCategory[] = [
  'medicine',
  'remedies',
  'aids',
  'hospital',
  'transport',
];

/** Deterministic receipts spread over the year, with one period receipt in every ten. */
export const receiptsFor = (
  memberIds: readonly string[],
  count: number,
  year: number,
  extra: (index: number) => Partial<FixtureReceipt> = () => ({}),
): FixtureReceipt[] =>
  Array.from({ length: count }, (_, index) => {
    const month = String((index % 12) + 1).padStart(2, '0');
    const day = String((index % 27) + 1).padStart(2, '0');
    const category = categories[index % categories.length] ?? 'medicine';
    return {
      memberId: memberIds[index % memberIds.length] ?? 'a',
      date:
        index % 10 === 9
          ? { from: `${year}-${month}-01`, to: `${year}-${month}-28` }
          : { on: `${year}-${month}-${day}` },
      category,
      amountCents: 500 + ((index * 137) % 950),
      provider: providers[index % providers.length] ?? 'Apotheke',
      ...extra(index),
    };
  });

const person = (
  id: string,
  name: string,
  relation: FixtureMember['relation'],
  birthDate: string,
  rest: Partial<FixtureMember> = {},
): FixtureMember => ({
  id,
  name,
  relation,
  birthDate,
  kvnr: 'A123456780',
  insurer: 'AOK PLUS',
  familyInsured: relation === 'child' || relation === 'other',
  ...rest,
});

/** A single pensioner: pension only, a few pharmacy receipts, limit 2 %. */
export const singlePensioner = (): FixtureHousehold => ({
  year: 2026,
  members: [
    person('a', 'Gertrud Schönfeld', 'applicant', '1951-02-14', {
      kvnr: 'X110411675',
      incomes: [
        { type: 'pension', amountCents: 145_000, period: 'month' },
        { type: 'civilServicePension', amountCents: 21_000, period: 'month' },
      ],
    }),
  ],
  receipts: receiptsFor(['a'], 6, 2026),
});

/** A couple with two children; the spouse is chronically ill and insured with another fund. */
export const coupleWithChildren = (): FixtureHousehold => ({
  year: 2026,
  members: [
    person('a', unicodeName, 'applicant', '1984-07-03', {
      kvnr: 'D456789013',
      incomes: [
        { type: 'wages', amountCents: 390_000, period: 'month' },
        { type: 'childBenefit', amountCents: 51_000, period: 'month' },
      ],
    }),
    person('s', 'Marta Ørsted-Nguyễn', 'spouse', '1986-01-22', {
      insurer: 'Techniker Krankenkasse',
      kvnr: 'X110411675',
      chronicallyIll: true,
      proof: 'doctorSends',
      incomes: [{ type: 'wages', amountCents: 80_000, period: 'month' }],
    }),
    person('k1', 'Jonas Ørsted-Nguyễn', 'child', '2014-05-05'),
    person('k2', 'Ida Ørsted-Nguyễn', 'child', '2017-09-30'),
  ],
  receipts: receiptsFor(['a', 's', 's', 'k1'], 15, 2026, (i) =>
    i === 3 ? { description: 'Kompressionsstrümpfe, Verordnung vom 02.04.' } : {},
  ),
});

/** A Bürgergeld household: the flat limit, a legal guardian signs. */
export const buergergeldHousehold = (): FixtureHousehold => ({
  year: 2026,
  welfare: 'buergergeld',
  members: [
    person('a', 'Dieter Krause', 'applicant', '1972-11-11', { kvnr: 'A123456780' }),
    person('k', 'Leonie Krause', 'child', '2010-03-08'),
  ],
  receipts: receiptsFor(['a', 'k'], 5, 2026),
  representative: {
    kind: 'betreuung',
    name: 'Sabine Vogt (Berufsbetreuerin)',
    address: { street: 'Prager Straße 2', postalCode: '01069', city: 'Dresden' },
  },
});

/** About the typical application: a couple and a child, fifteen receipts. */
export const typicalHousehold = (): FixtureHousehold => {
  const couple = coupleWithChildren();
  return { ...couple, members: couple.members.slice(0, 3) };
};

/** Ten people and 400 receipts with long names and providers: the stress test for page flow. */
export const largeHousehold = (): FixtureHousehold => {
  const children = Array.from({ length: 6 }, (_, i) =>
    person(
      `k${i + 1}`,
      `Kind ${i + 1} Maximiliane-Josephine von Hohenzollern-Sigmaringen`,
      'child',
      `${2008 + i}-0${(i % 9) + 1}-15`,
      {
        incomes: i === 0 ? [{ type: 'wages', amountCents: 52_000, period: 'month' }] : [],
      },
    ),
  );
  const members: FixtureMember[] = [
    person('a', unicodeName, 'applicant', '1970-01-01', {
      incomes: [
        { type: 'wages', amountCents: 420_000, period: 'month' },
        { type: 'rentalIncome', amountCents: 120_000, period: 'quarter' },
        { type: 'capitalIncome', amountCents: 85_000, period: 'year' },
      ],
    }),
    person('s', 'Ἀλέξανδρος Παπαδόπουλος-Ørsted', 'spouse', '1972-02-02', {
      chronicallyIll: true,
      incomes: [{ type: 'pension', amountCents: 98_000, period: 'month' }],
    }),
    ...children,
    person('o1', 'Großmutter Anneliese Wilhelmine Friederike Schulze-Überbach', 'other', '1941-12-24', {
      incomes: [{ type: 'pension', amountCents: 61_000, period: 'month' }],
    }),
    person('o2', 'Großonkel Bartholomäus', 'other', '1939-06-06', {
      incomes: [{ type: 'careAllowance', amountCents: 57_300, period: 'month' }],
    }),
  ];
  const ids = members.map((m) => m.id);
  return {
    year: 2027,
    members,
    receipts: receiptsFor(ids, 400, 2027, (i) =>
      i % 7 === 0
        ? {
            provider: `Apotheke${'Ü'.repeat(4)}MitSehrLangemNamenOhneLeerzeichen${i}GmbHundCoKG`,
            description:
              'Zuzahlung laut Quittung, Rezept über mehrere Packungen; Nachweis liegt als Foto bei.',
          }
        : {},
    ),
  };
};
