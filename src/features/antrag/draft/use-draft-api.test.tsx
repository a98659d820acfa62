import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ApplicationDraft } from '../../../domain/application/application-draft';
import { createMemoryStore } from '../../../storage/memory-store';
import type { DraftStore, DraftSummary } from '../../../storage/draft-store';
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
