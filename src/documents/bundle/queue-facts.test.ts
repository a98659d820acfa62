import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ApplicationDocument } from '../../domain/application/application-document';
import { finding } from './bundle-problem';
import { queueFacts } from './queue-facts';

const example = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../../docs/examples/application.json'), 'utf8'),
) as ApplicationDocument;

const quiet = (): ApplicationDocument => ({
  ...structuredClone(example),
  chronic: example.chronic.map((entry) => ({ ...entry, certificate: null })),
  incomes: example.incomes.map((income) => ({ ...income, proof: 'upload' })),
  calculation: { ...example.calculation, limitReachedOn: null },
});

describe('queueFacts', () => {
  it('gives the documented example: four people, its paid total, limit reached and papers by post', () => {
    expect(queueFacts(example, [])).toEqual({
      householdSize: 4,
      claimedCents: example.calculation.paidCents,
      flags: ['limitReached', 'documentsMissing'],
    });
  });

  it('flags nothing when nothing follows, the limit is not reached and the reader found nothing', () => {
    expect(queueFacts(quiet(), []).flags).toEqual([]);
  });

  it('flags documents missing for a certificate the doctor sends or one income proof by post', () => {
    const doctor = quiet();
    doctor.chronic[1] = { ...doctor.chronic[1]!, certificate: 'doctorSends' };
    expect(queueFacts(doctor, []).flags).toEqual(['documentsMissing']);
    const post = quiet();
    post.incomes[0] = { ...post.incomes[0]!, proof: 'post' };
    expect(queueFacts(post, []).flags).toEqual(['documentsMissing']);
  });

  it("flags the reader's warnings, a further application and an advance payment, whose amount is claimed", () => {
    const document: ApplicationDocument = {
      ...quiet(),
      furtherApplicationTo: { reference: 'ZB-2026-000001' },
      advancePayment: {
        option: 'full',
        amountCents: 12345,
        paidBeforeCents: 0,
        method: 'transfer',
        mandate: null,
      },
    };
    const warning = finding('pdf.links', 'data/x.pdf', 'Verweise', 'links');
    expect(queueFacts(document, [warning])).toEqual({
      householdSize: 4,
      claimedCents: 12345,
      flags: ['furtherApplication', 'bundleFlags', 'advancePayment'],
    });
  });
});
