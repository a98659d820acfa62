import { afterEach, describe, expect, it, vi } from 'vitest';
import { draftChannelName, openDraftChannel, type DraftChannel } from './draft-channel';

const opened: { close(): void }[] = [];
function track<T extends { close(): void }>(channel: T): T {
  opened.push(channel);
  return channel;
}

afterEach(() => {
  for (const channel of opened.splice(0)) channel.close();
  vi.unstubAllGlobals();
});

describe('draft channel', () => {
  it('tells other tabs which draft changed, but not the tab that changed it', async () => {
    const here = track(openDraftChannel());
    const there = track(openDraftChannel());
    const heardHere = vi.fn();
    const heardThere = vi.fn();
    here.onChange(heardHere);
    there.onChange(heardThere);
    here.announceChange('d1');
    await vi.waitFor(() => expect(heardThere).toHaveBeenCalledWith('d1'));
    expect(heardHere).not.toHaveBeenCalled();
  });

  it('ignores messages that are not draft changes, and stops after unsubscribing', async () => {
    const raw = track(new BroadcastChannel(draftChannelName));
    const listening: DraftChannel = track(openDraftChannel());
    const heard = vi.fn();
    const unsubscribe = listening.onChange(heard);
    raw.postMessage({ type: 'draftChanged', draftId: 'a|b' });
    raw.postMessage('d1');
    raw.postMessage({ type: 'draftChanged', draftId: 'd2' });
    await vi.waitFor(() => expect(heard).toHaveBeenCalledTimes(1));
    expect(heard).toHaveBeenCalledWith('d2');
    unsubscribe();
    raw.postMessage({ type: 'draftChanged', draftId: 'd3' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(heard).toHaveBeenCalledTimes(1);
  });

  it('does nothing where BroadcastChannel is missing', () => {
    vi.stubGlobal('BroadcastChannel', undefined);
    const channel = openDraftChannel();
    expect(() => channel.announceChange('d1')).not.toThrow();
    expect(channel.onChange(vi.fn())).toBeTypeOf('function');
    channel.close();
  });
});
