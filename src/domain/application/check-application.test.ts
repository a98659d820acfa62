import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kvnrCheckDigit } from '../identifiers/kvnr';
import { toLimitCaseJson } from '../limit-case/limit-case-json';
import { parseLimitCase } from '../limit-case/parse-limit-case';
import { createDraft, type ApplicationDraft } from './application-draft';
import {
  checkApplication,
  sectionIds,
  type MissingItem,
  type SectionId,
  type SectionState,
} from './check-application';
import type { Answers, MemberAnswers } from './draft-answers';
import type { StepContext } from './steps/step-context';
import { declared, sampleContext, sampleDrafts } from './sample-drafts.test-support';

const context = { year: 2025, referenceDate: '2025-06-15' };
const validKvnr = (start: string) => `${start}${kvnrCheckDigit(start)}`;

const draftWith = (answers: Answers): ApplicationDraft => ({
  ...createDraft('d1', 2025, '2025-06-15T10:00:00Z'),
  answers,
});
const check = (answers: Answers) => checkApplication(draftWith(answers), context);

const statusesOf = (states: Record<SectionId, SectionState>) =>
  Object.fromEntries(sectionIds.map((id) => [id, states[id].status]));
/** A missing item with its person reduced to id and name (the decision is tested with `people`). */
const itemOf = ({ page, code, id, person }: MissingItem) => ({
  page,
  code,
  id,
  person: person && { id: person.id, name: person.name },
});
const itemsOf = (state: SectionState) => state.missing.map(itemOf);
type ExpectedItem = Pick<MissingItem, 'page' | 'code' | 'id'> & { person?: { id: string; name?: string } };
const erika = { id: 'applicant', name: 'Erika Mustermann' };

/** A single pensioner who has answered everything. */
const pensioner: Answers = {
  person: {
    givenName: 'Erika',
    familyName: 'Mustermann',
    birthDate: '3.2.1956',
    kvnr: validKvnr('E12345678'),
    street: 'Hauptstraße 1',
    postalCode: '01067',
    city: 'Dresden',
  },
  representation: { kind: 'self' },
  bank: { iban: 'DE89 3704 0044 0532 0130 00', accountHolder: 'Erika Mustermann' },
  household: { members: [], complete: true },
  welfare: { kind: 'none' },
  incomes: {
    entries: [
      {
        id: 'e1',
        memberId: 'applicant',
        type: 'pension',
        amount: '1.234,56',
        period: 'month',
        proof: 'post',
      },
    ],
    complete: true,
  },
  chronic: { members: [{ memberId: 'applicant', chronicallyIll: 'no' }] },
  receipts: {
    entries: [
      {
        id: 'r1',
        kind: 'single',
        memberId: 'applicant',
        date: '4.3.2025',
        category: 'medicine',
        provider: 'Löwen-Apotheke',
        amount: '5,00',
      },
    ],
    complete: true,
  },
};
const given = { correct: true, consent: true };

const member = (
  id: string,
  relation: NonNullable<MemberAnswers['relation']>,
  givenName: string,
  birthDate: string,
  familyInsured: 'yes' | 'no',
): MemberAnswers => ({
  id,
  relation,
  givenName,
  familyName: 'Mustermann',
  birthDate,
  kvnr: validKvnr(`${givenName.charAt(0)}12345678`),
  insurer: 'same',
  familyInsured,
  ...(relation === 'spouse' ? { livesInCareHome: 'no' } : {}),
});

describe('checkApplication: sections', () => {
  it('marks every section complete for a single pensioner who answered everything', () => {
    const checked = check(pensioner);
    expect(statusesOf(checked.sections)).toEqual({
      'persoenliche-angaben': 'complete',
      haushalt: 'complete',
      sozialleistungen: 'complete',
      einnahmen: 'complete',
      'chronische-erkrankung': 'complete',
      // The current year: the advance payment is offered, and optional.
      vorauszahlung: 'notNeeded',
      zuzahlungen: 'complete',
    });
    expect(sectionIds.flatMap((id) => checked.sections[id].missing)).toEqual([]);
    expect(checked.complete).toBe(true);
    // Not yet declared on the check page, so not ready to send.
    expect(checked.declarationsGiven).toBe(false);
    expect(checked.readyToSend).toBe(false);
  });

  it('has nothing started in an empty draft; incomes and chronic illness wait for the household', () => {
    const { sections, complete } = checkApplication(createDraft('d1', 2025, '2025-06-15T10:00:00Z'), context);
    expect(statusesOf(sections)).toEqual({
      'persoenliche-angaben': 'notStarted',
      haushalt: 'notStarted',
      sozialleistungen: 'notStarted',
      einnahmen: 'cannotStart',
      'chronische-erkrankung': 'cannotStart',
      vorauszahlung: 'cannotStart',
      zuzahlungen: 'cannotStart',
    });
    for (const id of ['einnahmen', 'chronische-erkrankung', 'zuzahlungen'] as const) {
      expect(sections[id].reason, id).toBe('householdFirst');
      expect(itemsOf(sections[id]), id).toEqual([{ page: 'household.overview', code: 'householdFirst' }]);
    }
    expect(itemsOf(sections['persoenliche-angaben'])).toEqual(
      ['person.name', 'person.kvnr', 'person.address', 'person.representation', 'person.bank'].map(
        (page) => ({
          page,
          code: 'missing',
        }),
      ),
    );
    expect(itemsOf(sections.haushalt)).toEqual([{ page: 'household.overview', code: 'unconfirmed' }]);
    expect(itemsOf(sections.sozialleistungen)).toEqual([{ page: 'welfare.kind', code: 'missing' }]);
    expect(complete).toBe(false);
  });

  it.each<[string, Answers, SectionId, ExpectedItem[]]>([
    [
      'no KVNR',
      { person: { ...pensioner.person, kvnr: '' } },
      'persoenliche-angaben',
      [{ page: 'person.kvnr', code: 'missing' }],
    ],
    [
      'a future birth date',
      { person: { ...pensioner.person, birthDate: '16.6.2025' } },
      'persoenliche-angaben',
      [{ page: 'person.name', code: 'missing' }],
    ],
    [
      'a wrong postcode',
      { person: { ...pensioner.person, postalCode: '1067' } },
      'persoenliche-angaben',
      [{ page: 'person.address', code: 'missing' }],
    ],
    [
      'a mistyped e-mail',
      { person: { ...pensioner.person, email: 'erika@' } },
      'persoenliche-angaben',
      [{ page: 'person.contact', code: 'missing' }],
    ],
    [
      'no answer who applies',
      { representation: undefined },
      'persoenliche-angaben',
      [{ page: 'person.representation', code: 'missing' }],
    ],
    [
      'a wrong IBAN',
      { bank: { iban: 'DE88370400440532013000', accountHolder: 'E' } },
      'persoenliche-angaben',
      [{ page: 'person.bank', code: 'missing' }],
    ],
    [
      'the household not confirmed',
      { household: { members: [] } },
      'haushalt',
      [{ page: 'household.overview', code: 'unconfirmed' }],
    ],
    [
      'no benefit notice',
      { welfare: { kind: 'grundsicherung' } },
      'sozialleistungen',
      [{ page: 'welfare.kind', code: 'missing' }],
    ],
    [
      'the incomes not confirmed',
      { incomes: { ...pensioner.incomes, complete: false } },
      'einnahmen',
      [{ page: 'incomes.overview', code: 'unconfirmed' }],
    ],
    [
      'an incomplete income entry',
      { incomes: { ...pensioner.incomes, entries: [{ id: 'e1', memberId: 'applicant' }] } },
      'einnahmen',
      [{ page: 'incomes.entry', code: 'incomplete', id: 'e1' }],
    ],
    [
      'the certificate not yet chosen',
      { chronic: { members: [{ memberId: 'applicant', chronicallyIll: 'yes' }] } },
      'chronische-erkrankung',
      [{ page: 'chronic.member', code: 'missing', id: 'applicant', person: erika }],
    ],
  ])(
    'with %s, only that section is in progress and names the page that fixes it',
    (_name, change, section, items) => {
      const checked = check({ ...pensioner, ...change });
      expect(checked.sections[section].status).toBe('inProgress');
      expect(itemsOf(checked.sections[section])).toEqual(items);
      for (const other of sectionIds.filter((id) => id !== section)) {
        expect(checked.sections[other].status, other).toMatch(/^(complete|notNeeded|cannotStart)$/);
      }
      expect(checked.complete).toBe(false);
      expect(checkApplication(declared(draftWith({ ...pensioner, ...change })), context).readyToSend).toBe(
        false,
      );
    },
  );

  it.each<[string, Answers, SectionId, ExpectedItem[]]>([
    [
      'no answers on the benefits page',
      { welfare: undefined },
      'sozialleistungen',
      [{ page: 'welfare.kind', code: 'missing' }],
    ],
    [
      'no incomes entered',
      { incomes: undefined },
      'einnahmen',
      [{ page: 'incomes.overview', code: 'undeclared', id: 'applicant', person: erika }],
    ],
    [
      'no answers on chronic illness',
      { chronic: undefined },
      'chronische-erkrankung',
      [{ page: 'chronic.member', code: 'missing', id: 'applicant', person: erika }],
    ],
  ])('with %s, that section is not started', (_name, change, section, items) => {
    const checked = check({ ...pensioner, ...change });
    expect(checked.sections[section].status).toBe('notStarted');
    expect(itemsOf(checked.sections[section])).toEqual(items);
    expect(checked.complete).toBe(false);
  });

  it('names the applicant in what is missing', () => {
    const { sections } = check({ ...pensioner, incomes: {}, chronic: {} });
    expect(sections.einnahmen.missing).toHaveLength(1);
    expect(sections.einnahmen.missing[0]).toMatchObject({
      page: 'incomes.overview',
      code: 'undeclared',
      id: 'applicant',
      person: { id: 'applicant', relation: 'applicant', name: 'Erika Mustermann' },
    });
    expect(sections['chronische-erkrankung'].missing).toHaveLength(1);
    expect(sections['chronische-erkrankung'].missing[0]).toMatchObject({
      page: 'chronic.member',
      code: 'missing',
      id: 'applicant',
      person: { id: 'applicant', relation: 'applicant', name: 'Erika Mustermann' },
    });
  });

  it('leaves the name out while the applicant has none yet (the wizard then says "Sie" / "you")', () => {
    const { sections } = check({ ...pensioner, person: {}, incomes: {} });
    expect(sections.einnahmen.missing).toHaveLength(1);
    expect(sections.einnahmen.missing[0]?.person).toMatchObject({ id: 'applicant', relation: 'applicant' });
    expect(sections.einnahmen.missing[0]?.person?.name).toBeUndefined();
  });

  it('accepts "no income at all" for a counted person instead of an entry', () => {
    const { sections } = check({
      ...pensioner,
      incomes: { entries: [], noIncomeMemberIds: ['applicant'], complete: true },
    });
    expect(sections.einnahmen).toEqual({ status: 'complete', missing: [] });
  });

  describe('representation', () => {
    const representative = {
      givenName: 'Max',
      familyName: 'Vertreter',
      street: 'Nebenweg 2',
      postalCode: '04109',
      city: 'Leipzig',
    };

    it.each(['vollmacht', 'betreuung'] as const)(
      'points %s without the document to the representative’s page',
      (kind) => {
        const checked = check({ ...pensioner, representation: { kind, ...representative } });
        expect(checked.sections['persoenliche-angaben'].status).toBe('inProgress');
        expect(checked.sections['persoenliche-angaben'].missing).toEqual([
          { page: 'person.representative', code: 'missing' },
        ]);
        expect(checked.complete).toBe(false);
      },
    );

    it('is complete with the document', () => {
      const { sections } = check({
        ...pensioner,
        representation: { kind: 'vollmacht', ...representative, documentFileIds: ['doc-1'] },
      });
      expect(sections['persoenliche-angaben']).toEqual({ status: 'complete', missing: [] });
    });

    it('does not ask for a representative when applying for oneself, even with details left over', () => {
      const checked = check({ ...pensioner, representation: { kind: 'self', givenName: '' } });
      expect(checked.sections['persoenliche-angaben'].status).toBe('complete');
      expect(checked.person.representative).toBeUndefined();
    });
  });

  describe('a household on Bürgergeld (flat rule, § 62 Abs. 2 S. 5–6 SGB V)', () => {
    const onBuergergeld: Answers = {
      ...pensioner,
      welfare: { kind: 'buergergeld', noticeFileIds: ['notice-1'] },
      incomes: undefined,
    };

    it('needs no incomes and says why', () => {
      const checked = check(onBuergergeld);
      expect(checked.sections.einnahmen).toEqual({ status: 'notNeeded', missing: [], reason: 'flatRate' });
      expect(checked.flatRate).toBe(true);
      expect(checked.complete).toBe(true);
    });

    it('still needs the chronic-illness answers (the 1 % rate applies as usual)', () => {
      const checked = check({ ...onBuergergeld, chronic: undefined });
      expect(checked.sections['chronische-erkrankung'].status).toBe('notStarted');
      expect(checked.complete).toBe(false);
    });
  });

  describe('a couple with two grown children', () => {
    // In 2025 Lena turns 19 and is family-insured: she counts. Paul turns 20 with his own membership: he does not.
    const members = [
      member('s1', 'spouse', 'Max', '1.1.1965', 'no'),
      member('c1', 'child', 'Lena', '1.3.2006', 'yes'),
      member('c2', 'child', 'Paul', '10.1.2005', 'no'),
    ];
    const couple: Answers = {
      ...pensioner,
      household: { members, complete: true },
      incomes: undefined,
      chronic: undefined,
    };
    const counted = [erika, { id: 's1', name: 'Max Mustermann' }, { id: 'c1', name: 'Lena Mustermann' }];

    it('asks for the incomes and chronic illness of exactly the counted people', () => {
      const { sections } = check(couple);
      expect(sections.haushalt.status).toBe('complete');
      expect(sections.einnahmen.status).toBe('notStarted');
      expect(itemsOf(sections.einnahmen)).toEqual(
        counted.map((person) => ({ page: 'incomes.overview', code: 'undeclared', id: person.id, person })),
      );
      expect(itemsOf(sections['chronische-erkrankung'])).toEqual(
        counted.map((person) => ({ page: 'chronic.member', code: 'missing', id: person.id, person })),
      );
    });

    it('is complete once the counted people are answered, even with an unfinished entry for Paul', () => {
      const entry = (id: string, memberId: string) => ({
        id,
        memberId,
        type: 'wages' as const,
        amount: '2.500',
        period: 'month' as const,
        proof: 'post' as const,
      });
      const checked = check({
        ...couple,
        incomes: {
          entries: [entry('e1', 'applicant'), entry('e2', 's1'), { id: 'e3', memberId: 'c2', amount: 'x' }],
          noIncomeMemberIds: ['c1'],
          complete: true,
        },
        chronic: {
          members: ['applicant', 's1', 'c1'].map((memberId) => ({
            memberId,
            chronicallyIll: 'no' as const,
          })),
        },
      });
      expect(statusesOf(checked.sections)).toEqual({
        'persoenliche-angaben': 'complete',
        haushalt: 'complete',
        sozialleistungen: 'complete',
        einnahmen: 'complete',
        'chronische-erkrankung': 'complete',
        vorauszahlung: 'notNeeded',
        zuzahlungen: 'complete',
      });
      expect(checked.complete).toBe(true);
    });

    it('keeps incomes and chronic illness waiting while a member’s details are incomplete', () => {
      const { sections } = check({
        ...couple,
        household: { members: [...members, { id: 'x', relation: 'child' }], complete: true },
      });
      expect(sections.haushalt.status).toBe('inProgress');
      expect(itemsOf(sections.haushalt)).toEqual([
        { page: 'household.member', code: 'incomplete', id: 'x', person: { id: 'x', name: undefined } },
      ]);
      expect(sections.einnahmen.status).toBe('cannotStart');
      expect(sections.einnahmen.reason).toBe('householdFirst');
      expect(sections['chronische-erkrankung'].status).toBe('cannotStart');
    });

    it('sends the user back to the household when two people are entered as spouse', () => {
      const second = member('s2', 'spouse', 'Moritz', '1.1.1966', 'no');
      const { sections } = check({ ...couple, household: { members: [...members, second], complete: true } });
      expect(sections.haushalt.status).toBe('inProgress');
      expect(itemsOf(sections.haushalt)).toEqual([{ page: 'household.overview', code: 'unconfirmed' }]);
      expect(sections.einnahmen.status).toBe('cannotStart');
    });
  });
});

describe('checkApplication: complete, declarationsGiven and readyToSend', () => {
  it.each<[string, ApplicationDraft, StepContext, boolean]>([
    ['every section complete', draftWith(pensioner), context, true],
    [
      'incomes not needed (flat rule)',
      draftWith({ ...pensioner, welfare: { kind: 'buergergeld', noticeFileIds: ['n'] }, incomes: undefined }),
      context,
      true,
    ],
    [
      'receipts not needed (advance payment for next year)',
      {
        ...draftWith({
          ...pensioner,
          receipts: undefined,
          advancePayment: { option: 'full', method: 'transfer' },
        }),
        year: 2026,
      },
      { year: 2026, referenceDate: '2025-06-15' },
      true,
    ],
    ['a section in progress', draftWith({ ...pensioner, bank: {} }), context, false],
    ['a section not started', draftWith({ ...pensioner, chronic: undefined }), context, false],
    ['sections that cannot start', draftWith({ ...pensioner, household: { members: [] } }), context, false],
    ['nothing answered', createDraft('d1', 2025, '2025-06-15T10:00:00Z'), context, false],
  ])('with %s → complete and ready to send once declared: %s', (_name, draft, ctx, ready) => {
    const checked = checkApplication(declared(draft), ctx);
    expect(checked.complete).toBe(ready);
    expect(checked.declarationsGiven).toBe(true);
    expect(checked.readyToSend).toBe(ready);
    expect(checkApplication(draft, ctx).readyToSend).toBe(false);
  });

  it.each<[SectionId, Answers]>([
    ['persoenliche-angaben', { person: { ...pensioner.person, kvnr: '' } }],
    ['haushalt', { household: { members: [{ id: 'x' }], complete: true } }],
    ['sozialleistungen', { welfare: { kind: 'grundsicherung' } }],
    ['einnahmen', { incomes: { ...pensioner.incomes, complete: false } }],
    ['chronische-erkrankung', { chronic: { members: [{ memberId: 'applicant', chronicallyIll: 'yes' }] } }],
    ['zuzahlungen', { receipts: { entries: pensioner.receipts?.entries } }],
  ])('is not ready while %s is in progress', (id, change) => {
    const checked = check({ ...pensioner, ...change, declarations: given });
    expect(checked.sections[id].status).toBe('inProgress');
    expect(checked.complete).toBe(false);
    expect(checked.declarationsGiven).toBe(true);
    expect(checked.readyToSend).toBe(false);
  });

  it.each<[Answers['declarations'], boolean]>([
    [undefined, false],
    [{}, false],
    [{ correct: true }, false],
    [{ consent: true }, false],
    [{ correct: true, consent: false }, false],
    [{ correct: true, consent: true }, true],
  ])('with every section complete and declarations %j → %s', (declarations, ready) => {
    const checked = check({ ...pensioner, declarations });
    expect(checked.complete).toBe(true);
    expect(checked.declarationsGiven).toBe(ready);
    expect(checked.readyToSend).toBe(ready);
  });

  it.each(Object.entries(sampleDrafts))(
    'the %s sample is complete, and ready to send once declared',
    (_, make) => {
      expect(checkApplication(make(), sampleContext)).toMatchObject({ complete: true, readyToSend: false });
      expect(checkApplication(declared(make()), sampleContext)).toMatchObject({
        complete: true,
        declarationsGiven: true,
        readyToSend: true,
      });
    },
  );
});

describe('checkApplication: Zuzahlungen', () => {
  it('names an incomplete receipt and asks to confirm that all receipts are entered', () => {
    const checked = check({
      ...pensioner,
      receipts: { entries: [{ id: 'r9', kind: 'single', memberId: 'applicant', amount: '5' }] },
    });
    expect(checked.sections.zuzahlungen.status).toBe('inProgress');
    expect(itemsOf(checked.sections.zuzahlungen)).toEqual([
      { page: 'receipts.entry', code: 'incomplete', id: 'r9' },
    ]);
    const unconfirmed = check({ ...pensioner, receipts: { entries: pensioner.receipts?.entries } });
    expect(itemsOf(unconfirmed.sections.zuzahlungen)).toEqual([
      { page: 'receipts.overview', code: 'unconfirmed' },
    ]);
    expect(unconfirmed.complete).toBe(false);
  });

  it('needs no receipts for next year’s advance payment', () => {
    const draft = { ...draftWith({ ...pensioner, receipts: undefined }), year: 2026 };
    const { sections } = checkApplication(draft, context);
    expect(sections.zuzahlungen).toEqual({ status: 'notNeeded', missing: [], reason: 'advancePayment' });
  });
});

describe('checkApplication: people and counted', () => {
  const person = (
    id: string,
    relation: MemberAnswers['relation'],
    birthDate: string,
    familyInsured: 'yes' | 'no',
  ) => ({
    id,
    relation,
    givenName: id,
    familyName: 'Mustermann',
    birthDate,
    kvnr: validKvnr('K12345678'),
    insurer: 'same' as const,
    familyInsured,
    ...(relation === 'spouse' ? { livesInCareHome: 'no' as const } : {}),
  });

  it('always has the applicant, who counts, named as typed (or not yet named)', () => {
    const [unnamed] = check({}).people;
    expect(unnamed).toMatchObject({ id: 'applicant', relation: 'applicant', name: undefined });
    expect(unnamed?.decision).toMatchObject({ counts: true, reason: 'applicant' });

    const named = check({ person: { givenName: ' Erika', familyName: 'Mustermann ' } }).people;
    expect(named.map((p) => p.name)).toEqual(['Erika Mustermann']);
  });

  it('lists every member in the order entered, each with the reason they count or not', () => {
    const { people } = check({
      household: {
        members: [
          person('Max', 'spouse', '1.1.1960', 'no'),
          person('Lena', 'child', '1.3.2006', 'yes'), // 19 in 2025, family-insured
          person('Paul', 'child', '10.1.2005', 'no'), // 20 in 2025, own membership
          person('Mia', 'child', '31.12.2007', 'no'), // 18 in 2025: counts whatever her insurance
          person('Oma', 'other', '1.1.1940', 'yes'),
        ],
      },
    });
    expect(people.map((p) => [p.name, p.decision?.counts, p.decision?.reason])).toEqual([
      [undefined, true, 'applicant'],
      ['Max Mustermann', true, 'spouse'],
      ['Lena Mustermann', true, 'childFamilyInsured'],
      ['Paul Mustermann', false, 'childOwnMembership'],
      ['Mia Mustermann', true, 'childUpTo18'],
      ['Oma Mustermann', true, 'otherDependant'],
    ]);
  });

  it('counts a spouse who lives permanently in a care home, and says so (§ 62 Abs. 2 S. 7)', () => {
    const { people } = check({
      household: { members: [{ ...person('Max', 'spouse', '1.1.1940', 'no'), livesInCareHome: 'yes' }] },
    });
    expect(people[1]?.decision).toMatchObject({ counts: true, reason: 'spouseInCareHome' });
  });

  it('decides nothing yet for a member whose details are incomplete, but lists them', () => {
    const { people, counted } = check({
      household: {
        members: [
          { id: 'x', givenName: 'Ida' },
          { ...person('Max', 'spouse', '1.1.1960', 'no'), kvnr: '' },
        ],
      },
    });
    expect(people.slice(1)).toEqual([
      { id: 'x', relation: 'other', name: 'Ida', decision: undefined },
      { id: 'Max', relation: 'spouse', name: 'Max Mustermann', decision: undefined },
    ]);
    expect(counted.map((p) => p.id)).toEqual(['applicant']);
  });

  it('counts the applicant and every member who counts for the year', () => {
    const { counted } = check({
      household: {
        members: [
          person('Max', 'spouse', '1.1.1960', 'no'),
          person('Lena', 'child', '1.3.2006', 'yes'),
          person('Paul', 'child', '10.1.2005', 'no'),
        ],
      },
    });
    expect(counted.map((p) => p.id)).toEqual(['applicant', 'Max', 'Lena']);
  });

  it('decides by the year applied for: the same child counts in 2024 but not in 2025', () => {
    const draft = draftWith({ household: { members: [person('Paul', 'child', '10.1.2006', 'no')] } });
    expect(
      checkApplication(draft, { year: 2024, referenceDate: '2025-06-15' }).counted.map((p) => p.id),
    ).toEqual(['applicant', 'Paul']);
    expect(checkApplication(draft, context).counted.map((p) => p.id)).toEqual(['applicant']);
  });
});

describe('checkApplication: the limit case', () => {
  it.each(Object.entries(sampleDrafts))(
    'gives for the %s sample exactly the data its CLI case file gives, with no gaps',
    (_, make) => {
      const { data, gaps } = checkApplication(make(), sampleContext).limitCase;
      expect(gaps).toEqual([]);
      const { json, notRepresentable } = toLimitCaseJson(data);
      expect(notRepresentable).toEqual([]);
      const parsed = parseLimitCase(JSON.parse(JSON.stringify(json)));
      if (!parsed.ok) throw new Error(parsed.problem.message.en);
      // The case file has no place for a spouse in a care home, which the samples do not have, nor for months, which
      // only parental allowance uses (not a contract type: notRepresentable would list it). So nothing is lost.
      for (const m of data.members) expect(m.livesInCareHome ?? false, m.id).toBe(false);
      const contractOnly = {
        ...data,
        members: data.members.map(({ livesInCareHome: _care, incomes, ...m }) => ({
          ...m,
          incomes: incomes.map(({ type, annualCents }) => ({ type, annualCents })),
        })),
      };
      expect(parsed.value).toEqual(contractOnly);
    },
  );

  it('turns the pensioner’s typed answers into the engine’s figures', () => {
    const { data } = checkApplication(sampleDrafts.pensioner(), sampleContext).limitCase;
    expect(data.year).toBe(2026);
    expect(data.welfare).toBe('none');
    expect(data.members).toEqual([
      {
        id: 'applicant',
        relation: 'applicant',
        birthDate: '1951-02-03',
        familyInsured: false,
        chronicallyIll: false,
        incomes: [expect.objectContaining({ type: 'pension', annualCents: 12 * 145_000 })],
      },
    ]);
    expect(data.payments).toHaveLength(12);
    expect(data.payments[0]).toEqual({
      memberId: 'applicant',
      date: '2026-01-10',
      category: 'medicine',
      amountCents: 500,
    });
  });

  it('leaves an incomplete receipt out and lists it as a gap', () => {
    const draft = sampleDrafts.pensioner();
    draft.answers.receipts?.entries?.push({ id: 'bad', kind: 'single', amount: 'viel' });
    const { data, gaps } = checkApplication(draft, sampleContext).limitCase;
    expect(gaps).toEqual([{ page: 'receipts.entry', code: 'incomplete', id: 'bad' }]);
    expect(data.payments).toHaveLength(12);
  });

  it('leaves a member with incomplete details out and lists them as a gap, their incomes with them', () => {
    const draft = sampleDrafts.family();
    const jan = draft.answers.household?.members?.find((m) => m.id === 'c1');
    if (jan) jan.kvnr = '';
    draft.answers.incomes?.entries?.push({ id: 'jan-income', memberId: 'c1', amount: 'x' });
    const { data, gaps } = checkApplication(draft, sampleContext).limitCase;
    expect(gaps.map(itemOf)).toEqual([
      {
        page: 'household.member',
        code: 'incomplete',
        id: 'c1',
        person: { id: 'c1', name: 'Jan Ørsted-Nguyễn' },
      },
    ]);
    expect(data.members.map((m) => m.id)).toEqual(['applicant', 's1', 'c2']);
  });

  it('leaves an incomplete income entry out and lists it as a gap', () => {
    const draft = sampleDrafts.family();
    draft.answers.incomes?.entries?.push({ id: 'i4', memberId: 's1', type: 'pension', amount: 'viel' });
    const { data, gaps } = checkApplication(draft, sampleContext).limitCase;
    expect(gaps).toEqual([{ page: 'incomes.entry', code: 'incomplete', id: 'i4' }]);
    expect(data).toEqual(checkApplication(sampleDrafts.family(), sampleContext).limitCase.data);
  });

  it('computes without benefits while the benefits question is unanswered, and lists it as a gap', () => {
    const draft = sampleDrafts.buergergeld();
    delete draft.answers.welfare;
    const { data, gaps } = checkApplication(draft, sampleContext).limitCase;
    expect(gaps).toEqual([{ page: 'welfare.kind', code: 'missing' }]);
    expect(data.welfare).toBe('none');
  });

  it('takes the benefit chosen even while its notice is still missing (the figure does not depend on it)', () => {
    const draft = sampleDrafts.buergergeld();
    draft.answers.welfare = { kind: 'buergergeld' };
    const checked = checkApplication(draft, sampleContext);
    expect(checked.sections.sozialleistungen.status).toBe('inProgress');
    expect(checked.limitCase.gaps).toEqual([]);
    expect(checked.limitCase.data.welfare).toBe('buergergeld');
  });
});

describe('checkApplication: receipts — property', () => {
  it('lists exactly the invalid receipts as incomplete and computes with exactly the valid ones', () => {
    const full = checkApplication(sampleDrafts.family(), sampleContext);
    const ids = (full.draft.answers.receipts?.entries ?? []).map((r) => r.id);
    expect(full.limitCase.data.payments).toHaveLength(ids.length);
    fc.assert(
      fc.property(fc.subarray(ids), (broken) => {
        const invalid = new Set(broken);
        const draft = sampleDrafts.family();
        const receipts = draft.answers.receipts;
        if (receipts)
          receipts.entries = receipts.entries?.map((r) =>
            invalid.has(r.id) ? { id: r.id, kind: 'single' as const, amount: 'viel' } : r,
          );
        const checked = checkApplication(draft, sampleContext);
        expect(checked.sections.zuzahlungen.missing).toEqual(
          broken.map((id) => ({ page: 'receipts.entry', code: 'incomplete', id })),
        );
        expect(checked.limitCase.gaps).toEqual(
          broken.map((id) => ({ page: 'receipts.entry', code: 'incomplete', id })),
        );
        expect(checked.limitCase.data.payments).toEqual(
          full.limitCase.data.payments.filter((_, i) => !invalid.has(ids[i] ?? '')),
        );
      }),
      { numRuns: 50 },
    );
  });
});

describe('checkApplication: the advance payment', () => {
  const coming = { year: 2026, referenceDate: '2025-10-01' };
  const nextYear = (answers: Answers) => ({ ...draftWith(answers), year: 2026 });
  const creditor = { creditorName: 'AOK PLUS (Demo)', creditorId: 'DE98ZZZ09999999999' };

  it('is required for a coming year, and only the whole amount can be chosen', () => {
    const open = checkApplication(nextYear({ ...pensioner, receipts: undefined }), coming);
    expect(open.sections.vorauszahlung.status).toBe('notStarted');
    expect(itemsOf(open.sections.vorauszahlung)).toEqual([{ page: 'advance.offer', code: 'missing' }]);
    expect(open.sections.zuzahlungen).toMatchObject({ status: 'notNeeded', reason: 'advancePayment' });
    const rest = checkApplication(
      nextYear({ ...pensioner, receipts: undefined, advancePayment: { option: 'rest' } }),
      coming,
    );
    expect(itemsOf(rest.sections.vorauszahlung)).toEqual([{ page: 'advance.offer', code: 'missing' }]);
    const none = checkApplication(
      nextYear({ ...pensioner, receipts: undefined, advancePayment: { option: 'none' } }),
      coming,
    );
    expect(none.advance.option).toBeUndefined();
  });

  it('is optional in the current year; the whole amount makes receipts unnecessary, the rest needs them', () => {
    expect(check(pensioner).sections.vorauszahlung).toMatchObject({
      status: 'notNeeded',
      reason: 'optional',
    });
    const full = check({
      ...pensioner,
      receipts: undefined,
      advancePayment: { option: 'full', method: 'transfer' },
    });
    expect(full.sections.vorauszahlung.status).toBe('complete');
    expect(full.sections.zuzahlungen).toMatchObject({ status: 'notNeeded', reason: 'advancePayment' });
    expect(full.complete).toBe(true);
    const rest = check({
      ...pensioner,
      receipts: undefined,
      advancePayment: { option: 'rest', method: 'transfer' },
    });
    expect(rest.sections.zuzahlungen.status).toBe('notStarted');
    const none = check({ ...pensioner, advancePayment: { option: 'none' } });
    expect(none.sections.vorauszahlung.status).toBe('complete');
    expect(none.advance.method).toBeUndefined();
  });

  it('asks for the way to pay, and for a complete mandate when paying by direct debit', () => {
    const noMethod = check({ ...pensioner, advancePayment: { option: 'full' } });
    expect(itemsOf(noMethod.sections.vorauszahlung)).toEqual([{ page: 'advance.method', code: 'missing' }]);
    const unconfirmed = check({
      ...pensioner,
      advancePayment: {
        option: 'full',
        method: 'directDebit',
        accountHolder: 'Erika Mustermann',
        iban: 'DE89370400440532013000',
        ...creditor,
      },
    });
    expect(itemsOf(unconfirmed.sections.vorauszahlung)).toEqual([
      { page: 'advance.method', code: 'incomplete' },
    ]);
    const withoutCreditor = check({
      ...pensioner,
      advancePayment: {
        option: 'full',
        method: 'directDebit',
        accountHolder: 'Erika Mustermann',
        iban: 'DE89370400440532013000',
        mandate: true,
      },
    });
    expect(withoutCreditor.sections.vorauszahlung.status).toBe('inProgress');
    const given = check({
      ...pensioner,
      advancePayment: {
        option: 'full',
        method: 'directDebit',
        accountHolder: 'Erika Mustermann',
        iban: 'DE89 3704 0044 0532 0130 00',
        mandate: true,
        ...creditor,
      },
    });
    expect(given.sections.vorauszahlung.status).toBe('complete');
    expect(given.advance.method).toEqual({
      method: 'directDebit',
      accountHolder: 'Erika Mustermann',
      iban: 'DE89370400440532013000',
      ...creditor,
    });
  });

  it('is not offered for a past year, whatever the draft holds', () => {
    const past = checkApplication(draftWith({ ...pensioner, advancePayment: { option: 'full' } }), {
      year: 2025,
      referenceDate: '2026-03-01',
    });
    expect(past.sections.vorauszahlung).toMatchObject({ status: 'notNeeded', reason: 'notOffered' });
    expect(past.advance).toMatchObject({ offered: false, option: undefined });
    expect(past.sections.zuzahlungen.status).toBe('complete');
  });
});
