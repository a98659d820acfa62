import { describe, expect, it } from 'vitest';
import { antragFlow } from './antrag-flow';
import { isMemberPath, memberPageIds } from './member-flow';
import { memberHandInPath } from './member-paths';
import { pagePath } from './flow-paths';

describe('the member’s flow over the wizard’s rows', () => {
  it('has the income, chronic-illness and receipt pages, with the same addresses as the applicant’s', () => {
    expect(memberPageIds).toEqual([
      'incomes.overview',
      'incomes.entry',
      'chronic.overview',
      'chronic.member',
      'receipts.overview',
      'receipts.entry',
    ]);
    expect(isMemberPath(pagePath('receipts.entry', { receiptId: 'r1' }))).toBe(true);
    expect(isMemberPath(pagePath('chronic.member', { memberId: 'applicant' }))).toBe(true);
  });

  it('leads every page of the applicant’s own sections away, and the check and send pages', () => {
    for (const page of ['person.kvnr', 'household.overview', 'welfare.kind', 'advance.offer'] as const)
      expect(isMemberPath(pagePath(page, { memberId: 'm1' }))).toBe(false);
    for (const path of ['/antrag/pruefen', '/antrag/absenden', '/antrag/belastungsgrenze', '/antrag/jahr'])
      expect(isMemberPath(path)).toBe(false);
    expect(isMemberPath(memberHandInPath)).toBe(true);
  });

  it('ends each of its pages within the flow or at the task list', () => {
    for (const id of memberPageIds) {
      const target = antragFlow[id].next({
        values: { another: false } as never,
        params: { memberId: 'applicant' },
        newId: () => 'new',
        open: [],
      });
      expect(target === 'tasks' || memberPageIds.includes(target.page)).toBe(true);
    }
  });
});
