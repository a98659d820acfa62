import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { ApplicationDocument } from '../src/domain/application/application-document';
import { readApplicationBundle } from '../src/documents/bundle/application-document-check';
import { buildBundle } from '../src/documents/bundle/build-bundle';
import { jpeg, pdf as minimalPdf } from '../src/documents/bundle/bundle-fixtures.test-support';

export type VerifyTiming = { megabytes: number; files: number; medianMs: number };

/** A 2000 × 1500 JPEG's header followed by `size` bytes of incompressible data, as shrunk receipt photos are. */
function photoLike(size: number, seed: number): Uint8Array {
  const header = jpeg(2000, 1500).slice(0, -2);
  const body = new Uint8Array(size);
  let state = seed * 2654435761;
  for (let i = 0; i < size; i++) {
    state = (state * 1103515245 + 12345) >>> 0;
    body[i] = state >>> 24 === 0xff ? 0xfe : state >>> 24;
  }
  return Uint8Array.from([...header, ...body, 0xff, 0xd9]);
}

/**
 * Issue 5: `bundle verify` on a bundle like the one the app sends with 30 receipt photos (about 400 KB each after
 * shrinking) — zip structure, both manifests, every SHA-256, file types, image headers, PDF scan and the
 * application schema. Median of several runs in Node.
 */
export function benchBundleVerify(runs = 5): VerifyTiming {
  const example = JSON.parse(readFileSync('docs/examples/application.json', 'utf8')) as ApplicationDocument;
  const attachments = Array.from({ length: 30 }, (_, i) => ({
    name: `zuzahlung-2026-03-${String((i % 28) + 1).padStart(2, '0')}-apotheke-m1-${i + 1}.jpg`,
    bytes: photoLike(400_000, i + 1),
  }));
  const document: ApplicationDocument = {
    ...example,
    attachments: attachments.map((attachment, i) => ({
      fileId: `f${i + 1}`,
      name: attachment.name,
      type: 'image/jpeg',
      purpose: 'receipt',
      refId: null,
    })),
  };
  const pdf = minimalPdf();
  const zip = buildBundle({
    applicationId: document.applicationId,
    year: document.year,
    created: document.createdAt,
    appVersion: 'bench',
    schemaVersion: document.schemaVersion,
    rulesVersion: document.rulesVersion,
    applicationJson: new TextEncoder().encode(JSON.stringify(document)),
    antragPdf: pdf,
    attachments,
  });
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    const result = readApplicationBundle(zip);
    times.push(performance.now() - started);
    if (!result.ok) throw new Error(`bench bundle does not verify: ${JSON.stringify(result.problems[0])}`);
  }
  const sorted = [...times].sort((a, b) => a - b);
  return {
    megabytes: zip.length / 1e6,
    files: attachments.length + 2,
    medianMs: sorted[Math.floor(runs / 2)] ?? 0,
  };
}
