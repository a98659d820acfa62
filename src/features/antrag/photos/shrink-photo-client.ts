import type { ShrinkFailure, ShrinkRequest, ShrinkResponse } from './shrink-photo-messages';
import { shrunkName } from '../../../documents/image/photo-output';
import type { LocalizedText } from '../../../domain/validation/result';
import { stripOnly, type PhotoShrinker } from './photo-shrinker';

type Pending = (response: ShrinkResponse) => void;

const failureText = (name: string, reason: ShrinkFailure): LocalizedText =>
  reason === 'tooManyPixels'
    ? {
        de: `„${name}“ hat zu viele Bildpunkte. Fotografieren Sie den Beleg mit der normalen Kamera-Einstellung.`,
        en: `“${name}” has too many pixels. Take the photo with the camera’s normal setting.`,
      }
    : {
        de: `„${name}“ lässt sich nicht als Bild öffnen. Fotografieren Sie das Dokument bitte neu.`,
        en: `“${name}” cannot be opened as a picture. Please take the photo again.`,
      };

/**
 * One module worker for the whole visit, started with the first photo. Vite bundles it as its own chunk under
 * /assets/, which is what the CSP (`worker-src 'self'`) and the Trusted Types policy let through — nothing else.
 */
function workerShrinker(): PhotoShrinker {
  let worker: Worker | undefined;
  let nextId = 1;
  const pending = new Map<number, Pending>();
  const failAll = () => {
    for (const [id, resolve] of pending) resolve({ id, ok: false, reason: 'unreadable' });
    pending.clear();
    worker?.terminate();
    worker = undefined;
  };
  const start = () => {
    const started = new Worker(new URL('./shrink-photo.worker.ts', import.meta.url), { type: 'module' });
    started.onmessage = (event: MessageEvent<ShrinkResponse>) => {
      pending.get(event.data.id)?.(event.data);
      pending.delete(event.data.id);
    };
    // A worker that cannot load or runs out of memory: its photos are refused; the next one starts it anew.
    started.onerror = failAll;
    return started;
  };
  return async (upload) => {
    if (upload.type === 'application/pdf') return { ok: true, ...upload };
    worker ??= start();
    const id = nextId++;
    const bytes = upload.bytes.slice();
    const request: ShrinkRequest = { id, type: upload.type, bytes };
    const response = await new Promise<ShrinkResponse>((resolve) => {
      pending.set(id, resolve);
      worker?.postMessage(request, [bytes.buffer]);
    });
    if (!response.ok)
      return { ok: false, name: upload.name, reason: failureText(upload.name, response.reason) };
    return {
      ok: true,
      name: shrunkName(upload.name, response.type),
      type: response.type,
      bytes: response.bytes,
    };
  };
}

const canShrink = typeof Worker !== 'undefined' && typeof OffscreenCanvas !== 'undefined';

/** The app's shrinker: the worker where the browser has OffscreenCanvas, otherwise the photo stripped only. */
export const defaultPhotoShrinker: PhotoShrinker = canShrink ? workerShrinker() : stripOnly;
