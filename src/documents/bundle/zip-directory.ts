import { finding, type BundleProblem } from './bundle-problem';

// Reads a zip's central directory (PKWARE APPNOTE 4.3.12, 4.3.16) and every entry's local header (4.3.7) without
// inflating anything, so that names and declared sizes can be checked before a byte is allocated. It accepts
// only the shape our writer (fflate's zipSync as build-bundle.ts calls it) produces: one disk, no zip64, no
// encryption, no data descriptors, no extra fields, no comments, entries back to back from the first byte to the
// central directory, and local headers that repeat the central directory. Each of these freedoms of the format
// has been used to show one reader (ours) other content than another reader (the caseworker's unzip tool).

export type ZipEntry = {
  /** The name as UTF-8, or undefined when its bytes are not valid UTF-8. */
  name: string | undefined;
  /** The name decoded leniently, for messages only. */
  displayName: string;
  method: number;
  crc32: number;
  compressedSize: number;
  uncompressedSize: number;
  /** Where the entry's (compressed) data starts in the zip, after its local header. */
  dataOffset: number;
};

export type ZipDirectory = { ok: true; entries: ZipEntry[] } | { ok: false; problem: BundleProblem };

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const ZIP64_LOCATOR = 0x07064b50;
/** APPNOTE 4.6.9: the Info-ZIP Unicode Path extra field, which gives an entry a second name. */
const UNICODE_PATH = 0x7075;

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
const lenientUtf8 = new TextDecoder('utf-8');

const refuse = (code: string, path: string, de: string, en: string): ZipDirectory => ({
  ok: false,
  problem: finding(code, path, de, en),
});

const broken = (de: string, en: string, path = ''): ZipDirectory =>
  refuse('zip.malformed', path, `Die ZIP-Datei ist beschädigt: ${de}`, `the zip file is damaged: ${en}`);

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

const hex = (value: number) => `0x${value.toString(16).padStart(4, '0')}`;

/** The ids of an extra field block (APPNOTE 4.5.1: id and length, two bytes each, then the data). */
function extraFieldIds(view: DataView, start: number, length: number): number[] {
  const ids: number[] = [];
  for (let at = start; at + 4 <= start + length; at += 4 + view.getUint16(at + 2, true)) {
    ids.push(view.getUint16(at, true));
  }
  return ids;
}

const headers = {
  local: { de: 'Der lokale Kopf', en: 'the local header' },
  central: { de: 'Der Verzeichniseintrag', en: 'the central header' },
};

function extraFieldProblem(
  view: DataView,
  start: number,
  length: number,
  path: string,
  header: keyof typeof headers,
): ZipDirectory {
  const { de, en } = headers[header];
  const ids = extraFieldIds(view, start, length);
  if (ids.includes(UNICODE_PATH)) {
    return refuse(
      'zip.unicode-path',
      path,
      `${de} gibt der Datei in einem Unicode-Path-Feld (0x7075) einen zweiten Namen, den andere Programme statt dieses Namens zeigen.`,
      `${en} gives the file a second name in a Unicode Path field (0x7075), which other programs show instead of this name`,
    );
  }
  return refuse(
    'zip.extra-field',
    path,
    `${de} hat Zusatzfelder (${ids.length > 0 ? ids.map(hex).join(', ') : 'unlesbar'}), die unsere App nie schreibt.`,
    `${en} has extra fields (${ids.length > 0 ? ids.map(hex).join(', ') : 'unreadable'}) our app never writes`,
  );
}

/** Lists the entries of `zip`, or says why it is not a zip this reader opens. Never throws. */
export function readZipDirectory(zip: Uint8Array, maxEntries: number): ZipDirectory {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const u16 = (at: number) => view.getUint16(at, true);
  const u32 = (at: number) => view.getUint32(at, true);
  if (zip.length < 22) return broken('sie ist zu kurz.', 'it is too short');
  // Our writer puts the end record (APPNOTE 4.3.16) in the last 22 bytes, without a comment. Searching from the
  // back as fflate does only serves the message: a comment can hold a second, fake end record.
  let end = zip.length - 22;
  while (end > 0 && zip.length - end <= 65557 && u32(end) !== EOCD) end--;
  if (u32(end) !== EOCD) return broken('das Verzeichnisende fehlt.', 'no end of central directory');
  if (end + 22 + u16(end + 20) === zip.length && end !== zip.length - 22) {
    return refuse(
      'zip.comment',
      '',
      'Die ZIP-Datei hat einen Kommentar; unsere App schreibt keinen.',
      'the zip file has a comment; our app never writes one',
    );
  }
  if (end !== zip.length - 22 || u16(end + 20) !== 0) {
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
    return refuse(
      'zip.too-many-entries',
      '',
      `Die ZIP-Datei enthält ${count} Einträge, höchstens ${maxEntries} sind erlaubt.`,
      `the zip file has ${count} entries, at most ${maxEntries} are allowed`,
    );
  }
  if (directoryOffset + directorySize !== end) {
    return broken('das Verzeichnis liegt nicht vor seinem Ende.', 'the central directory is misplaced');
  }

  const entries: (ZipEntry & { localOffset: number; dataEnd: number })[] = [];
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
    const extraLength = u16(at + 30);
    const commentLength = u16(at + 32);
    const next = at + 46 + nameLength + extraLength + commentLength;
    const localOffset = u32(at + 42);
    if (next > end)
      return broken('ein Verzeichniseintrag ist abgeschnitten.', 'a central header is truncated');
    const nameBytes = zip.subarray(at + 46, at + 46 + nameLength);
    const { name, displayName } = decodeName(nameBytes, (flags & 0x800) !== 0);
    const path = displayName;
    if (compressedSize === 0xffffffff || uncompressedSize === 0xffffffff || localOffset === 0xffffffff) {
      return broken('der Eintrag verlangt ZIP64.', 'the entry needs zip64', path);
    }
    if (flags & 0x1)
      return refuse('zip.encrypted', path, 'Die Datei ist verschlüsselt.', 'the file is encrypted');
    // APPNOTE 4.4.4. zipSync sets no flag for the ASCII names our writer uses: bit 3 (sizes and CRC in a data
    // descriptor after the data, zero in the local header) and bit 11 (UTF-8 name) are what other tools set.
    if (flags !== 0) {
      return refuse(
        'zip.flags',
        path,
        `Der Eintrag hat Kennzeichen (${hex(flags)}), die unsere App nie setzt.`,
        `the entry has general purpose flags (${hex(flags)}) our app never sets`,
      );
    }
    if (method !== 0 && method !== 8) {
      return refuse(
        'zip.method',
        path,
        'Die Datei ist mit einem unbekannten Verfahren komprimiert.',
        'the file uses an unknown compression method',
      );
    }
    if (method === 0 && compressedSize !== uncompressedSize) {
      return broken('der Eintrag hat widersprüchliche Größen.', 'the entry has contradictory sizes', path);
    }
    if (extraLength !== 0) return extraFieldProblem(view, at + 46 + nameLength, extraLength, path, 'central');
    if (commentLength !== 0) {
      return refuse(
        'zip.comment',
        path,
        'Der Eintrag hat einen Kommentar; unsere App schreibt keinen.',
        'the entry has a comment; our app never writes one',
      );
    }
    // APPNOTE 4.4.2, 4.4.13–15: zipSync writes "version made by" 2.0 on MS-DOS and no attributes. Unix
    // attributes could make the entry a symbolic link or an executable on the caseworker's disk.
    if (u16(at + 4) >> 8 !== 0 || u16(at + 34) !== 0 || u16(at + 36) !== 0 || u32(at + 38) !== 0) {
      return refuse(
        'zip.attributes',
        path,
        'Der Eintrag hat Dateiattribute (etwa als Verknüpfung), die unsere App nie schreibt.',
        'the entry has file attributes (a symbolic link, for instance) our app never writes',
      );
    }

    // The local header (APPNOTE 4.3.7) is what a reader walking the file from the front sees: it must say
    // exactly what the central directory says, or that reader unpacks another name, method or length.
    const mismatch = (what: string, whatEn: string) =>
      refuse(
        'zip.local-header-mismatch',
        path,
        `Der lokale Kopf der Datei weicht vom ZIP-Verzeichnis ab (${what}).`,
        `the local header of the file differs from the central directory (${whatEn})`,
      );
    if (localOffset + 30 > directoryOffset || u32(localOffset) !== LOCAL) {
      return mismatch('kein lokaler Kopf an der angegebenen Stelle', 'no local header where it points');
    }
    const localNameLength = u16(localOffset + 26);
    const localExtraLength = u16(localOffset + 28);
    const dataOffset = localOffset + 30 + localNameLength + localExtraLength;
    if (
      localNameLength !== nameLength ||
      dataOffset > directoryOffset ||
      !zip.subarray(localOffset + 30, localOffset + 30 + nameLength).every((byte, i) => byte === nameBytes[i])
    ) {
      return mismatch('Name', 'name');
    }
    if (u16(localOffset + 6) !== flags) return mismatch('Kennzeichen', 'flags');
    if (u16(localOffset + 8) !== method) return mismatch('Verfahren', 'method');
    if (u32(localOffset + 14) !== crc32) return mismatch('Prüfsumme', 'CRC');
    if (u32(localOffset + 18) !== compressedSize || u32(localOffset + 22) !== uncompressedSize) {
      return mismatch('Größen', 'sizes');
    }
    if (localExtraLength !== 0) {
      return extraFieldProblem(view, localOffset + 30 + nameLength, localExtraLength, path, 'local');
    }
    const dataEnd = dataOffset + compressedSize;
    if (dataEnd > directoryOffset) {
      return broken('die Daten reichen ins Verzeichnis.', 'its data runs into the central directory', path);
    }
    entries.push({
      name,
      displayName,
      method,
      crc32,
      compressedSize,
      uncompressedSize,
      dataOffset,
      localOffset,
      dataEnd,
    });
    at = next;
  }
  if (at !== end)
    return broken('das Verzeichnis hat überzählige Bytes.', 'the central directory has extra bytes');

  // Entries must tile the file from its first byte to the central directory. Bytes in a gap are seen by no
  // entry here but may be a whole entry to a reader that walks local headers; overlapping entries are the trick
  // of "better" zip bombs (many names, one compressed stream).
  const ordered = [...entries].sort((a, b) => a.localOffset - b.localOffset);
  let previousEnd = 0;
  let previous: string | undefined;
  for (const entry of ordered) {
    if (entry.localOffset < previousEnd) {
      return refuse(
        'zip.overlap',
        entry.displayName,
        `Die Datei überlappt mit „${previous ?? ''}“.`,
        `the file overlaps "${previous ?? ''}"`,
      );
    }
    if (entry.localOffset > previousEnd) {
      const gap = entry.localOffset - previousEnd;
      return refuse(
        'zip.gap',
        entry.displayName,
        `Vor der Datei stehen ${gap} Bytes, die zu keinem Eintrag gehören.`,
        `${gap} bytes that belong to no entry stand before the file`,
      );
    }
    previousEnd = entry.dataEnd;
    previous = entry.displayName;
  }
  if (previousEnd !== directoryOffset) {
    const gap = directoryOffset - previousEnd;
    return refuse(
      'zip.gap',
      previous ?? '',
      `Nach der Datei stehen ${gap} Bytes, die zu keinem Eintrag gehören.`,
      `${gap} bytes that belong to no entry follow the file`,
    );
  }
  return {
    ok: true,
    entries: entries.map(({ localOffset: _offset, dataEnd: _end, ...entry }) => entry),
  };
}
