// CRC-32 (ISO 3309, as zip uses it; APPNOTE 4.4.7): a checksum, not cryptography. The reader compares every
// unpacked entry with the CRC its headers declare (unzip-entries.ts), so the content it checked is the content
// any other unzip tool accepts.

const table = (() => {
  const values = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    values[n] = c >>> 0;
  }
  return values;
})();

export function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (table[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
