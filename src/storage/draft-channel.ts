import { isRecordId } from './record-aad';

export const draftChannelName = 'zb-entwuerfe';

/**
 * Tells other tabs of this origin that a draft changed, so a tab with an older copy can reload or warn instead
 * of overwriting it. Only the draft id travels, never content.
 */
export interface DraftChannel {
  announceChange(draftId: string): void;
  /** Calls `listener` with the id of each draft another tab changed; returns the unsubscribe function. */
  onChange(listener: (draftId: string) => void): () => void;
  close(): void;
}

interface ChangeMessage {
  type: 'draftChanged';
  draftId: string;
}

function isChangeMessage(data: unknown): data is ChangeMessage {
  if (typeof data !== 'object' || data === null) return false;
  const message = data as Partial<Record<string, unknown>>;
  return message.type === 'draftChanged' && isRecordId(message.draftId);
}

/**
 * One BroadcastChannel for announcing and listening: a channel object does not receive its own messages, so a
 * tab is not told of its own changes. Without BroadcastChannel (old browsers) the channel does nothing.
 */
export function openDraftChannel(): DraftChannel {
  if (typeof BroadcastChannel === 'undefined') {
    return { announceChange: () => undefined, onChange: () => () => undefined, close: () => undefined };
  }
  const channel = new BroadcastChannel(draftChannelName);
  let closed = false;
  return {
    announceChange(draftId) {
      if (closed) return;
      const message: ChangeMessage = { type: 'draftChanged', draftId };
      channel.postMessage(message);
    },
    onChange(listener) {
      const handle = (event: MessageEvent<unknown>) => {
        if (isChangeMessage(event.data)) listener(event.data.draftId);
      };
      channel.addEventListener('message', handle);
      return () => channel.removeEventListener('message', handle);
    },
    close() {
      closed = true;
      channel.close();
    },
  };
}
