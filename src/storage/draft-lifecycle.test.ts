import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDeviceVault } from './device-vault';
import {
  expiryAfter,
  pendingExpiry,
  pendingMaxAgeDays,
  type DraftFile,
  type DraftStore,
} from './draft-store';
import { createMemoryStore } from './memory-store';
import type { PendingSubmission } from './pending-submission';

const now = '2026-03-01T09:00:00.000Z';
const dayMs = 24 * 60 * 60 * 1000;
const daysAfter = (days: number) => new Date(Date.parse(now) + days * dayMs).toISOString();

const draft = (id: string, year = 2026, content: unknown = { id }) => ({
  id,
  year,
  schemaVersion: 1,
  content,
});
const photo = (id: string): DraftFile => ({
  id,
  name: `${id}.jpg`,
  type: 'image/jpeg',
  size: 3,
  addedAt: now,
  bytes: new Uint8Array([1, 2, 3]),
});
const pendingFor = (draftId: string, createdAt = now): PendingSubmission => ({
  draftId,
  year: 2026,
  idempotencyKey: '0b6f6c1e-3f4a-4d2b-9a5e-7c1d2e3f4a5b',
  bytes: new Uint8Array([80, 75, 3, 4]),
  createdAt,
});
const receiptFor = (draftId: string) => ({
  draftId,
  year: 2026,
  reference: 'ZB-2026-000123',
  manifestSha256: 'ab'.repeat(32),
  receivedAt: now,
});

beforeEach(() => vi.stubGlobal('indexedDB', new IDBFactory()));
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe.each([
  { kind: 'device', create: () => createDeviceVault() },
  { kind: 'memory', create: async () => createMemoryStore() },
] as const)('$kind store: drafts with submissions and imports', ({ create }) => {
  let store: DraftStore;
  beforeEach(async () => {
    store = await create();
  });

  it('does not expire a draft whose submission is pending, and says until when the bundle waits', async () => {
    await store.saveDraft(draft('d1'), now);
    await store.submissions.savePending(pendingFor('d1', daysAfter(80)));
    expect(await store.sweepExpired(daysAfter(100))).toBe(0);
    const [summary] = await store.listDrafts();
    expect(summary?.submission).toEqual({
      state: 'pending',
      since: daysAfter(80),
      until: daysAfter(80 + pendingMaxAgeDays),
    });
    expect(summary?.expiresAt).toBe(pendingExpiry(daysAfter(80)));
    expect(await store.submissions.loadPending('d1')).toMatchObject({ ok: true });
  });

  it('removes a pending bundle past its maximum age, and its expired draft with it', async () => {
    await store.saveDraft(draft('d1'), now);
    await store.submissions.savePending(pendingFor('d1'));
    expect(await store.sweepExpired(daysAfter(pendingMaxAgeDays + 61))).toBe(1);
    expect(await store.listDrafts()).toEqual([]);
    expect(await store.submissions.loadPending('d1')).toMatchObject({ ok: false, reason: 'missing' });
  });

  it('lets a sent draft give up its year, so that a further application can be started', async () => {
    await store.saveDraft(draft('d1'), now);
    expect(await store.saveDraft(draft('d2'), now)).toEqual({
      ok: false,
      reason: 'yearTaken',
      existingId: 'd1',
    });
    await store.submissions.completeSubmission(receiptFor('d1'));
    expect(await store.saveDraft(draft('d2'), now)).toMatchObject({ ok: true });
    const listed = await store.listDrafts();
    expect(listed.find((entry) => entry.id === 'd1')?.submission).toEqual({
      state: 'sent',
      reference: 'ZB-2026-000123',
    });
  });

  it('replaces a draft by an import with all its files in one step', async () => {
    await store.saveDraft(draft('old'), now);
    await store.saveFile('old', photo('f-old'), now);
    const result = await store.replaceDraft(
      { draft: draft('new'), files: [photo('f1'), photo('f2')], replaceId: 'old' },
      now,
    );
    expect(result).toEqual({
      ok: true,
      summary: { id: 'new', year: 2026, updatedAt: now, expiresAt: expiryAfter(now) },
    });
    expect((await store.listDrafts()).map((entry) => entry.id)).toEqual(['new']);
    expect((await store.listFiles('new')).map((file) => file.id)).toEqual(['f1', 'f2']);
    expect(await store.listFiles('old')).toEqual([]);
  });

  it('refuses an import over the year without replaceId, of a sent draft, and over a pending one', async () => {
    await store.saveDraft(draft('old'), now);
    expect(await store.replaceDraft({ draft: draft('new'), files: [] }, now)).toEqual({
      ok: false,
      reason: 'yearTaken',
      existingId: 'old',
    });
    await store.submissions.savePending(pendingFor('old'));
    expect(await store.replaceDraft({ draft: draft('new'), files: [], replaceId: 'old' }, now)).toEqual({
      ok: false,
      reason: 'sending',
    });
    await store.submissions.completeSubmission(receiptFor('old'));
    expect(await store.replaceDraft({ draft: draft('old'), files: [] }, now)).toEqual({
      ok: false,
      reason: 'sent',
    });
  });
});

describe('device store: an import that fails half-way', () => {
  it('keeps the old draft and its files when the quota runs out while the new files are written', async () => {
    const store = await createDeviceVault();
    await store.saveDraft(draft('old', 2026, { answers: 'old' }), now);
    await store.saveFile('old', photo('f-old'), now);
    const put = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      if (this.name === 'files') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    });
    await expect(
      store.replaceDraft({ draft: draft('new'), files: [photo('f1')], replaceId: 'old' }, now),
    ).rejects.toMatchObject({ code: 'quota' });
    vi.restoreAllMocks();
    expect((await store.listDrafts()).map((entry) => entry.id)).toEqual(['old']);
    expect(await store.loadDraft('old')).toMatchObject({ ok: true, content: { answers: 'old' } });
    expect((await store.listFiles('old')).map((file) => file.id)).toEqual(['f-old']);
  });
});
