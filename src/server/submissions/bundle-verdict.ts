import type { LocalizedText } from '../../domain/validation/result';

/** What the verification worker sends back: plain data, so it crosses the thread boundary by structured clone. */
export type BundleVerdict =
  | { ok: true; applicationYear: number; applicationId: string }
  | { ok: false; problems: { path: string; code: string; message: LocalizedText }[] };
