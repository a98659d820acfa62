import { describe, expect, it } from 'vitest';
import { readMemberPartBag, isMemberPartBag } from './read-member-part-bag';
import { memberPartBag, memberPartDocument } from './member-part-fixtures.test-support';

describe('readMemberPartBag', () => {
  it('reads back the part the writer built', () => {
    const result = readMemberPartBag(memberPartBag());
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.document).toEqual(memberPartDocument());
    expect(result.document.summary).toEqual({
      incomeCents: 1_440_000,
      reducedRate: true,
      coPayments: [
        { date: '2026-02-11', amountCents: 2_830 },
        { date: '2026-03-04', amountCents: 1_000 },
      ],
    });
    expect(isMemberPartBag(memberPartBag())).toBe(true);
  });
});
