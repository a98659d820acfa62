import { concatBytes } from '../concat-bytes';
/*
 * Tests and bench only: takes a zip our writer made apart into its records (PKWARE APPNOTE 4.3.7 local headers,
 * 4.3.12 central headers, 4.3.16 end record) and puts it back together, so that a test can change one field,
 * one name or one entry's data and get an otherwise consistent zip. It trusts its input: only our writer's
 * output (no data descriptors, no zip64) goes in.
 */

export type ZipRecord = {
  /** The 30 fixed bytes of the local header; the lengths at 26 and 28 are rewritten from the fields below. */
  local: Uint8Array;
  localName: Uint8Array;
  localExtra: Uint8Array;
  data: Uint8Array;
  /** The 46 fixed bytes of the central header; lengths at 28–32 and the offset at 42 are rewritten. */
  central: Uint8Array;
  centralName: Uint8Array;
  centralExtra: Uint8Array;
  centralComment: Uint8Array;
  /** Bytes written before the local header, belonging to no entry. */
  gapBefore: Uint8Array;
  /** Points the central header elsewhere than where the local header is written. */
  offsetOverride?: number;
};

export type ZipParts = {
  records: ZipRecord[];
  /** Bytes between the last entry's data and the central directory. */
  gapBeforeDirectory: Uint8Array;
  /** The 22 fixed bytes of the end record; counts, size, offset and comment length are rewritten. */
  end: Uint8Array;
  comment: Uint8Array;
};

const u16 = (bytes: Uint8Array, at: number) => (bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8);
const u32 = (bytes: Uint8Array, at: number) => (u16(bytes, at) | (u16(bytes, at + 2) << 16)) >>> 0;

export function setU16(bytes: Uint8Array, at: number, value: number): void {
  bytes[at] = value & 0xff;
  bytes[at + 1] = (value >>> 8) & 0xff;
}

export function setU32(bytes: Uint8Array, at: number, value: number): void {
  setU16(bytes, at, value & 0xffff);
  setU16(bytes, at + 2, value >>> 16);
}

export function splitZip(zip: Uint8Array): ZipParts {
  const endAt = zip.length - 22;
  const count = u16(zip, endAt + 10);
  let at = u32(zip, endAt + 16);
  const records: ZipRecord[] = [];
  for (let index = 0; index < count; index++) {
    const nameLength = u16(zip, at + 28);
    const extraLength = u16(zip, at + 30);
    const commentLength = u16(zip, at + 32);
    const localAt = u32(zip, at + 42);
    const localNameLength = u16(zip, localAt + 26);
    const localExtraLength = u16(zip, localAt + 28);
    const dataAt = localAt + 30 + localNameLength + localExtraLength;
    records.push({
      local: zip.slice(localAt, localAt + 30),
      localName: zip.slice(localAt + 30, localAt + 30 + localNameLength),
      localExtra: zip.slice(localAt + 30 + localNameLength, dataAt),
      data: zip.slice(dataAt, dataAt + u32(zip, at + 20)),
      central: zip.slice(at, at + 46),
      centralName: zip.slice(at + 46, at + 46 + nameLength),
      centralExtra: zip.slice(at + 46 + nameLength, at + 46 + nameLength + extraLength),
      centralComment: zip.slice(
        at + 46 + nameLength + extraLength,
        at + 46 + nameLength + extraLength + commentLength,
      ),
      gapBefore: new Uint8Array(0),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return {
    records,
    gapBeforeDirectory: new Uint8Array(0),
    end: zip.slice(endAt, endAt + 22),
    comment: new Uint8Array(0),
  };
}

export function joinZip(parts: ZipParts): Uint8Array {
  const body: Uint8Array[] = [];
  const directory: Uint8Array[] = [];
  let offset = 0;
  for (const record of parts.records) {
    body.push(record.gapBefore);
    offset += record.gapBefore.length;
    const local = record.local.slice();
    setU16(local, 26, record.localName.length);
    setU16(local, 28, record.localExtra.length);
    const central = record.central.slice();
    setU16(central, 28, record.centralName.length);
    setU16(central, 30, record.centralExtra.length);
    setU16(central, 32, record.centralComment.length);
    setU32(central, 42, record.offsetOverride ?? offset);
    body.push(local, record.localName, record.localExtra, record.data);
    offset += 30 + record.localName.length + record.localExtra.length + record.data.length;
    directory.push(central, record.centralName, record.centralExtra, record.centralComment);
  }
  body.push(parts.gapBeforeDirectory);
  offset += parts.gapBeforeDirectory.length;
  const directoryBytes = concatBytes(directory);
  const end = parts.end.slice();
  setU16(end, 8, parts.records.length);
  setU16(end, 10, parts.records.length);
  setU32(end, 12, directoryBytes.length);
  setU32(end, 16, offset);
  setU16(end, 20, parts.comment.length);
  return concatBytes([...body, directoryBytes, end, parts.comment]);
}

const nameOf = (record: ZipRecord) => new TextDecoder().decode(record.centralName);

/** Splits `zip`, lets `change` edit the record whose name ends with `suffix` (and the parts), joins again. */
export function editEntry(
  zip: Uint8Array,
  suffix: string,
  change: (record: ZipRecord, parts: ZipParts) => void,
): Uint8Array {
  const parts = splitZip(zip);
  const record = parts.records.find((candidate) => nameOf(candidate).endsWith(suffix));
  if (record === undefined) throw new Error(`editEntry: no entry ending in ${suffix}`);
  change(record, parts);
  return joinZip(parts);
}

/** Sets one field in the local header, the central header, or both (offsets as in the local header). */
export const localFields = { flags: 6, method: 8, crc: 14, compressedSize: 18, size: 22 } as const;
export const centralFields = { flags: 8, method: 10, crc: 16, compressedSize: 20, size: 24 } as const;

/** An extra field block (APPNOTE 4.5.1): id, length, data. */
export function extraField(id: number, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(4 + data.length);
  setU16(out, 0, id);
  setU16(out, 2, data.length);
  out.set(data, 4);
  return out;
}
