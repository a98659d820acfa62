import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDeviceVault } from './device-vault';
import { draftLifetimeDays, expiryAfter, type DraftFile, type DraftStore } from './draft-store';
import { createMemoryStore } from './memory-store';

const now = '2026-03-01T09:00:00.000Z';
const later = '2026-04-15T18:30:00.000Z';
const dayMs = 24 * 60 * 60 * 1000;

function photo(id: string, addedAt = now, bytes = [1, 2, 3]): DraftFile {
  return {
    id,
    name: `${id}.jpg`,
    type: 'image/jpeg',
    size: bytes.length,
    addedAt,
    bytes: new Uint8Array(bytes),
  };
}

beforeEach(() => {
  vi.stubGlobal('indexedDB', new IDBFactory());
});

afterEach(() => {
  vi.unstubAllGlobals();
});

// The same contract holds for the device store (encrypted IndexedDB) and the memory store (this visit only).
describe.each([
  { kind: 'device', create: () => createDeviceVault() },
  { kind: 'memory', create: async () => createMemoryStore() },
] as const)('$kind store', ({ kind, create }) => {
  let store: DraftStore;
  beforeEach(async () => {
    store = await create();
  });

  it('says where it keeps the data', () => {
    expect(store.kind).toBe(kind);
  });

  it('saves and loads a draft with its year, schema version and content', async () => {
    const content = { haushalt: [{ name: 'Erika', einnahmen: 123_456 }], chronisch: true };
    const saved = await store.saveDraft({ id: 'd1', year: 2026, schemaVersion: 3, content }, now);
    expect(saved).toEqual({
      ok: true,
      summary: { id: 'd1', year: 2026, updatedAt: now, expiresAt: expiryAfter(now) },
    });
    expect(await store.loadDraft('d1')).toEqual({
      ok: true,
      id: 'd1',
      year: 2026,
      schemaVersion: 3,
      updatedAt: now,
      content,
    });
  });

  it('hands out copies: changing what was saved or loaded does not change the stored draft', async () => {
    const content = { betrag: 1250 };
    await store.saveDraft({ id: 'd1', year: 2026, schemaVersion: 1, content }, now);
    content.betrag = 0;
    const loaded = await store.loadDraft('d1');
    expect(loaded.ok && loaded.content).toEqual({ betrag: 1250 });
  });

  it('reports a missing draft instead of throwing', async () => {
    expect(await store.loadDraft('nope')).toEqual({ ok: false, id: 'nope', year: null, reason: 'missing' });
  });

  it('lists drafts newest year first, without content', async () => {
    await store.saveDraft({ id: 'd25', year: 2025, schemaVersion: 1, content: { geheim: 1 } }, now);
    await store.saveDraft({ id: 'd26', year: 2026, schemaVersion: 1, content: {} }, later);
    expect(await store.listDrafts()).toEqual([
      { id: 'd26', year: 2026, updatedAt: later, expiresAt: expiryAfter(later) },
      { id: 'd25', year: 2025, updatedAt: now, expiresAt: expiryAfter(now) },
    ]);
  });

  it('keeps one draft per year', async () => {
    await store.saveDraft({ id: 'd1', year: 2026, schemaVersion: 1, content: 'erster' }, now);
    const second = await store.saveDraft(
      { id: 'd2', year: 2026, schemaVersion: 1, content: 'zweiter' },
      later,
    );
    expect(second).toEqual({ ok: false, reason: 'yearTaken', existingId: 'd1' });
    expect(await store.listDrafts()).toHaveLength(1);
    // The holder itself may save again, and may move to a free year.
    expect((await store.saveDraft({ id: 'd1', year: 2027, schemaVersion: 1, content: 'x' }, later)).ok).toBe(
      true,
    );
    expect((await store.saveDraft({ id: 'd2', year: 2026, schemaVersion: 1, content: 'y' }, later)).ok).toBe(
      true,
    );
  });

  it('slides the expiry to 90 days after each save of the draft or of a file', async () => {
    expect(draftLifetimeDays).toBe(90);
    await store.saveDraft({ id: 'd1', year: 2026, schemaVersion: 1, content: {} }, now);
    const [first] = await store.listDrafts();
    expect(Date.parse(first!.expiresAt) - Date.parse(now)).toBe(90 * dayMs);
    await store.saveDraft({ id: 'd1', year: 2026, schemaVersion: 1, content: {} }, later);
    expect((await store.listDrafts())[0]!.expiresAt).toBe(expiryAfter(later));
    const evenLater = '2026-06-01T00:00:00.000Z';
    const savedFile = await store.saveFile('d1', photo('f1'), evenLater);
    expect(savedFile).toEqual({
      ok: true,
      summary: expect.objectContaining({ expiresAt: expiryAfter(evenLater) }),
    });
    expect((await store.listDrafts())[0]).toMatchObject({
      updatedAt: evenLater,
      expiresAt: expiryAfter(evenLater),
    });
  });

  it('refuses a clock value that is not a date-time', async () => {
    await expect(
      store.saveDraft({ id: 'd1', year: 2026, schemaVersion: 1, content: {} }, 'gestern'),
    ).rejects.toThrow(RangeError);
  });

  it('saves, lists and loads files one by one, byte for byte', async () => {
    await store.saveDraft({ id: 'd1', year: 2026, schemaVersion: 1, content: {} }, now);
    const bytes = Array.from({ length: 3000 }, (_, index) => index % 256);
    await store.saveFile('d1', photo('f2', '2026-03-02T10:00:00.000Z'), now);
    await store.saveFile('d1', photo('f1', '2026-03-01T10:00:00.000Z', bytes), now);
    expect(await store.listFiles('d1')).toEqual([
      {
        ok: true,
        id: 'f1',
        name: 'f1.jpg',
        type: 'image/jpeg',
        size: 3000,
        addedAt: '2026-03-01T10:00:00.000Z',
      },
      {
        ok: true,
        id: 'f2',
        name: 'f2.jpg',
        type: 'image/jpeg',
        size: 3,
        addedAt: '2026-03-02T10:00:00.000Z',
      },
    ]);
    const loaded = await store.loadFile('d1', 'f1');
    expect(loaded.ok && [...loaded.file.bytes]).toEqual(bytes);
    expect(await store.loadFile('d1', 'f9')).toEqual({
      ok: false,
      draftId: 'd1',
      fileId: 'f9',
      reason: 'missing',
    });
  });

  it('keeps file ids apart per draft', async () => {
    await store.saveDraft({ id: 'd1', year: 2025, schemaVersion: 1, content: {} }, now);
    await store.saveDraft({ id: 'd2', year: 2026, schemaVersion: 1, content: {} }, now);
    await store.saveFile('d1', photo('f1', now, [1]), now);
    await store.saveFile('d2', photo('f1', now, [2]), now);
    const [one, two] = await Promise.all([store.loadFile('d1', 'f1'), store.loadFile('d2', 'f1')]);
    expect(one.ok && [...one.file.bytes]).toEqual([1]);
    expect(two.ok && [...two.file.bytes]).toEqual([2]);
  });

  it('refuses a file for a draft that does not exist', async () => {
    expect(await store.saveFile('ghost', photo('f1'), now)).toEqual({ ok: false, reason: 'missingDraft' });
    expect(await store.listFiles('ghost')).toEqual([]);
  });

  it('deletes one file', async () => {
    await store.saveDraft({ id: 'd1', year: 2026, schemaVersion: 1, content: {} }, now);
    await store.saveFile('d1', photo('f1'), now);
    await store.saveFile('d1', photo('f2'), now);
    await store.deleteFile('d1', 'f1');
    expect((await store.listFiles('d1')).map((file) => file.id)).toEqual(['f2']);
  });

  it('deletes a draft together with all its files, and only those', async () => {
    await store.saveDraft({ id: 'd1', year: 2025, schemaVersion: 1, content: {} }, now);
    await store.saveDraft({ id: 'd2', year: 2026, schemaVersion: 1, content: {} }, now);
    await store.saveFile('d1', photo('f1'), now);
    await store.saveFile('d2', photo('f2'), now);
    await store.deleteDraft('d1');
    expect((await store.loadDraft('d1')).ok).toBe(false);
    expect(await store.loadFile('d1', 'f1')).toMatchObject({ ok: false, reason: 'missing' });
    expect((await store.listFiles('d2')).map((file) => file.id)).toEqual(['f2']);
  });

  it('sweeps only expired drafts, with their files', async () => {
    await store.saveDraft({ id: 'old', year: 2025, schemaVersion: 1, content: {} }, now);
    await store.saveFile('old', photo('f1'), now);
    await store.saveDraft({ id: 'new', year: 2026, schemaVersion: 1, content: {} }, later);
    await store.saveFile('new', photo('f2'), later);
    const oldExpiry = expiryAfter(now);
    expect(await store.sweepExpired(oldExpiry)).toBe(0);
    const justAfter = new Date(Date.parse(oldExpiry) + 1).toISOString();
    expect(await store.sweepExpired(justAfter)).toBe(1);
    expect((await store.listDrafts()).map((draft) => draft.id)).toEqual(['new']);
    expect(await store.loadFile('old', 'f1')).toMatchObject({ ok: false, reason: 'missing' });
    expect(await store.listFiles('new')).toHaveLength(1);
  });
});

describe('memory store', () => {
  it('persists nothing: no database appears', async () => {
    const store = createMemoryStore();
    await store.saveDraft({ id: 'd1', year: 2026, schemaVersion: 1, content: { a: 1 } }, now);
    await store.saveFile('d1', photo('f1'), now);
    expect(await indexedDB.databases()).toEqual([]);
    expect(await createMemoryStore().listDrafts()).toEqual([]);
  });
});
