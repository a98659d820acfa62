// Must stay first: see zod-jitless.ts.
import '../../../documents/zod-jitless';
import { shrinkOnCanvas } from './shrink-photo-canvas';
import type { ShrinkRequest, ShrinkResponse } from './shrink-photo-messages';

// The TS lib of this project is the DOM's; a dedicated worker's global scope is all this file needs of WebWorker.
type WorkerScope = {
  onmessage: ((event: MessageEvent<ShrinkRequest>) => void) | null;
  postMessage(message: ShrinkResponse, transfer: Transferable[]): void;
};
const scope = self as unknown as WorkerScope;

// Decoding a 12-MP photo and encoding it several times takes a few hundred milliseconds: off the main thread,
// the page keeps answering while a pile of receipt photos is added.
scope.onmessage = (event) => {
  const { id, type, bytes } = event.data;
  void shrinkOnCanvas(bytes, type)
    .catch((): ShrinkResponse => ({ id, ok: false, reason: 'unreadable' }))
    .then((result) => {
      const response = { ...result, id } as ShrinkResponse;
      scope.postMessage(response, response.ok ? [response.bytes.buffer] : []);
    });
};
