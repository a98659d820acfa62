import { unzipSync, zipSync } from 'fflate';
import { buildBundle } from './build-bundle';
import { base, replaceBytes, sampleInput } from './bundle-fixtures.test-support';
import { crc32 } from './crc32';
import {
  centralFields,
  editEntry,
  extraField,
  joinZip,
  localFields,
  setU16,
  setU32,
  splitZip,
  type ZipRecord,
} from './zip-surgery.test-support';

/*
 * Tests and bench only: for every zip-level rule of the reader, a bundle our writer made and then broke on
 * purpose, byte by byte. read-bundle-zip.test.ts, the CLI tests and bench/bundle-refusals.ts all use this list.
 */

export type HostileBundle = {
  /** What is wrong, for test names and the bench. */
  rule: string;
  /** The code and the path of the problem the reader must report (paths as bundle-problem.ts escapes them). */
  code: string;
  path: string;
  build: () => Uint8Array;
};

const valid = () => buildBundle(sampleInput());
const entry = (bagPath: string) => `${base}/${bagPath}`;

/** Writes `value` into the same field of the local header, the central header, or both. */
function setField(
  record: ZipRecord,
  field: keyof typeof localFields,
  value: number,
  where: 'local' | 'central' | 'both' = 'both',
): void {
  const write = field === 'flags' || field === 'method' ? setU16 : setU32;
  if (where !== 'central') write(record.local, localFields[field], value);
  if (where !== 'local') write(record.central, centralFields[field], value);
}

/** Bits in deflate order (RFC 1951 § 3.1.1): values from the lowest bit, Huffman codes from the highest. */
class BitWriter {
  readonly bits: number[] = [];
  put(value: number, count: number): void {
    for (let i = 0; i < count; i++) this.bits.push((value >>> i) & 1);
  }
  code(code: number, count: number): void {
    for (let i = count - 1; i >= 0; i--) this.bits.push((code >>> i) & 1);
  }
  /** A fixed-Huffman block: one literal 0, then `matches` copies of 258 bytes at distance 1 (13 bits each). */
  zeros(matches: number, last: boolean): void {
    this.put(last ? 1 : 0, 1);
    this.put(1, 2);
    this.code(0x30, 8); // literal 0
    for (let i = 0; i < matches; i++) {
      this.code(0xc5, 8); // length code 285: 258 bytes
      this.code(0, 5); // distance code 0: distance 1
    }
    this.code(0, 7); // end of block
  }
  bytes(): Uint8Array {
    const out = new Uint8Array(Math.ceil(this.bits.length / 8));
    this.bits.forEach((bit, i) => (out[i >> 3] = (out[i >> 3] ?? 0) | (bit << (i & 7))));
    return out;
  }
}

const storedBlock = (data: Uint8Array, last: boolean): Uint8Array => {
  const out = new Uint8Array(5 + data.length);
  const length = data.length;
  out.set([last ? 1 : 0, length & 0xff, length >> 8, ~length & 0xff, (~length >> 8) & 0xff]);
  out.set(data, 5);
  return out;
};

/**
 * A deflate stream (RFC 1951) that first gives `prefix` in a stored block, then about `extra` more zero bytes,
 * then ends. With `blocks`, the zeros come in fixed-Huffman blocks of 1 MiB each, each followed by an empty
 * stored block so that it ends on a byte boundary and its bytes can simply be repeated: cheap to build for a
 * gigabyte. Without, they come in one Huffman block.
 */
export function lyingDeflate(prefix: Uint8Array, extra: number, { blocks = true } = {}): Uint8Array {
  const head = storedBlock(prefix, false);
  if (!blocks) {
    const writer = new BitWriter();
    writer.zeros(Math.ceil(extra / 258), true);
    return Uint8Array.from([...head, ...writer.bytes()]);
  }
  const writer = new BitWriter();
  const matchesPerBlock = 4096;
  writer.zeros(matchesPerBlock, false);
  writer.put(0, 3); // a stored block, not the last: pads to the next byte
  const block = Uint8Array.from([...writer.bytes(), 0x00, 0x00, 0xff, 0xff]);
  const count = Math.max(1, Math.ceil(extra / (1 + 258 * matchesPerBlock)));
  const out = new Uint8Array(head.length + count * block.length + 5);
  out.set(head);
  for (let i = 0; i < count; i++) out.set(block, head.length + i * block.length);
  out.set(storedBlock(new Uint8Array(0), true), out.length - 5);
  return out;
}

/**
 * The entry whose name ends in `suffix` turned into a bomb that lies about its size: it declares the real length
 * and CRC of `content`, and its deflate stream gives exactly those bytes first, then `inflatedBytes` more. A reader
 * that stops writing at the declared size, as fflate's unzipSync does, sees the real file with a matching CRC;
 * another unzip tool writes it all.
 */
export function lyingEntry(
  suffix: string,
  content: Uint8Array,
  inflatedBytes: number,
  options: { blocks?: boolean } = {},
): Uint8Array {
  return editEntry(valid(), suffix, (record) => {
    record.data = lyingDeflate(content, inflatedBytes, options);
    setField(record, 'method', 8);
    setField(record, 'compressedSize', record.data.length);
    setField(record, 'size', content.length);
    setField(record, 'crc', crc32(content));
  });
}

/** data/application.json as a lying bomb (see lyingEntry). */
export const lyingBomb = (inflatedBytes: number, options: { blocks?: boolean } = {}): Uint8Array =>
  lyingEntry('/data/application.json', sampleInput().applicationJson, inflatedBytes, options);

/** The bag's manifest as a lying bomb, for the servers' first look at an upload (find-bag-manifest.ts). */
export function lyingManifest(inflatedBytes: number): Uint8Array {
  const manifest = unzipSync(valid())[`${base}/manifest-sha256.txt`];
  if (manifest === undefined) throw new Error('lyingManifest: the sample bag has no manifest');
  return lyingEntry('/manifest-sha256.txt', manifest, inflatedBytes);
}

/** Offset of record `index`'s local header once joined. */
const offsetOf = (records: readonly ZipRecord[], index: number) =>
  records
    .slice(0, index)
    .reduce(
      (sum, r) => sum + r.gapBefore.length + 30 + r.localName.length + r.localExtra.length + r.data.length,
      records[index]?.gapBefore.length ?? 0,
    );

/**
 * A second entry hidden inside the first one's data: data/antrag.pdf (stored) grows by a copy of the PNG's
 * local header and data, and the PNG's central header points at that copy.
 */
function nestedEntry(): Uint8Array {
  const parts = splitZip(valid());
  const names = parts.records.map((r) => new TextDecoder().decode(r.centralName));
  const outer = parts.records[names.indexOf(entry('data/antrag.pdf'))];
  const inner = parts.records[names.indexOf(entry('data/einkommen-rente-m2-1.png'))];
  if (outer === undefined || inner === undefined) throw new Error('nestedEntry: the sample bag changed');
  const hiddenAt = outer.data.length;
  const grown = new Uint8Array(outer.data.length + 30 + inner.localName.length + inner.data.length);
  grown.set(outer.data);
  grown.set(inner.local, hiddenAt);
  setU16(grown, hiddenAt + 26, inner.localName.length);
  grown.set(inner.localName, hiddenAt + 30);
  grown.set(inner.data, hiddenAt + 30 + inner.localName.length);
  outer.data = grown;
  setField(outer, 'compressedSize', grown.length);
  setField(outer, 'size', grown.length);
  setField(outer, 'crc', crc32(grown));
  const outerIndex = parts.records.indexOf(outer);
  inner.offsetOverride = offsetOf(parts.records, outerIndex) + 30 + outer.localName.length + hiddenAt;
  return joinZip(parts);
}

const rtlName = 'bescheid-buerg\u202efdp.exe';

export const hostileBundles: HostileBundle[] = [
  {
    rule: 'a deflated entry that inflates far beyond its declared size (a lying zip bomb)',
    code: 'zip.longer-than-declared',
    path: 'data/application.json',
    build: () => lyingBomb(64 * 1024 * 1024),
  },
  ...(
    [
      ['name', (r: ZipRecord) => (r.localName[r.localName.length - 1] = 0x54)], // bag-info.txT
      ['method', (r: ZipRecord) => setField(r, 'method', 0, 'local')],
      ['flags', (r: ZipRecord) => setField(r, 'flags', 0x0800, 'local')],
      ['CRC', (r: ZipRecord) => setField(r, 'crc', 0x12345678, 'local')],
      ['compressed size', (r: ZipRecord) => setField(r, 'compressedSize', 1, 'local')],
      ['size', (r: ZipRecord) => setField(r, 'size', 1, 'local')],
    ] as const
  ).map(([what, change]): HostileBundle => ({
    rule: `a local header that disagrees with the central directory in its ${what}`,
    code: 'zip.local-header-mismatch',
    path: entry('bag-info.txt'),
    build: () => editEntry(valid(), '/bag-info.txt', change),
  })),
  {
    rule: 'a data descriptor (flag bit 3, CRC and sizes zero in the local header)',
    code: 'zip.flags',
    path: entry('bag-info.txt'),
    build: () =>
      editEntry(valid(), '/bag-info.txt', (r) => {
        setField(r, 'flags', 0x0008);
        for (const field of ['crc', 'compressedSize', 'size'] as const) setField(r, field, 0, 'local');
      }),
  },
  {
    rule: 'bytes before the first entry',
    code: 'zip.gap',
    path: entry('bagit.txt'),
    build: () => editEntry(valid(), '/bagit.txt', (r) => (r.gapBefore = new Uint8Array(16))),
  },
  {
    rule: 'bytes between two entries',
    code: 'zip.gap',
    path: entry('data/antrag.pdf'),
    build: () =>
      editEntry(valid(), '/data/antrag.pdf', (r) => (r.gapBefore = new Uint8Array(100).fill(0x41))),
  },
  {
    rule: 'bytes between the last entry and the central directory',
    code: 'zip.gap',
    path: entry('data/bescheid-buergergeld.pdf'),
    build: () =>
      editEntry(valid(), '/bagit.txt', (_, parts) => (parts.gapBeforeDirectory = new Uint8Array(64))),
  },
  {
    rule: 'an entry hidden inside another entry’s data (overlap)',
    code: 'zip.overlap',
    path: entry('data/einkommen-rente-m2-1.png'),
    build: nestedEntry,
  },
  {
    rule: 'an Info-ZIP Unicode Path extra field (0x7075) in the central header',
    code: 'zip.unicode-path',
    path: entry('data/antrag.pdf'),
    build: () =>
      editEntry(valid(), '/data/antrag.pdf', (r) => {
        const other = new TextEncoder().encode('evil.exe');
        r.centralExtra = extraField(0x7075, Uint8Array.from([1, 0, 0, 0, 0, ...other]));
      }),
  },
  {
    rule: 'an Info-ZIP Unicode Path extra field (0x7075) in the local header only',
    code: 'zip.unicode-path',
    path: entry('data/antrag.pdf'),
    build: () =>
      editEntry(valid(), '/data/antrag.pdf', (r) => {
        r.localExtra = extraField(0x7075, Uint8Array.from([1, 0, 0, 0, 0, 0x78]));
      }),
  },
  {
    rule: 'an extra field the reader does not understand (extended timestamp 0x5455)',
    code: 'zip.extra-field',
    path: entry('bagit.txt'),
    build: () =>
      editEntry(valid(), '/bagit.txt', (r) => (r.localExtra = extraField(0x5455, new Uint8Array(5)))),
  },
  {
    rule: 'an entry comment',
    code: 'zip.comment',
    path: entry('manifest-sha256.txt'),
    build: () =>
      editEntry(valid(), '/manifest-sha256.txt', (r) => (r.centralComment = new TextEncoder().encode('hi'))),
  },
  {
    rule: 'a zip comment',
    code: 'zip.comment',
    path: '',
    build: () =>
      editEntry(valid(), '/bagit.txt', (_, parts) => (parts.comment = new TextEncoder().encode('x'))),
  },
  {
    rule: 'an entry marked as a Unix symbolic link',
    code: 'zip.attributes',
    path: entry('data/antrag.pdf'),
    build: () =>
      editEntry(valid(), '/data/antrag.pdf', (r) => {
        setU16(r.central, 4, 0x031e); // made by Unix, version 3.0
        setU32(r.central, 38, 0xa1ff0000); // S_IFLNK | 0777
      }),
  },
  {
    rule: 'a folder entry',
    code: 'zip.folder-entry',
    path: entry('data/'),
    build: () => {
      const parts = splitZip(valid());
      parts.records.push(...splitZip(zipSync({ [entry('data/')]: new Uint8Array(0) })).records);
      return joinZip(parts);
    },
  },
  {
    rule: 'a base directory that is not zuzahlungsbefreiung-<Application-Id> of bag-info.txt',
    code: 'zip.base-directory-mismatch',
    path: 'bag-info.txt',
    build: () => replaceBytes(valid(), base, 'zuzahlungsbefreiung-A-2025-0002'),
  },
  {
    rule: 'a base directory our writer never names',
    code: 'zip.base-directory',
    path: 'zuzahlungsbefreiung_A-2025-0001',
    build: () => replaceBytes(valid(), base, 'zuzahlungsbefreiung_A-2025-0001'),
  },
  {
    rule: 'an attachment name outside the writer’s rule (upper case)',
    code: 'zip.unexpected-name',
    path: entry('data/Einkommen-rente-m2-1.png'),
    build: () => replaceBytes(valid(), 'einkommen-rente-m2-1.png', 'Einkommen-rente-m2-1.png'),
  },
  {
    rule: 'a name with a right-to-left override (shown escaped)',
    code: 'zip.name-not-utf8',
    path: entry('data/bescheid-buerg\\u202Efdp.exe'),
    build: () => replaceBytes(valid(), 'bescheid-buergergeld.pdf', new TextEncoder().encode(rtlName)),
  },
];
