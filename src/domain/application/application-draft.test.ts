import { describe, expect, it } from 'vitest';
import { applicationDraftSchema, createDraft, draftSchemaVersion } from './application-draft';

describe('createDraft', () => {
  it('starts an empty, valid draft for the year chosen', () => {
    const draft = createDraft('d1', 2025, '2025-06-15T10:00:00+02:00');
    expect(draft).toEqual({
      schemaVersion: draftSchemaVersion,
      id: 'd1',
      year: 2025,
      createdAt: '2025-06-15T10:00:00+02:00',
      updatedAt: '2025-06-15T10:00:00+02:00',
      answers: {},
      files: [],
    });
    expect(applicationDraftSchema.safeParse(draft).success).toBe(true);
  });
});

describe('applicationDraftSchema', () => {
  const draft = createDraft('d1', 2025, '2025-06-15T10:00:00Z');

  it.each([
    [
      'a file of another type',
      { files: [{ id: 'f', name: 'x.heic', type: 'image/heic', size: 1, addedAt: '2025-06-15T10:00:00Z' }] },
    ],
    [
      'a negative file size',
      {
        files: [
          { id: 'f', name: 'x.pdf', type: 'application/pdf', size: -1, addedAt: '2025-06-15T10:00:00Z' },
        ],
      },
    ],
    ['a time without offset', { createdAt: '2025-06-15T10:00:00' }],
    ['an unknown page answer', { answers: { welfare: { kind: 'wohngeld' } } }],
  ])('refuses %s', (_name, change) => {
    expect(applicationDraftSchema.safeParse({ ...draft, ...change }).success).toBe(false);
  });
});
