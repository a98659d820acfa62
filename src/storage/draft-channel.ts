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
  /** A submission of the draft started, ended or was given up: the other tabs make it read-only or editable. */
  announceSubmission(draftId: string): void;
  onSubmission(listener: (draftId: string) => void): () => void;
  close(): void;
}

type MessageType = 'draftChanged' | 'submissionChanged';

interface ChangeMessage {
  type: MessageType;
  draftId: string;
}

function isMessage(data: unknown, type: MessageType): data is ChangeMessage {
  if (typeof data !== 'object' || data === null) return false;
  const message = data as Partial<Record<string, unknown>>;
  return message.type === type && isRecordId(message.draftId);
}

/**
 * One BroadcastChannel for announcing and listening: a channel object does not receive its own messages, so a
 * tab is not told of its own changes. Without BroadcastChannel (old browsers) the channel does nothing.
 */
export function openDraftChannel(): DraftChannel {
  if (typeof BroadcastChannel === 'undefined') {
    return {
      announceChange: () => undefined,
      onChange: () => () => undefined,
      announceSubmission: () => undefined,
      onSubmission: () => () => undefined,
      close: () => undefined,
    };
  }
  const channel = new BroadcastChannel(draftChannelName);
  let closed = false;
  const announce = (type: MessageType, draftId: string) => {
    if (closed) return;
    const message: ChangeMessage = { type, draftId };
    channel.postMessage(message);
  };
  const listen = (type: MessageType, listener: (draftId: string) => void) => {
    const handle = (event: MessageEvent<unknown>) => {
      if (isMessage(event.data, type)) listener(event.data.draftId);
    };
    channel.addEventListener('message', handle);
    return () => channel.removeEventListener('message', handle);
  };
  return {
    announceChange: (draftId) => announce('draftChanged', draftId),
    onChange: (listener) => listen('draftChanged', listener),
    announceSubmission: (draftId) => announce('submissionChanged', draftId),
    onSubmission: (listener) => listen('submissionChanged', listener),
    close() {
      closed = true;
      channel.close();
    },
  };
}
