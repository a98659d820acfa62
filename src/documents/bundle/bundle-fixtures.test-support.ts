import { concatBytes } from '../concat-bytes';
import { unzipSync, zipSync, zlibSync } from 'fflate';
import { buildBundle, type BundleInput } from './build-bundle';
import { crc32 } from './crc32';

/* Tests only: small but real files and bundles, and ways to damage them on purpose. */

const latin1Bytes = (text: string) => Uint8Array.from(text, (char) => char.charCodeAt(0) & 0xff);

const concat = (...parts: Uint8Array[]): Uint8Array<ArrayBuffer> => concatBytes(parts);

/** A minimal PDF; `catalog` goes into the catalog dictionary, `objects` after it. */
export function pdf(catalog = '', ...objects: (string | Uint8Array)[]): Uint8Array<ArrayBuffer> {
  return concat(
    latin1Bytes(
      `%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R ${catalog}>>\nendobj\n`,
    ),
    latin1Bytes('2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n'),
    ...objects.map((object) => (typeof object === 'string' ? latin1Bytes(object) : object)),
    latin1Bytes('trailer\n<< /Root 1 0 R >>\n%%EOF\n'),
  );
}

/** An object stream (PDF 1.5) holding `objects`, Flate-compressed like real ones. */
export function objectStream(number: number, objects: string, filter = '/FlateDecode'): Uint8Array {
  const data = filter === '/FlateDecode' ? zlibSync(latin1Bytes(objects)) : latin1Bytes(objects);
  return concat(
    latin1Bytes(
      `${number} 0 obj\n<< /Type /ObjStm /N 1 /First 5 ${filter === '' ? '' : `/Filter ${filter} `}/Length ${data.length} >>\nstream\n`,
    ),
    data,
    latin1Bytes('\nendstream\nendobj\n'),
  );
}

/** A JPEG header as far as the reader looks: SOI, an APP0 segment, a SOF0 with the size, then SOS. */
export function jpeg(width: number, height: number): Uint8Array<ArrayBuffer> {
  const app0 = [
    0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0, 0,
  ];
  const sof0 = [0xff, 0xc0, 0x00, 0x11, 0x08, height >> 8, height & 0xff, width >> 8, width & 0xff, 0x03];
  const components = [1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1];
  return Uint8Array.from([0xff, 0xd8, ...app0, ...sof0, ...components, 0xff, 0xda, 0x00, 0x02, 0xff, 0xd9]);
}

/** A PNG's structure as the reader checks it: signature, IHDR (with its CRC), one IDAT and IEND. */
export function png(width: number, height: number): Uint8Array<ArrayBuffer> {
  const chunk = (type: string, data: Uint8Array) => {
    const out = new Uint8Array(12 + data.length);
    const view = new DataView(out.buffer);
    view.setUint32(0, data.length);
    out.set(latin1Bytes(type), 4);
    out.set(data, 8);
    view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
    return out;
  };
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  header.set([8, 2, 0, 0, 0], 8);
  return concat(
    Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlibSync(new Uint8Array(4))),
    chunk('IEND', new Uint8Array(0)),
  );
}

export const sampleInput = (overrides: Partial<BundleInput> = {}): BundleInput => ({
  applicationId: 'A-2025-0001',
  year: 2025,
  created: '2025-03-04T10:15:00+01:00',
  appVersion: '0.1.0',
  schemaVersion: 1,
  rulesVersion: '2025.1',
  applicationJson: new TextEncoder().encode(JSON.stringify({ schemaVersion: 1, year: 2025, name: 'Müller' })),
  antragPdf: pdf(),
  attachments: [
    { name: 'zuzahlung-2025-03-04-apotheke-m1.jpg', bytes: jpeg(1200, 1600) },
    { name: 'einkommen-rente-m2-1.png', bytes: png(800, 600) },
    { name: 'bescheid-buergergeld.pdf', bytes: pdf('/Lang (de-DE) ') },
  ],
  ...overrides,
});

export const base = 'zuzahlungsbefreiung-A-2025-0001';

/** A valid bundle with one extra attachment `name` holding `bytes`. */
export const bundleWith = (name: string, bytes: Uint8Array): Uint8Array =>
  buildBundle(sampleInput({ attachments: [{ name, bytes }] }));

/** The files of a zip, to change and zip again. */
export const unzipAll = (zip: Uint8Array): Record<string, Uint8Array> => unzipSync(zip);

export const zipAll = (files: Record<string, Uint8Array>): Uint8Array => zipSync(files, { level: 1 });

/** Replaces every occurrence of `from` by `to` (same length) in the zip's bytes, e.g. in entry names. */
export function replaceBytes(zip: Uint8Array, from: string, to: Uint8Array | string): Uint8Array {
  const needle = latin1Bytes(from);
  const replacement = typeof to === 'string' ? latin1Bytes(to) : to;
  if (needle.length !== replacement.length) throw new Error('replaceBytes: lengths differ');
  const out = zip.slice();
  for (let at = 0; at + needle.length <= out.length; at++) {
    if (needle.every((byte, index) => out[at + index] === byte)) out.set(replacement, at);
  }
  return out;
}

/** Sets the declared uncompressed size of entry `name` in its local and central headers. */
export function patchDeclaredSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  const needle = new TextEncoder().encode(name);
  const nameAt = (at: number) => needle.every((byte, index) => out[at + index] === byte);
  for (let at = 0; at + 46 < out.length; at++) {
    const signature = view.getUint32(at, true);
    if (signature === 0x04034b50 && view.getUint16(at + 26, true) === needle.length && nameAt(at + 30)) {
      view.setUint32(at + 22, size, true);
    }
    if (signature === 0x02014b50 && view.getUint16(at + 28, true) === needle.length && nameAt(at + 46)) {
      view.setUint32(at + 24, size, true);
    }
  }
  return out;
}
