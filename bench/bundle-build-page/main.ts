import { installTrustedTypesPolicy } from '../../src/app/trusted-types-policy';
import { buildBundle } from '../../src/documents/bundle/build-bundle';
import { defaultPhotoShrinker } from '../../src/features/antrag/photos/shrink-photo-client';
import { receiptPhoto } from './receipt-photo';

// The page runs under the app's CSP and Trusted Types policy, like the app: the worker must get through both.
installTrustedTypesPolicy();

export type PageFigures = {
  photos: number;
  originalBytes: number;
  shrunkBytes: number;
  shrinkMs: number[];
  zipMs: number;
  bundleBytes: number;
};

const smallPdf = new TextEncoder().encode(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

async function run(count: number): Promise<PageFigures> {
  const figures: PageFigures = {
    photos: count,
    originalBytes: 0,
    shrunkBytes: 0,
    shrinkMs: [],
    zipMs: 0,
    bundleBytes: 0,
  };
  const attachments: { name: string; bytes: Uint8Array }[] = [];
  for (let index = 0; index < count; index += 1) {
    // Drawing the photo is the camera's work, not ours: only the shrinking is timed.
    const original = await receiptPhoto(index);
    figures.originalBytes += original.length;
    const started = performance.now();
    const shrunk = await defaultPhotoShrinker({
      name: `IMG_${4000 + index}.JPG`,
      type: 'image/jpeg',
      bytes: original,
    });
    figures.shrinkMs.push(performance.now() - started);
    if (!shrunk.ok) throw new Error(`photo ${index}: ${shrunk.reason.en}`);
    figures.shrunkBytes += shrunk.bytes.length;
    attachments.push({ name: `beleg-${String(index + 1).padStart(2, '0')}.jpg`, bytes: shrunk.bytes });
  }
  const started = performance.now();
  const zip = buildBundle({
    applicationId: 'bench-0001',
    year: 2026,
    created: '2026-11-23T10:00:00Z',
    appVersion: 'bench',
    schemaVersion: 1,
    rulesVersion: '2026.1',
    applicationJson: new TextEncoder().encode(JSON.stringify({ schemaVersion: 1, bench: true })),
    antragPdf: smallPdf,
    attachments,
  });
  figures.zipMs = performance.now() - started;
  figures.bundleBytes = zip.length;
  return figures;
}

(window as unknown as { benchBundleBuild: typeof run }).benchBundleBuild = run;
