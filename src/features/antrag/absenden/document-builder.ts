import { createContext, useContext } from 'react';
import type { BuiltDocuments, BundleRequest, ReadingCopyRequest } from './build-documents';
import type { WorkerAnswer, WorkerRequest } from './worker-protocol';

/** Builds the documents; injectable so that tests (jsdom has no Worker) run the same code in the thread. */
export type DocumentBuilder = {
  buildDocuments(request: BundleRequest): Promise<BuiltDocuments>;
  renderAntrag(request: ReadingCopyRequest): Promise<Uint8Array>;
};

function inWorker<T>(request: WorkerRequest): Promise<T> {
  return new Promise((resolve, reject) => {
    // A module worker from the app's own built chunk: allowed by worker-src 'self' and the Trusted Types policy.
    const worker = new Worker(new URL('./build-documents.worker.ts', import.meta.url), { type: 'module' });
    worker.addEventListener('message', (event: MessageEvent<WorkerAnswer>) => {
      worker.terminate();
      if (event.data.ok) resolve(event.data.result as T);
      else reject(new Error(event.data.message));
    });
    worker.addEventListener('error', (event) => {
      worker.terminate();
      reject(new Error(`Document worker failed: ${event.message}`));
    });
    worker.postMessage(request);
  });
}

const workerBuilder: DocumentBuilder = {
  buildDocuments: (request) => inWorker({ kind: 'bundle', request }),
  renderAntrag: (request) => inWorker<{ pdf: Uint8Array }>({ kind: 'pdf', request }).then((r) => r.pdf),
};

// Where no Worker exists (jsdom in tests) the very same functions run here, loaded only when needed.
const inThreadBuilder: DocumentBuilder = {
  buildDocuments: (request) => import('./build-documents').then((m) => m.buildDocuments(request)),
  renderAntrag: (request) => import('./build-documents').then((m) => m.renderAntrag(request)),
};

export const defaultDocumentBuilder: DocumentBuilder =
  typeof Worker === 'undefined' ? inThreadBuilder : workerBuilder;

export const DocumentBuilderContext = createContext<DocumentBuilder>(defaultDocumentBuilder);

export const useDocumentBuilder = (): DocumentBuilder => useContext(DocumentBuilderContext);
