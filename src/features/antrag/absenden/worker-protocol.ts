import type { BuiltDocuments, BundleRequest, ReadingCopyRequest } from './build-documents';

/** One request per worker: the worker is started for it and ended after its answer. */
export type WorkerRequest =
  { kind: 'bundle'; request: BundleRequest } | { kind: 'pdf'; request: ReadingCopyRequest };

export type WorkerAnswer =
  { ok: true; result: BuiltDocuments | { pdf: Uint8Array } } | { ok: false; message: string };
