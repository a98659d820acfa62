import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ApplicationDocument } from '../../domain/application/application-document';
import { applicationDocumentLimitCase } from '../../domain/application/application-document-limit-case';
import { computeLimitCase } from '../../domain/limit-case/compute-limit-case';
import { debitDate, mandateReference } from '../../domain/vorauszahlung/sepa-mandate';
import { advancePaymentProblems } from './advance-payment-check';
import { advancePaymentFacts } from './advance-payment-facts';
import { readApplicationBundle } from './application-document-check';
import { applicationJsonPath } from './bag-layout';
import { buildBundle } from './build-bundle';
import { jpeg, pdf, sampleInput } from './bundle-fixtures.test-support';

// The documented example household (docs/application-json.md): applicant, a spouse insured elsewhere and two
// children insured here; limit 254,69 € at 1 %.
const example = JSON.parse(
  readFileSync(new URL('../../../docs/examples/application.json', import.meta.url), 'utf8'),
) as ApplicationDocument;

const limitOf = (document: ApplicationDocument) => {
  const computed = computeLimitCase(applicationDocumentLimitCase(document));
  if (!computed.ok) throw new Error(computed.problem.message.en);
  return computed.value;
};

type Advance = NonNullable<ApplicationDocument['advancePayment']>;
type Mandate = NonNullable<Advance['mandate']>;

const withAdvance = (change: Partial<Advance> = {}, base = example): ApplicationDocument => {
  const document = structuredClone(base);
  document.advancePayment = {
    option: 'full',
    amountCents: limitOf(document).limitCents,
    paidBeforeCents: 0,
    method: 'transfer',
    mandate: null,
    ...change,
  };
  return document;
};

const mandate = (change: Partial<Mandate> = {}): Mandate => ({
  creditorName: 'AOK PLUS (Demo)',
  creditorId: 'DE98ZZZ09999999999',
  mandateReference: mandateReference(example.applicationId),
  accountHolder: 'Łukasz Ğüneş Ørsted-Nguyễn',
  iban: 'DE89370400440532013000',
  signedOn: '2026-11-20',
  debitOn: debitDate('2026-11-20'),
  ...change,
});

/** Two of the applicant's receipts only: 28,40 € paid, so a rest remains below the limit. */
const fewReceipts = (): ApplicationDocument => {
  const document = structuredClone(example);
  document.receipts = document.receipts.filter((receipt) => receipt.id === 'r2' || receipt.id === 'r3');
  return document;
};

const codes = (document: ApplicationDocument) => advancePaymentProblems(document).map((p) => p.code);

describe('advancePaymentProblems', () => {
  it('has nothing to say about an ordinary application', () => {
    expect(advancePaymentProblems(example)).toEqual([]);
  });

  it('accepts the full limit by transfer', () => {
    expect(limitOf(example).limitCents).toBe(25_469);
    expect(advancePaymentProblems(withAdvance())).toEqual([]);
  });

  it('refuses a full amount that is not the recomputed limit, naming application.json', () => {
    const problems = advancePaymentProblems(withAdvance({ amountCents: 25_470 }));
    expect(problems.map((p) => p.code)).toEqual(['advancePayment.amount']);
    expect(problems[0]?.path).toBe(applicationJsonPath);
    expect(problems[0]?.message.de).toContain('254,69');
    expect(problems[0]?.message.en).toContain('254.69');
  });

  it('refuses co-payments already made with the full amount', () => {
    expect(codes(withAdvance({ paidBeforeCents: 100 }))).toEqual(['advancePayment.paid-before']);
  });

  it('accepts the rest: the limit minus the counted co-payments of the receipts', () => {
    const base = fewReceipts();
    const { limitCents, paidCents } = limitOf(base);
    expect(paidCents).toBe(2_840);
    const rest = { option: 'rest' as const, paidBeforeCents: paidCents, amountCents: limitCents - paidCents };
    expect(advancePaymentProblems(withAdvance(rest, base))).toEqual([]);
    // A rest that leaves the receipts out, or a sum of receipts the document does not hold, is refused.
    expect(codes(withAdvance({ ...rest, amountCents: limitCents }, base))).toEqual(['advancePayment.amount']);
    expect(
      codes(withAdvance({ ...rest, paidBeforeCents: 5_000, amountCents: limitCents - 5_000 }, base)),
    ).toEqual(['advancePayment.paid-before']);
  });

  it('counts only counted members’ receipts and their real sum', () => {
    // The example's receipts exceed the limit: no rest is left, so no positive amount fits.
    const { limitCents, paidCents } = limitOf(example);
    expect(paidCents).toBeGreaterThan(limitCents);
    expect(codes(withAdvance({ option: 'rest', paidBeforeCents: paidCents, amountCents: 1 }))).toEqual([
      'advancePayment.amount',
    ]);
  });

  it('accepts a direct debit with a complete one-off mandate', () => {
    expect(advancePaymentProblems(withAdvance({ method: 'directDebit', mandate: mandate() }))).toEqual([]);
  });

  it.each([
    ['no mandate', null, 'advancePayment.mandate-missing'],
    [
      'an IBAN with wrong check digits',
      mandate({ iban: 'DE88370400440532013000' }),
      'advancePayment.mandate-iban',
    ],
    [
      'a wrong creditor identifier',
      mandate({ creditorId: 'DE97ZZZ09999999999' }),
      'advancePayment.mandate-creditor-id',
    ],
    [
      'another application’s mandate reference',
      mandate({ mandateReference: 'ZBVZBA000000000000' }),
      'advancePayment.mandate-reference',
    ],
    [
      'a debit date not 14 days after signing',
      mandate({ debitOn: '2026-11-21' }),
      'advancePayment.debit-date',
    ],
  ])('refuses a direct debit with %s', (_name, given, code) => {
    expect(codes(withAdvance({ method: 'directDebit', mandate: given }))).toEqual([code]);
  });

  it('refuses a transfer that carries a mandate', () => {
    expect(codes(withAdvance({ method: 'transfer', mandate: mandate() }))).toEqual([
      'advancePayment.mandate-unexpected',
    ]);
  });

  it('needs a valid KVNR for every covered person, not for members insured elsewhere; names no one', () => {
    const document = withAdvance();
    document.members = document.members.map((member) =>
      member.id === 'c1'
        ? { ...member, kvnr: null }
        : member.id === 's1'
          ? { ...member, kvnr: null }
          : member,
    );
    const problems = advancePaymentProblems(document);
    expect(problems.map((p) => p.code)).toEqual(['advancePayment.kvnr']);
    expect(problems[0]?.message.en).toContain('c1');
    const text = JSON.stringify(problems);
    for (const member of example.members) expect(text).not.toContain(member.givenName);

    const lowerCase = withAdvance();
    lowerCase.members[0] = { ...lowerCase.members[0]!, kvnr: 'l123456783' };
    expect(codes(lowerCase)).toEqual(['advancePayment.kvnr']);
  });

  it('needs the names a card prints', () => {
    const document = withAdvance();
    document.members = document.members.map((member) =>
      member.id === 'c2' ? { ...member, givenName: ' ' } : member,
    );
    expect(codes(document)).toEqual(['advancePayment.name']);
  });
});

describe('advancePaymentFacts', () => {
  it('is undefined for an ordinary application', () => {
    expect(advancePaymentFacts(example)).toBeUndefined();
  });

  it('keeps the payment and the people: covered here, and insured elsewhere apart', () => {
    const facts = advancePaymentFacts(withAdvance({ method: 'directDebit', mandate: mandate() }));
    expect(facts).toMatchObject({
      kind: 'advancePayment',
      year: 2026,
      option: 'full',
      method: 'directDebit',
      amountCents: 25_469,
      debitOn: '2026-12-04',
    });
    expect(facts?.covered.map((p) => [p.memberId, p.kvnr])).toEqual([
      ['applicant', 'L123456783'],
      ['c1', 'J112233441'],
      ['c2', 'I556677881'],
    ]);
    expect(facts?.elsewhere).toEqual([{ memberId: 's1', givenName: 'Maria', familyName: 'Ørsted-Nguyễn' }]);
    expect(advancePaymentFacts(withAdvance())?.debitOn).toBeNull();
  });
});

describe('readApplicationBundle with an advance payment', () => {
  const bundleOf = (document: ApplicationDocument) =>
    buildBundle(
      sampleInput({
        applicationId: document.applicationId,
        year: document.year,
        created: document.createdAt,
        schemaVersion: document.schemaVersion,
        rulesVersion: document.rulesVersion,
        applicationJson: new TextEncoder().encode(JSON.stringify(document)),
        attachments: document.attachments.map(({ name, type }) => ({
          name,
          bytes: type === 'image/jpeg' ? jpeg(1200, 1600) : pdf(),
        })),
      }),
    );

  it('accepts the right amount and refuses a wrong one like any other problem of the bundle', () => {
    const accepted = readApplicationBundle(bundleOf(withAdvance()));
    expect(accepted.ok).toBe(true);
    const refused = readApplicationBundle(bundleOf(withAdvance({ amountCents: 12_345 })));
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.problems.map((p) => [p.code, p.path])).toEqual([
      ['advancePayment.amount', applicationJsonPath],
    ]);
  });
});

describe('advancePaymentProblems with a member’s own part (version 2)', () => {
  /** The applicant's two receipts, and the spouse's pension, illness and one co-payment as her own part. */
  const withSpousePart = (): ApplicationDocument => {
    const document = fewReceipts();
    document.incomes = document.incomes.filter((income) => income.memberId !== 's1');
    document.chronic = document.chronic.filter((entry) => entry.memberId !== 's1');
    document.memberParts = [
      {
        memberId: 's1',
        invitationId: '6f1c2a7e-3b4d-4e5f-8a9b-0c1d2e3f4a5b',
        sha256: 'ab'.repeat(32),
        incomeCents: 960_000,
        reducedRate: true,
        coPayments: [{ date: '2026-03-01', amountCents: 5_000 }],
      },
    ];
    return document;
  };

  it('recomputes the limit and the co-payments already made with the part’s figures', () => {
    const document = withSpousePart();
    const { limitCents, paidCents, ratePercent } = limitOf(document);
    // The same limit as when the applicant typed the spouse's facts in: 1 % for her illness, her pension counted.
    expect([limitCents, ratePercent]).toEqual([limitOf(example).limitCents, 1]);
    expect(paidCents).toBe(2_840 + 5_000);
    const rest = (paidBeforeCents: number) =>
      withAdvance({ option: 'rest', paidBeforeCents, amountCents: limitCents - paidBeforeCents }, document);
    expect(codes(rest(7_840))).toEqual([]);
    expect(codes(rest(2_840))).toEqual(['advancePayment.paid-before']);
  });
});
