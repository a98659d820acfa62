import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { jpeg, pdf } from '../../../documents/bundle/bundle-fixtures.test-support';
import type { ApplicationDraft } from '../../../domain/application/application-draft';
import { createMemoryStore } from '../../../storage/memory-store';
import type { DraftStore, DraftSummary } from '../../../storage/draft-store';
import type { PhotoShrinker, Upload } from '../photos/photo-shrinker';
import { useDraftApi } from './use-draft-api';

/** A memory store whose draft list can be held back, to open the window in which a new change arrives. */
function storeWithSlowList() {
  const inner = createMemoryStore();
  const saved: ApplicationDraft[] = [];
  let hold: Promise<void> | undefined;
  let release: () => void = () => undefined;
  const store: DraftStore = {
    ...inner,
    kind: 'memory',
    listDrafts: async (): Promise<DraftSummary[]> => {
      if (hold) await hold;
      return inner.listDrafts();
    },
    saveDraft: (draft, now) => {
      saved.push(draft.content as ApplicationDraft);
      return inner.saveDraft(draft, now);
    },
    loadDraft: (id) => inner.loadDraft(id),
    sweepExpired: (now) => inner.sweepExpired(now),
  };
  return {
    store,
    saved,
    holdList: () => {
      hold = new Promise<void>((resolve) => {
        release = () => {
          hold = undefined;
          resolve();
        };
      });
    },
    releaseList: () => release(),
  };
}

describe('useDraftApi saving', () => {
  it('writes a change that arrives while the previous write is still finishing, and only then says "saved"', async () => {
    const fake = storeWithSlowList();
    const { result } = renderHook(() =>
      useDraftApi({ store: fake.store, passphraseProtected: false }, () => undefined),
    );
    await waitFor(() => expect(result.current).toBeDefined());
    await act(() => result.current!.startDraft(2026));

    fake.holdList();
    act(() => result.current!.updateAnswers('person', () => ({ givenName: 'Erik' })));
    // The first write is done and the list refresh is pending: now the user types one more letter.
    await waitFor(() => expect(fake.saved.at(-1)?.answers.person?.givenName).toBe('Erik'));
    act(() => result.current!.updateAnswers('person', () => ({ givenName: 'Erika' })));
    expect(result.current!.saveState.status).not.toBe('saved');
    await act(async () => fake.releaseList());

    await waitFor(() => expect(fake.saved.at(-1)?.answers.person?.givenName).toBe('Erika'));
    await waitFor(() => expect(result.current!.saveState.status).toBe('saved'));
  });
});

// Files that pass the reader's check (readUpload runs it), so that what follows is the shrinker's part.
const photoBytes = jpeg(1200, 1600);
const pdfBytes = pdf();

describe('useDraftApi adding files', () => {
  async function openDraft(shrink: PhotoShrinker) {
    const session = { store: createMemoryStore(), passphraseProtected: false };
    const { result } = renderHook(() => useDraftApi(session, () => undefined, shrink));
    await waitFor(() => expect(result.current).toBeDefined());
    await act(() => result.current!.startDraft(2026));
    return result;
  }

  it('stores what the shrinker returns, and the index describes the stored bytes, not the upload', async () => {
    const seen: Upload[] = [];
    const shrunkBytes = Uint8Array.of(0xff, 0xd8, 0xff, 0xe0, 1, 2, 3);
    const result = await openDraft(async (upload) => {
      seen.push(upload);
      return upload.type === 'application/pdf'
        ? { ok: true, ...upload }
        : { ok: true, name: 'IMG_2041.jpg', type: 'image/jpeg', bytes: shrunkBytes };
    });
    const photo = new File([photoBytes], 'IMG_2041.JPEG');
    const notice = new File([pdfBytes], 'bescheid.pdf');

    let added: Awaited<ReturnType<NonNullable<typeof result.current>['addFiles']>> | undefined;
    await act(async () => {
      added = await result.current!.addFiles([photo, notice]);
    });

    expect(seen.map(({ name, type, bytes }) => [name, type, bytes.byteLength])).toEqual([
      ['IMG_2041.JPEG', 'image/jpeg', photoBytes.length],
      ['bescheid.pdf', 'application/pdf', pdfBytes.length],
    ]);
    expect(added?.rejected).toEqual([]);
    expect(added?.added.map(({ name, type, size }) => [name, type, size])).toEqual([
      ['IMG_2041.jpg', 'image/jpeg', shrunkBytes.byteLength],
      ['bescheid.pdf', 'application/pdf', pdfBytes.length],
    ]);
    expect(result.current!.draft?.files.map((file) => file.name)).toEqual(['IMG_2041.jpg', 'bescheid.pdf']);
    const photoId = added!.added[0]!.id;
    expect(await result.current!.loadFileBytes(photoId)).toEqual(shrunkBytes);
  });

  it('refuses a photo the shrinker cannot read, with its reason, and stores nothing for it', async () => {
    const reason = { de: 'kaputt', en: 'broken' };
    const result = await openDraft(async (upload) => ({ ok: false, name: upload.name, reason }));
    let added: Awaited<ReturnType<NonNullable<typeof result.current>['addFiles']>> | undefined;
    await act(async () => {
      added = await result.current!.addFiles([new File([photoBytes], 'kaputt.jpg')]);
    });
    expect(added).toEqual({ added: [], rejected: [{ name: 'kaputt.jpg', reason }], notes: [] });
    expect(result.current!.draft?.files).toEqual([]);
  });
});
