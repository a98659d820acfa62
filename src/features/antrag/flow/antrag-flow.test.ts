import { describe, expect, it } from 'vitest';
import { pageIds, type PageId } from '../../../domain/application/page-ids';
import { antragFlow, sectionEntries, type FlowTarget, type GuardInput } from './antrag-flow';
import { flowRoutes } from './flow-routes';
import { matchFlowPage, pagePath, targetPath } from './flow-paths';

const input = <V>(values: V, extra: Partial<GuardInput<V>> = {}): GuardInput<V> => ({
  values,
  params: {},
  newId: () => 'new-id',
  ...extra,
});

// Where "Speichern und weiter" leads, as data: given the page's answers, the next page.
describe('the guards of the flow', () => {
  it.each<[string, FlowTarget, FlowTarget]>([
    [
      'applying for oneself skips the representative',
      antragFlow['person.representation'].next(input({ kind: 'self' })),
      { page: 'person.bank' },
    ],
    [
      'a power of attorney asks for the representative',
      antragFlow['person.representation'].next(input({ kind: 'vollmacht' })),
      { page: 'person.representative' },
    ],
    [
      'a legal guardian asks for the representative',
      antragFlow['person.representation'].next(input({ kind: 'betreuung' })),
      { page: 'person.representative' },
    ],
    [
      'no benefit goes back to the task list',
      antragFlow['welfare.kind'].next(input({ kind: 'none' })),
      'tasks',
    ],
    [
      'Bürgergeld asks for the notice',
      antragFlow['welfare.kind'].next(input({ kind: 'buergergeld' })),
      { page: 'welfare.notice' },
    ],
    [
      'care-home costs paid by the welfare office ask for the notice',
      antragFlow['welfare.kind'].next(input({ kind: 'heimunterbringung' })),
      { page: 'welfare.notice' },
    ],
    [
      '"someone else lives here" opens a new person',
      antragFlow['household.overview'].next(input({ more: true })),
      { page: 'household.member', params: { memberId: 'new-id' } },
    ],
    [
      '"nobody else" goes back to the task list',
      antragFlow['household.overview'].next(input({ more: false })),
      'tasks',
    ],
    [
      '"save and add another receipt" opens a new receipt',
      antragFlow['receipts.entry'].next(input({ another: true })),
      { page: 'receipts.entry', params: { receiptId: 'new-id' } },
    ],
    [
      'saving a receipt otherwise returns to the ledger',
      antragFlow['receipts.entry'].next(input({ another: false })),
      { page: 'receipts.overview' },
    ],
    [
      'chronic illness goes on to the next counted person without an answer',
      antragFlow['chronic.member'].next(input(undefined, { params: { memberId: 'a' }, open: ['a', 'b'] })),
      { page: 'chronic.member', params: { memberId: 'b' } },
    ],
    [
      'chronic illness ends at the overview when everyone has answered',
      antragFlow['chronic.member'].next(input(undefined, { params: { memberId: 'a' }, open: ['a'] })),
      { page: 'chronic.overview' },
    ],
    [
      'the name leads to the insurance number',
      antragFlow['person.name'].next(input(undefined)),
      { page: 'person.kvnr' },
    ],
    [
      'the bank account ends the section at its summary',
      antragFlow['person.bank'].next(input(undefined)),
      { page: 'person.summary' },
    ],
    [
      'a household member returns to the household list',
      antragFlow['household.member'].next(input(undefined)),
      { page: 'household.overview' },
    ],
    [
      'an income returns to the income list',
      antragFlow['incomes.entry'].next(input(undefined)),
      { page: 'incomes.overview' },
    ],
  ])('%s', (_, actual, expected) => {
    expect(actual).toEqual(expected);
  });
});

// Every page the guard of some page can lead to, over every answer the guard distinguishes.
function successors(page: PageId): PageId[] {
  const { next, links = [] } = antragFlow[page];
  const guard = next as (input: GuardInput<unknown>) => FlowTarget;
  const answers: unknown[] = [
    {},
    { kind: 'self' },
    { kind: 'vollmacht' },
    { kind: 'none' },
    { kind: 'buergergeld' },
    { more: true },
    { more: false },
    { another: true },
    { another: false },
  ];
  const targets = answers.flatMap((values) =>
    [[], ['other']].map((open) => guard(input(values, { params: { memberId: 'x' }, open }))),
  );
  return [...links, ...targets.flatMap((target) => (target === 'tasks' ? [] : [target.page]))];
}

describe('the flow definition', () => {
  it('reaches every page from the task list, through section entries, guards and overview links', () => {
    const reached = new Set<PageId>(sectionEntries.map((section) => section.page));
    const queue = [...reached];
    while (queue.length > 0) {
      for (const next of successors(queue.shift()!)) {
        if (!reached.has(next)) {
          reached.add(next);
          queue.push(next);
        }
      }
    }
    expect([...reached].sort()).toEqual([...pageIds].sort());
  });

  it('has a route for every page, and every address leads back to its page', () => {
    expect(flowRoutes.map((route) => route.path)).toEqual(pageIds.map((id) => antragFlow[id].path));
    for (const id of pageIds) {
      const params = { memberId: 'm-1', entryId: 'e-1', receiptId: 'r-1' };
      const path = pagePath(id, params);
      expect(matchFlowPage(path)?.page).toBe(id);
      expect(path).not.toContain(':');
    }
  });

  it('keeps every page inside the section the task list opens it from', () => {
    for (const id of pageIds) {
      const section = sectionEntries.find((entry) => entry.id === antragFlow[id].section);
      expect(section, id).toBeDefined();
      expect(pagePath(id).startsWith(pagePath(section!.page))).toBe(true);
    }
  });

  it('turns "tasks" into the task list and a page into its address', () => {
    expect(targetPath('tasks')).toBe('/antrag');
    expect(targetPath({ page: 'receipts.entry', params: { receiptId: 'r 1' } })).toBe(
      '/antrag/zuzahlungen/beleg/r%201',
    );
  });

  it('gives every page with a step schema a loader that yields the schema factory', async () => {
    for (const id of pageIds) {
      const { schema } = antragFlow[id];
      if (schema) expect(typeof (await schema()), id).toBe('function');
    }
  });
});
