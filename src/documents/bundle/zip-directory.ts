import { finding, type BundleProblem } from './bundle-problem';

// Reads a zip's central directory (PKWARE APPNOTE 4.3.12, 4.3.16) without inflating anything, so that names
// and declared sizes can be checked before fflate allocates a byte. It is deliberately stricter than zip
// readers in general: one disk, no zip64, no encryption, no gaps or overlaps between entries, nothing after
// the end record — our writer never produces any of these, and each has been used to smuggle content past
// one reader that another reader then sees.

export type ZipEntry = {
  /** The name as UTF-8, or undefined when its bytes are not valid UTF-8. */
  name: string | undefined;
  /** The name decoded leniently, for messages only. */
  displayName: string;
  method: number;
  crc32: number;
  compressedSize: number;
  uncompressedSize: number;
};

export type ZipDirectory = { ok: true; entries: ZipEntry[] } | { ok: false; problem: BundleProblem };

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const ZIP64_LOCATOR = 0x07064b50;

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
const lenientUtf8 = new TextDecoder('utf-8');

const broken = (de: string, en: string): ZipDirectory => ({
  ok: false,
  problem: finding(
    'zip.malformed',
    '',
    `Die ZIP-Datei ist beschädigt: ${de}`,
    `the zip file is damaged: ${en}`,
  ),
});

function decodeName(bytes: Uint8Array, utf8Flag: boolean): { name: string | undefined; displayName: string } {
  const displayName = lenientUtf8.decode(bytes);
  const ascii = bytes.every((byte) => byte < 0x80);
  // Without the UTF-8 flag, other readers (fflate among them) decode a name as CP437/Latin-1: only pure ASCII
  // means the same to all of them.
  if (!ascii && !utf8Flag) return { name: undefined, displayName };
  try {
    return { name: strictUtf8.decode(bytes), displayName };
  } catch {
    return { name: undefined, displayName };
  }
}

/** Lists the entries of `zip`, or says why it is not a zip this reader opens. Never throws. */
export function readZipDirectory(zip: Uint8Array, maxEntries: number): ZipDirectory {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const u16 = (at: number) => view.getUint16(at, true);
  const u32 = (at: number) => view.getUint32(at, true);
  if (zip.length < 22) return broken('sie ist zu kurz.', 'it is too short');
  // Search the end record from the back, as fflate does, so that both find the same one.
  let end = zip.length - 22;
  while (end >= 0 && zip.length - end <= 65557 && u32(end) !== EOCD) end--;
  if (end < 0 || zip.length - end > 65557)
    return broken('das Verzeichnisende fehlt.', 'no end of central directory');
  if (end + 22 + u16(end + 20) !== zip.length) {
    return broken('nach dem Verzeichnisende folgen Daten.', 'data after the end of central directory');
  }
  if (end >= 20 && u32(end - 20) === ZIP64_LOCATOR)
    return broken('ZIP64 wird nicht gelesen.', 'zip64 is not supported');
  const count = u16(end + 10);
  const directorySize = u32(end + 12);
  const directoryOffset = u32(end + 16);
  if (u16(end + 4) !== 0 || u16(end + 6) !== 0 || u16(end + 8) !== count) {
    return broken('sie ist auf mehrere Teile verteilt.', 'it spans several disks');
  }
  if (count > maxEntries) {
    return {
      ok: false,
      problem: finding(
        'zip.too-many-entries',
        '',
        `Die ZIP-Datei enthält ${count} Einträge, höchstens ${maxEntries} sind erlaubt.`,
        `the zip file has ${count} entries, at most ${maxEntries} are allowed`,
      ),
    };
  }
  if (directoryOffset + directorySize !== end) {
    return broken('das Verzeichnis liegt nicht vor seinem Ende.', 'the central directory is misplaced');
  }

  const entries: ZipEntry[] = [];
  const ranges: [number, number][] = [];
  let at = directoryOffset;
  for (let index = 0; index < count; index++) {
    if (at + 46 > end || u32(at) !== CENTRAL)
      return broken('ein Verzeichniseintrag fehlt.', 'a central header is missing');
    const flags = u16(at + 8);
    const method = u16(at + 10);
    const crc32 = u32(at + 16);
    const compressedSize = u32(at + 20);
    const uncompressedSize = u32(at + 24);
    const nameLength = u16(at + 28);
    const next = at + 46 + nameLength + u16(at + 30) + u16(at + 32);
    const localOffset = u32(at + 42);
    if (next > end)
      return broken('ein Verzeichniseintrag ist abgeschnitten.', 'a central header is truncated');
    const nameBytes = zip.subarray(at + 46, at + 46 + nameLength);
    const { name, displayName } = decodeName(nameBytes, (flags & 0x800) !== 0);
    const where = `„${displayName}“`;
    const whereEn = `"${displayName}"`;
    if (compressedSize === 0xffffffff || uncompressedSize === 0xffffffff || localOffset === 0xffffffff) {
      return broken(`${where} verlangt ZIP64.`, `${whereEn} needs zip64`);
    }
    if (flags & 0x1) return broken(`${where} ist verschlüsselt.`, `${whereEn} is encrypted`);
    if (method !== 0 && method !== 8)
      return broken(`${where} ist unbekannt komprimiert.`, `${whereEn} uses an unknown compression`);
    if (method === 0 && compressedSize !== uncompressedSize) {
      return broken(`${where} hat widersprüchliche Größen.`, `${whereEn} has contradictory sizes`);
    }
    // The local header must repeat the name: a reader walking local headers must see what we checked.
    const localNameLength = localOffset + 30 <= zip.length ? u16(localOffset + 26) : -1;
    const dataStart = localOffset + 30 + localNameLength + (localNameLength < 0 ? 0 : u16(localOffset + 28));
    if (
      localNameLength !== nameLength ||
      u32(localOffset) !== LOCAL ||
      dataStart + compressedSize > directoryOffset ||
      !zip.subarray(localOffset + 30, localOffset + 30 + nameLength).every((byte, i) => byte === nameBytes[i])
    ) {
      return broken(
        `der lokale Kopf von ${where} passt nicht.`,
        `the local header of ${whereEn} does not match`,
      );
    }
    ranges.push([localOffset, dataStart + compressedSize]);
    entries.push({ name, displayName, method, crc32, compressedSize, uncompressedSize });
    at = next;
  }
  if (at !== end)
    return broken('das Verzeichnis hat überzählige Bytes.', 'the central directory has extra bytes');
  // Overlapping entries are the trick of "better" zip bombs (many names, one compressed stream).
  ranges.sort((a, b) => a[0] - b[0]);
  let previousEnd = 0;
  for (const [start, stop] of ranges) {
    if (start < previousEnd) return broken('Einträge überlappen sich.', 'entries overlap');
    previousEnd = stop;
  }
  return { ok: true, entries };
}
