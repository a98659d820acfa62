import { describe, expect, it } from 'vitest';
import { kvnrCheckDigit } from '../identifiers/kvnr';
import { createDraft, type ApplicationDraft } from './application-draft';
import type { Answers, MemberAnswers } from './draft-answers';
import {
  declarationsGiven,
  readyToSend,
  sectionIds,
  sectionsComplete,
  sectionStates,
  type SectionId,
  type SectionState,
} from './section-status';

const context = { year: 2025, referenceDate: '2025-06-15' };
const validKvnr = (start: string) => `${start}${kvnrCheckDigit(start)}`;

const draftWith = (answers: Answers): ApplicationDraft => ({
  ...createDraft('d1', 2025, '2025-06-15T10:00:00Z'),
  answers,
});

const statusesOf = (states: Record<SectionId, SectionState>) =>
  Object.fromEntries(sectionIds.map((id) => [id, states[id].status]));
const pagesOf = (state: SectionState) => state.missing.map((missing) => missing.page);

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

describe('sectionStates', () => {
  it('marks every section complete for a single pensioner who answered everything, ready to send', () => {
    const states = sectionStates(draftWith(pensioner), context);
    expect(statusesOf(states)).toEqual({
      'persoenliche-angaben': 'complete',
      haushalt: 'complete',
      sozialleistungen: 'complete',
      einnahmen: 'complete',
      'chronische-erkrankung': 'complete',
      zuzahlungen: 'complete',
    });
    expect(sectionIds.flatMap((id) => states[id].missing)).toEqual([]);
    expect(sectionsComplete(states)).toBe(true);
  });

  it('has nothing started in an empty draft; incomes and chronic illness wait for the household', () => {
    const states = sectionStates(createDraft('d1', 2025, '2025-06-15T10:00:00Z'), context);
    expect(statusesOf(states)).toEqual({
      'persoenliche-angaben': 'notStarted',
      haushalt: 'notStarted',
      sozialleistungen: 'notStarted',
      einnahmen: 'cannotStart',
      'chronische-erkrankung': 'cannotStart',
      zuzahlungen: 'cannotStart',
    });
    expect(states.einnahmen.reason).toEqual({
      de: 'Kann erst beginnen, wenn der Haushalt vollständig ist.',
      en: 'Can start once the household is complete.',
    });
    expect(pagesOf(states.einnahmen)).toEqual(['haushalt']);
    expect(pagesOf(states['persoenliche-angaben'])).toEqual([
      'persoenliche-angaben/name',
      'persoenliche-angaben/versichertennummer',
      'persoenliche-angaben/anschrift',
      'persoenliche-angaben/vertretung',
      'persoenliche-angaben/bankverbindung',
    ]);
    expect(sectionsComplete(states)).toBe(false);
  });

  it.each<[string, Answers, SectionId, string[]]>([
    [
      'no KVNR',
      { person: { ...pensioner.person, kvnr: '' } },
      'persoenliche-angaben',
      ['persoenliche-angaben/versichertennummer'],
    ],
    [
      'a future birth date',
      { person: { ...pensioner.person, birthDate: '16.6.2025' } },
      'persoenliche-angaben',
      ['persoenliche-angaben/name'],
    ],
    [
      'a wrong postcode',
      { person: { ...pensioner.person, postalCode: '1067' } },
      'persoenliche-angaben',
      ['persoenliche-angaben/anschrift'],
    ],
    [
      'a mistyped e-mail',
      { person: { ...pensioner.person, email: 'erika@' } },
      'persoenliche-angaben',
      ['persoenliche-angaben/kontakt'],
    ],
    [
      'no answer who applies',
      { representation: undefined },
      'persoenliche-angaben',
      ['persoenliche-angaben/vertretung'],
    ],
    [
      'a wrong IBAN',
      { bank: { iban: 'DE88370400440532013000', accountHolder: 'E' } },
      'persoenliche-angaben',
      ['persoenliche-angaben/bankverbindung'],
    ],
    ['the household not confirmed', { household: { members: [] } }, 'haushalt', ['haushalt']],
    ['no benefit notice', { welfare: { kind: 'grundsicherung' } }, 'sozialleistungen', ['sozialleistungen']],
    [
      'the incomes not confirmed',
      { incomes: { ...pensioner.incomes, complete: false } },
      'einnahmen',
      ['einnahmen'],
    ],
    [
      'an incomplete income entry',
      { incomes: { ...pensioner.incomes, entries: [{ id: 'e1', memberId: 'applicant' }] } },
      'einnahmen',
      ['einnahmen/eintrag/e1'],
    ],
    [
      'the certificate not yet chosen',
      { chronic: { members: [{ memberId: 'applicant', chronicallyIll: 'yes' }] } },
      'chronische-erkrankung',
      ['chronische-erkrankung/applicant'],
    ],
  ])(
    'with %s, only that section is in progress and links to the page that fixes it',
    (_name, change, section, pages) => {
      const states = sectionStates(draftWith({ ...pensioner, ...change }), context);
      expect(states[section].status).toBe('inProgress');
      expect(pagesOf(states[section])).toEqual(pages);
      for (const other of sectionIds.filter((id) => id !== section)) {
        expect(states[other].status, other).toMatch(/^(complete|notNeeded|cannotStart)$/);
      }
      expect(sectionsComplete(states)).toBe(false);
    },
  );

  it.each<[string, Answers, SectionId, string[]]>([
    ['no answers on the benefits page', { welfare: undefined }, 'sozialleistungen', ['sozialleistungen']],
    ['no incomes entered', { incomes: undefined }, 'einnahmen', ['einnahmen']],
    [
      'no answers on chronic illness',
      { chronic: undefined },
      'chronische-erkrankung',
      ['chronische-erkrankung/applicant'],
    ],
  ])('with %s, that section is not started', (_name, change, section, pages) => {
    const states = sectionStates(draftWith({ ...pensioner, ...change }), context);
    expect(states[section].status).toBe('notStarted');
    expect(pagesOf(states[section])).toEqual(pages);
    expect(sectionsComplete(states)).toBe(false);
  });

  it('names the applicant in what is missing, in both languages', () => {
    const states = sectionStates(draftWith({ ...pensioner, incomes: {}, chronic: {} }), context);
    expect(states.einnahmen.missing.map((missing) => missing.text)).toEqual([
      { de: 'Einnahmen von Erika Mustermann', en: 'Income of Erika Mustermann' },
    ]);
    expect(states['chronische-erkrankung'].missing.map((missing) => missing.text)).toEqual([
      { de: 'Chronische Erkrankung: Erika Mustermann', en: 'Chronic illness: Erika Mustermann' },
    ]);
  });

  it('says "Sie" / "you" while the applicant has no name yet', () => {
    const states = sectionStates(draftWith({ ...pensioner, person: {}, incomes: {} }), context);
    expect(states.einnahmen.missing.map((missing) => missing.text)).toEqual([
      { de: 'Einnahmen von Sie', en: 'Income of you' },
    ]);
  });

  it('accepts "no income at all" for a counted person instead of an entry', () => {
    const states = sectionStates(
      draftWith({ ...pensioner, incomes: { entries: [], noIncomeMemberIds: ['applicant'], complete: true } }),
      context,
    );
    expect(states.einnahmen).toEqual({ status: 'complete', missing: [] });
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
        const states = sectionStates(
          draftWith({ ...pensioner, representation: { kind, ...representative } }),
          context,
        );
        expect(states['persoenliche-angaben'].status).toBe('inProgress');
        expect(states['persoenliche-angaben'].missing).toEqual([
          {
            page: 'persoenliche-angaben/vertreter',
            text: { de: 'Angaben zur vertretenden Person', en: 'Details of the representative' },
          },
        ]);
        expect(sectionsComplete(states)).toBe(false);
      },
    );

    it('is complete with the document', () => {
      const states = sectionStates(
        draftWith({
          ...pensioner,
          representation: { kind: 'vollmacht', ...representative, documentFileIds: ['doc-1'] },
        }),
        context,
      );
      expect(states['persoenliche-angaben']).toEqual({ status: 'complete', missing: [] });
    });

    it('does not ask for a representative when applying for oneself, even with details left over', () => {
      const states = sectionStates(
        draftWith({ ...pensioner, representation: { kind: 'self', givenName: '' } }),
        context,
      );
      expect(states['persoenliche-angaben'].status).toBe('complete');
    });
  });

  describe('a household on Bürgergeld (flat rule, § 62 Abs. 2 S. 5–6 SGB V)', () => {
    const onBuergergeld: Answers = {
      ...pensioner,
      welfare: { kind: 'buergergeld', noticeFileIds: ['notice-1'] },
      incomes: undefined,
    };

    it('needs no incomes and says why', () => {
      const states = sectionStates(draftWith(onBuergergeld), context);
      expect(states.einnahmen.status).toBe('notNeeded');
      expect(states.einnahmen.missing).toEqual([]);
      expect(states.einnahmen.reason?.de).toContain('Bürgergeld');
      expect(states.einnahmen.reason?.de).toContain('§ 62 Abs. 2 S. 5–6 SGB V');
      expect(states.einnahmen.reason?.en).toContain('citizen’s income');
      expect(sectionsComplete(states)).toBe(true);
    });

    it('still needs the chronic-illness answers (the 1 % rate applies as usual)', () => {
      const states = sectionStates(draftWith({ ...onBuergergeld, chronic: undefined }), context);
      expect(states['chronische-erkrankung'].status).toBe('notStarted');
      expect(sectionsComplete(states)).toBe(false);
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

    it('asks for the incomes and chronic illness of exactly the counted people', () => {
      const states = sectionStates(draftWith(couple), context);
      expect(states.haushalt.status).toBe('complete');
      expect(states.einnahmen.status).toBe('notStarted');
      expect(states.einnahmen.missing.map((missing) => missing.text.de)).toEqual([
        'Einnahmen von Erika Mustermann',
        'Einnahmen von Max Mustermann',
        'Einnahmen von Lena Mustermann',
      ]);
      expect(pagesOf(states['chronische-erkrankung'])).toEqual([
        'chronische-erkrankung/applicant',
        'chronische-erkrankung/s1',
        'chronische-erkrankung/c1',
      ]);
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
      const states = sectionStates(
        draftWith({
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
        }),
        context,
      );
      expect(statusesOf(states)).toEqual({
        'persoenliche-angaben': 'complete',
        haushalt: 'complete',
        sozialleistungen: 'complete',
        einnahmen: 'complete',
        'chronische-erkrankung': 'complete',
        zuzahlungen: 'complete',
      });
      expect(sectionsComplete(states)).toBe(true);
    });

    it('keeps incomes and chronic illness waiting while a member’s details are incomplete', () => {
      const states = sectionStates(
        draftWith({
          ...couple,
          household: { members: [...members, { id: 'x', relation: 'child' }], complete: true },
        }),
        context,
      );
      expect(states.haushalt.status).toBe('inProgress');
      expect(states.haushalt.missing).toEqual([
        { page: 'haushalt/person/x', text: { de: 'Angaben zu —', en: 'Details of —' } },
      ]);
      expect(states.einnahmen.status).toBe('cannotStart');
      expect(states['chronische-erkrankung'].status).toBe('cannotStart');
    });

    it('sends the user back to the household when two people are entered as spouse', () => {
      const second = member('s2', 'spouse', 'Moritz', '1.1.1966', 'no');
      const states = sectionStates(
        draftWith({ ...couple, household: { members: [...members, second], complete: true } }),
        context,
      );
      expect(states.haushalt.status).toBe('inProgress');
      expect(pagesOf(states.haushalt)).toEqual(['haushalt']);
      expect(states.einnahmen.status).toBe('cannotStart');
    });
  });
});

describe('sectionsComplete and readyToSend', () => {
  const complete: SectionState = { status: 'complete', missing: [] };
  const all = (status: SectionState['status']) =>
    Object.fromEntries(sectionIds.map((id) => [id, { ...complete, status }])) as Record<
      SectionId,
      SectionState
    >;
  const given = { correct: true, consent: true };

  it.each([
    ['complete', true],
    ['notNeeded', true],
    ['inProgress', false],
    ['notStarted', false],
    ['cannotStart', false],
  ] as const)('every section %s → %s', (status, ready) => {
    expect(sectionsComplete(all(status))).toBe(ready);
    expect(readyToSend(all(status), given)).toBe(ready);
  });

  it.each(sectionIds)('is not ready while %s is in progress', (id) => {
    const states = { ...all('complete'), [id]: { status: 'inProgress', missing: [] } };
    expect(sectionsComplete(states)).toBe(false);
    expect(readyToSend(states, given)).toBe(false);
  });

  it.each([
    [undefined, false],
    [{}, false],
    [{ correct: true }, false],
    [{ consent: true }, false],
    [{ correct: true, consent: false }, false],
    [{ correct: true, consent: true }, true],
  ])('with every section complete and declarations %j → %s', (declarations, ready) => {
    expect(declarationsGiven(declarations)).toBe(ready);
    expect(readyToSend(all('complete'), declarations)).toBe(ready);
  });
});

describe('Zuzahlungen in the task list', () => {
  it('links an incomplete receipt and asks to confirm that all receipts are entered', () => {
    const states = sectionStates(
      draftWith({
        ...pensioner,
        receipts: { entries: [{ id: 'r9', kind: 'single', memberId: 'applicant', amount: '5' }] },
      }),
      context,
    );
    expect(states.zuzahlungen.status).toBe('inProgress');
    expect(pagesOf(states.zuzahlungen)).toEqual(['zuzahlungen/beleg/r9']);
    const unconfirmed = sectionStates(
      draftWith({ ...pensioner, receipts: { entries: pensioner.receipts?.entries } }),
      context,
    );
    expect(pagesOf(unconfirmed.zuzahlungen)).toEqual(['zuzahlungen']);
    expect(sectionsComplete(unconfirmed)).toBe(false);
  });

  it('needs no receipts for next year’s advance payment', () => {
    const draft = { ...draftWith({ ...pensioner, receipts: undefined }), year: 2026 };
    const states = sectionStates(draft, context);
    expect(states.zuzahlungen.status).toBe('notNeeded');
    expect(states.zuzahlungen.reason?.de).toContain('Vorauszahlung');
  });
});
