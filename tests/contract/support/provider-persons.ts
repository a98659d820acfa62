import { expect } from 'vitest';
import { mockAdvancePaymentPath } from '../../../src/api/contracts/advance-payment';
import { submissionStateSchema } from '../../../src/api/contracts/submission';
import type { ApplicationDocument } from '../../../src/domain/application/application-document';
import { applicationDocumentLimitCase } from '../../../src/domain/application/application-document-limit-case';
import { kvnrCheckDigit } from '../../../src/domain/identifiers/kvnr';
import { computeLimitCase } from '../../../src/domain/limit-case/compute-limit-case';
import { applicationBundle, exampleApplication } from '../../support/application-bundle';
import { postBundle, receiptOf } from './contract-requests';
import type { ContractTarget } from './contract-target';

/*
 * People exempt through the insurer's own way (issue 15 builds on it): the documented example household applies for
 * the advance payment by transfer, and the demo control says the money arrived on 10 March 2026, which gives every
 * person insured here a card from that day to 31 December 2026 (tests/contract/advance-payment.test.ts). Each
 * household gets KVNRs of its own, so a test's people are nobody else's — not another test's on a server that keeps
 * its data for the whole file, and not the demo's people, who are members of the same example household.
 */
const limitCents = (() => {
  const computed = computeLimitCase(applicationDocumentLimitCase(exampleApplication()));
  if (!computed.ok) throw new Error(computed.problem.message.en);
  return computed.value.limitCents;
})();

let serial = 0;
const kvnrOf = (letter: string, n: number) => {
  const nine = `${letter}${String(70_000_000 + n).padStart(8, '0')}`;
  return `${nine}${kvnrCheckDigit(nine)}`;
};

export type ExemptPerson = {
  kvnr: string;
  birthDate: string;
  /** The exemption card's number: the advance payment's reference. */
  cardNumber: string;
  initials: string;
};

/** A household exempt from 10 March to 31 December 2026; returns its applicant and the non-exempt spouse's pair. */
export async function exemptHousehold(target: ContractTarget): Promise<{
  applicant: ExemptPerson;
  /** Insured with another insurer (the example's spouse): unknown here. */
  spouse: { kvnr: string; birthDate: string };
}> {
  serial += 1;
  const kvnrs: Record<string, string> = {
    applicant: kvnrOf('T', serial),
    s1: kvnrOf('U', serial),
    c1: kvnrOf('V', serial),
    c2: kvnrOf('W', serial),
  };
  const applicationId = `ZBA-PRV${String(serial).padStart(9, '0')}`;
  const bundle = applicationBundle({
    applicationId,
    edit: (document): ApplicationDocument => ({
      ...document,
      applicant: { ...document.applicant, kvnr: kvnrs.applicant ?? document.applicant.kvnr },
      members: document.members.map((member) => ({ ...member, kvnr: kvnrs[member.id] ?? member.kvnr })),
      advancePayment: {
        option: 'full',
        amountCents: limitCents,
        paidBeforeCents: 0,
        method: 'transfer',
        mandate: null,
      },
    }),
  });
  const { reference } = await receiptOf(await postBundle(target, bundle));
  const received = await target.fetch(mockAdvancePaymentPath.replace(':reference', reference), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ outcome: 'received', on: '2026-03-10' }),
  });
  const text = await received.text();
  expect(received.status, text).toBe(200);
  const card = submissionStateSchema
    .parse(JSON.parse(text))
    .exemptions?.find((exemption) => exemption.memberId === 'applicant');
  expect(card).toMatchObject({ kvnr: kvnrs.applicant, gueltigAb: '2026-03-10', gueltigBis: '2026-12-31' });
  const example = exampleApplication();
  const spouse = example.members.find((member) => member.id === 's1');
  return {
    applicant: {
      kvnr: kvnrs.applicant!,
      birthDate: example.applicant.birthDate,
      cardNumber: reference,
      // Łukasz Ğüneş Ørsted-Nguyễn: the first letters of the first given name and of the family name.
      initials: 'Ł. Ğ.',
    },
    spouse: { kvnr: kvnrs.s1!, birthDate: spouse?.birthDate ?? '1980-01-09' },
  };
}
