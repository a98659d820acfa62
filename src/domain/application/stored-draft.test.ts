import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applicationDraftSchema, draftSchemaVersion, type ApplicationDraft } from './application-draft';
import { answerSections, type AnswerSection } from './draft-answers';
import { parseStoredDraft } from './stored-draft';

const file = {
  id: 'f1',
  name: 'Rentenbescheid 2025.pdf',
  type: 'application/pdf' as const,
  size: 123_456,
  addedAt: '2025-06-15T10:05:00+02:00',
};

/** A draft with an answer on every page, as it comes out of storage (plain JSON). */
const fullDraft: ApplicationDraft = {
  schemaVersion: 1,
  id: 'draft-1',
  year: 2025,
  createdAt: '2025-06-15T10:00:00Z',
  updatedAt: '2025-06-16T18:30:00+02:00',
  lastPath: '/antrag/einnahmen',
  answers: {
    person: { givenName: 'Erika', familyName: 'Mustermann', birthDate: '3.2.1956', kvnr: 'A123456780' },
    representation: { kind: 'vollmacht', givenName: 'Max', documentFileIds: ['f1'] },
    bank: { iban: 'DE89 3704 0044 0532 0130 00', accountHolder: 'Erika Mustermann' },
    household: {
      members: [{ id: 'm1', relation: 'spouse', givenName: 'Max', birthDate: '1.1.19', insurer: 'other' }],
      complete: false,
    },
    welfare: { kind: 'none' },
    incomes: {
      entries: [{ id: 'e1', memberId: 'applicant', type: 'pension', amount: '1.234,5', period: 'month' }],
      noIncomeMemberIds: ['m1'],
    },
    chronic: { members: [{ memberId: 'applicant', chronicallyIll: 'yes', certificate: 'doctorSends' }] },
  },
  files: [file],
};

const stored = <T>(draft: T): T => JSON.parse(JSON.stringify(draft)) as T;

describe('parseStoredDraft', () => {
  it('the fixture is a valid draft', () => {
    expect(applicationDraftSchema.safeParse(fullDraft).success).toBe(true);
  });

  it('reads a valid draft back unchanged, with nothing unreadable', () => {
    expect(parseStoredDraft(stored(fullDraft))).toEqual({ ok: true, draft: fullDraft, unreadableParts: [] });
  });

  it('keeps answers that are not valid yet exactly as typed', () => {
    const result = parseStoredDraft(stored(fullDraft));
    expect(result.ok && result.draft.answers.incomes?.entries?.[0]?.amount).toBe('1.234,5');
    expect(result.ok && result.draft.answers.household?.members?.[0]?.birthDate).toBe('1.1.19');
  });

  it('opens a draft saved before the choice how the Bescheid is made known, and one with it', () => {
    const before = {
      ...stored(fullDraft),
      answers: { ...stored(fullDraft).answers, declarations: { correct: true } },
    };
    expect(parseStoredDraft(before)).toEqual({
      ok: true,
      draft: { ...fullDraft, answers: { ...fullDraft.answers, declarations: { correct: true } } },
      unreadableParts: [],
    });
    const chosen = { correct: true, consent: true, electronicNotification: 'no' as const };
    const after = parseStoredDraft({
      ...stored(fullDraft),
      answers: { ...fullDraft.answers, declarations: chosen },
    });
    expect(after.ok && after.draft.answers.declarations).toEqual(chosen);
    // A value no version wrote is set aside, and the other sections stay.
    const odd = parseStoredDraft({
      ...stored(fullDraft),
      answers: { ...fullDraft.answers, declarations: { correct: true, electronicNotification: 'maybe' } },
    });
    expect(odd.ok && odd.unreadableParts).toEqual(['answers.declarations']);
    expect(odd.ok && odd.draft.answers.person).toEqual(fullDraft.answers.person);
  });

  it('refuses a draft from a newer version of the app, saying which', () => {
    expect(parseStoredDraft({ ...stored(fullDraft), schemaVersion: draftSchemaVersion + 1 })).toEqual({
      ok: false,
      reason: 'newerVersion',
      version: draftSchemaVersion + 1,
    });
  });

  it('refuses a version it has no migration for', () => {
    expect(parseStoredDraft({ ...stored(fullDraft), schemaVersion: 0 })).toEqual({
      ok: false,
      reason: 'unknownVersion',
      version: 0,
    });
  });

  it.each<[string, unknown]>([
    ['null', null],
    ['undefined', undefined],
    ['a string', 'draft'],
    ['a number', 1],
    ['an array', [fullDraft]],
    ['an object without version', { ...fullDraft, schemaVersion: undefined }],
    ['a version as text', { ...fullDraft, schemaVersion: '1' }],
    ['a fractional version', { ...fullDraft, schemaVersion: 1.5 }],
    ['a draft without id', { ...fullDraft, id: undefined }],
    ['a draft with an empty id', { ...fullDraft, id: '' }],
    ['a draft without year', { ...fullDraft, year: undefined }],
  ])('refuses %s as not a draft', (_name, raw) => {
    expect(parseStoredDraft(raw)).toEqual({ ok: false, reason: 'notADraft' });
  });

  describe('a draft with a damaged household', () => {
    const damagedHousehold = { members: 'Max und Lena', complete: 'ja' };
    const result = parseStoredDraft(
      stored({ ...fullDraft, answers: { ...fullDraft.answers, household: damagedHousehold } }),
    );

    it('opens, keeps every other section, the files and where the user left off', () => {
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      const { household: _household, ...others } = fullDraft.answers;
      expect(result.draft.answers).toEqual(others);
      expect(result.draft.files).toEqual([file]);
      expect(result.draft).toMatchObject({
        id: 'draft-1',
        year: 2025,
        createdAt: fullDraft.createdAt,
        updatedAt: fullDraft.updatedAt,
        lastPath: '/antrag/einnahmen',
        schemaVersion: draftSchemaVersion,
      });
    });

    it('keeps the household as it was, aside in unreadable, and reports it', () => {
      expect(result.ok && result.draft.unreadable).toEqual([
        { part: 'answers.household', raw: damagedHousehold },
      ]);
      expect(result.ok && result.unreadableParts).toEqual(['answers.household']);
    });

    it('gives a draft that is valid and reads back the same without reporting the part again', () => {
      if (!result.ok) throw new Error('expected a draft');
      expect(applicationDraftSchema.safeParse(result.draft).success).toBe(true);
      expect(parseStoredDraft(stored(result.draft))).toEqual({
        ok: true,
        draft: result.draft,
        unreadableParts: [],
      });
    });
  });

  it('sets a malformed file entry aside and keeps the good ones', () => {
    const badFile = { ...file, id: 'f2', type: 'image/heic' };
    const result = parseStoredDraft(stored({ ...fullDraft, files: [file, badFile] }));
    expect(result).toMatchObject({ ok: true, unreadableParts: ['files'] });
    if (!result.ok) return;
    expect(result.draft.files).toEqual([file]);
    expect(result.draft.unreadable).toEqual([{ part: 'files', raw: [badFile] }]);
    expect(result.draft.answers).toEqual(fullDraft.answers);
  });

  it('reports every damaged part, and only new ones when something was set aside before', () => {
    const earlier = [{ part: 'answers.bank', raw: { iban: 42 } }];
    const result = parseStoredDraft(
      stored({
        ...fullDraft,
        answers: { ...fullDraft.answers, welfare: { kind: 'wohngeld' }, chronic: [] },
        unreadable: earlier,
      }),
    );
    expect(result).toMatchObject({ ok: true, unreadableParts: ['answers.welfare', 'answers.chronic'] });
    if (!result.ok) return;
    expect(result.draft.unreadable).toEqual([
      ...earlier,
      { part: 'answers.welfare', raw: { kind: 'wohngeld' } },
      { part: 'answers.chronic', raw: [] },
    ]);
    expect(Object.keys(result.draft.answers).sort()).toEqual([
      'bank',
      'household',
      'incomes',
      'person',
      'representation',
    ]);
  });

  it.each<[string, Record<string, unknown>, unknown]>([
    [
      'answers that are not an object',
      { answers: [{ person: { givenName: 'Erika' } }] },
      [{ person: { givenName: 'Erika' } }],
    ],
    ['a file index that is not a list', { files: { 0: file } }, { 0: file }],
  ])('never silently discards %s: they are kept aside and reported', (_name, change, raw) => {
    const result = parseStoredDraft(stored({ ...fullDraft, ...change }));
    if (!result.ok) throw new Error(`refused: ${result.reason}`);
    expect(result.unreadableParts).not.toEqual([]);
    expect((result.draft.unreadable ?? []).map((entry) => entry.raw)).toContainEqual(raw);
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.anything(), (raw) => {
        const result = parseStoredDraft(raw);
        expect(typeof result.ok).toBe('boolean');
      }),
    );
  });

  it('never throws on something shaped like a draft with arbitrary parts', () => {
    fc.assert(
      fc.property(
        fc.record(
          {
            schemaVersion: fc.oneof(fc.constant(1), fc.anything()),
            id: fc.oneof(fc.constant('d'), fc.anything()),
            year: fc.oneof(fc.constant(2025), fc.anything()),
            createdAt: fc.oneof(fc.constant('2025-06-15T10:00:00Z'), fc.anything()),
            updatedAt: fc.oneof(fc.constant('2025-06-15T10:00:00Z'), fc.anything()),
            lastPath: fc.anything(),
            answers: fc.oneof(
              fc.dictionary(fc.constantFrom(...answerSections), fc.anything()),
              fc.anything(),
            ),
            files: fc.oneof(fc.array(fc.anything()), fc.anything()),
            unreadable: fc.anything(),
          },
          { requiredKeys: [] },
        ),
        (raw) => {
          const result = parseStoredDraft(raw);
          if (result.ok) expect(applicationDraftSchema.safeParse(result.draft).success).toBe(true);
        },
      ),
    );
  });

  it('never loses the other sections when one section is damaged', () => {
    fc.assert(
      fc.property(fc.constantFrom(...answerSections), fc.jsonValue(), (section: AnswerSection, value) => {
        const damaged = stored(value); // as storage gives it back (e.g. -0 becomes 0)
        const raw = stored({ ...fullDraft, answers: { ...fullDraft.answers, [section]: damaged } });
        const result = parseStoredDraft(raw);
        if (!result.ok) throw new Error(`refused: ${result.reason}`);
        for (const other of answerSections.filter((name) => name !== section)) {
          expect(result.draft.answers[other]).toEqual(fullDraft.answers[other]);
        }
        expect(result.draft.files).toEqual(fullDraft.files);
        // The damaged section is either read (it happened to be valid) or kept aside exactly as it was.
        const asideParts = (result.draft.unreadable ?? []).map((entry) => entry.part);
        if (result.draft.answers[section] === undefined) {
          expect(result.draft.unreadable).toEqual([{ part: `answers.${section}`, raw: damaged }]);
          expect(result.unreadableParts).toEqual([`answers.${section}`]);
        } else {
          expect(asideParts).toEqual([]);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('the invitations and a member’s link in a damaged draft', () => {
  const invitations = {
    applicationId: '2f1c4e0a-7b7e-4c55-9a8a-1b2c3d4e5f60',
    applicationSecret: 'A'.repeat(43),
    parts: [],
  };

  it('keeps the application secret when another part cannot be read', () => {
    const result = parseStoredDraft({ ...fullDraft, invitations, files: 'broken' });
    expect(result.ok && result.draft.invitations).toEqual(invitations);
    expect(result.ok && result.unreadableParts).toEqual(['files']);
  });

  it('sets a damaged secret aside instead of dropping it, and keeps everything else', () => {
    const damaged = { ...invitations, applicationSecret: 'too short' };
    const result = parseStoredDraft({ ...fullDraft, invitations: damaged });
    expect(result.ok && result.draft.invitations).toBeUndefined();
    expect(result.ok && result.draft.unreadable).toContainEqual({ part: 'invitations', raw: damaged });
    expect(result.ok && result.draft.answers.person?.givenName).toBe('Erika');
  });
});
