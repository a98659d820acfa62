import { describe, expect, it } from 'vitest';
import { createDraft } from '../../../domain/application/application-draft';
import {
  checkApplication,
  sectionIds,
  type MissingItem,
} from '../../../domain/application/check-application';
import { sampleContext, sampleDrafts } from '../../../domain/application/sample-drafts.test-support';
import { missingKey } from './use-missing-text';
import { missingMessages } from './missing-messages';

const itemsOf = (answers: Parameters<typeof withAnswers>[0]) =>
  sectionIds.flatMap((id) => checkApplication(withAnswers(answers), sampleContext).sections[id].missing);
const withAnswers = (answers: ReturnType<typeof sampleDrafts.family>['answers']) => ({
  ...createDraft('d1', sampleContext.year, '2026-11-20T10:00:00Z'),
  answers,
});

// Every gap the checked pass can report has a line of its own in both languages (never a bare key).
describe('the texts of missing items', () => {
  const family = sampleDrafts.family().answers;
  const cases: [string, MissingItem[]][] = [
    ['an empty draft', itemsOf({})],
    ['an unconfirmed household', itemsOf({ ...family, household: { ...family.household, complete: false } })],
    [
      'a member without details',
      itemsOf({ ...family, household: { members: [{ id: 'x', relation: 'child' }], complete: true } }),
    ],
    [
      'incomes and receipts unconfirmed, one broken each, one person undeclared',
      itemsOf({
        ...family,
        representation: { kind: 'vollmacht' },
        incomes: { entries: [{ id: 'i1', memberId: 'applicant', amount: 'viel' }] },
        chronic: { members: [] },
        receipts: { entries: [{ id: 'r1', kind: 'single', amount: 'viel' }] },
      }),
    ],
    ['receipts unconfirmed', itemsOf({ ...family, receipts: { ...family.receipts, complete: false } })],
    ['incomes unconfirmed', itemsOf({ ...family, incomes: { ...family.incomes, complete: false } })],
    ['an e-mail address without @', itemsOf({ ...family, person: { ...family.person, email: 'erika' } })],
  ];

  it.each(cases)('covers %s', (_, items) => {
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      const key = missingKey(item);
      expect(missingMessages.de[key], key).toMatch(/\S/);
      expect(missingMessages.en[key], key).toMatch(/\S/);
    }
  });

  it('has seen every kind of gap the pass reports', () => {
    const codes = new Set(cases.flatMap(([, items]) => items.map((item) => `${item.page}.${item.code}`)));
    expect(codes).toEqual(
      new Set([
        'person.name.missing',
        'person.kvnr.missing',
        'person.address.missing',
        'person.contact.missing',
        'person.representation.missing',
        'person.representative.missing',
        'person.bank.missing',
        'household.overview.unconfirmed',
        'household.overview.householdFirst',
        'household.member.incomplete',
        'welfare.kind.missing',
        'incomes.overview.undeclared',
        'incomes.overview.unconfirmed',
        'incomes.entry.incomplete',
        'chronic.member.missing',
        'receipts.entry.incomplete',
        'receipts.overview.unconfirmed',
      ]),
    );
  });
});
