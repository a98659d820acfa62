// Must stay first: see zod-jitless.ts.
import '../../../documents/zod-jitless';
import { buildDocuments, renderAntrag } from './build-documents';
import type { WorkerAnswer, WorkerRequest } from './worker-protocol';

// Building the PDF and the zip takes seconds for a year of receipt photos: here they never block the page.
// fflate's synchronous API only (toolchain.md): its asynchronous one would start blob: workers the CSP forbids.
self.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  const work =
    request.kind === 'bundle'
      ? buildDocuments(request.request)
      : renderAntrag(request.request).then((pdf) => ({ pdf }));
  void work.then(
    (result) => {
      const answer: WorkerAnswer = { ok: true, result };
      const transfer = Object.values(result).map((bytes: Uint8Array) => bytes.buffer);
      self.postMessage(answer, { transfer });
    },
    (error: unknown) => {
      const answer: WorkerAnswer = {
        ok: false,
        message: error instanceof Error ? error.message : String(error),
      };
      self.postMessage(answer);
    },
  );
});
