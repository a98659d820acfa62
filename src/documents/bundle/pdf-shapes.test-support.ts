import { concatBytes } from '../concat-bytes';
import { zlibSync } from 'fflate';

/* Tests only: PDFs assembled byte by byte, with a correct xref table, in the shapes real writers produce and the
   shapes an attacker builds to hide an object from one parser or another. */

export const latin1 = (text: string): Uint8Array =>
  Uint8Array.from(text, (char) => char.charCodeAt(0) & 0xff);

export const concat = (...parts: Uint8Array[]): Uint8Array<ArrayBuffer> => concatBytes(parts);

const asBytes = (body: string | Uint8Array) => (typeof body === 'string' ? latin1(body) : body);

/** A stream object's body: the dictionary entries given, /Length, then the data. */
export function streamBody(entries: string, data: Uint8Array | string, eol = '\n'): Uint8Array {
  const bytes = asBytes(data);
  return concat(
    latin1(`<< ${entries} /Length ${bytes.length} >>${eol}stream${eol}`),
    bytes,
    latin1(`${eol}endstream`),
  );
}

/** An object stream (ISO 32000-1 § 7.5.7) holding `objects`, its header offsets right, Flate unless told. */
export function objectStreamBody(
  objects: [number, string][],
  encode: (data: Uint8Array) => { filter: string; data: Uint8Array } = (data) => ({
    filter: '/FlateDecode',
    data: zlibSync(data),
  }),
): Uint8Array {
  let offset = 0;
  const header: string[] = [];
  for (const [num, text] of objects) {
    header.push(`${num} ${offset}`);
    offset += text.length + 1;
  }
  const head = `${header.join(' ')} `;
  const plain = latin1(head + objects.map(([, text]) => `${text}\n`).join(''));
  const { filter, data } = encode(plain);
  const filterEntry = filter === '' ? '' : `/Filter ${filter} `;
  return streamBody(`/Type /ObjStm /N ${objects.length} /First ${head.length} ${filterEntry}`.trim(), data);
}

export type Bodies = [number, string | Uint8Array][];

const catalogAndPages: Bodies = [
  [1, '<< /Type /Catalog /Pages 2 0 R >>'],
  [2, '<< /Type /Pages /Kids [] /Count 0 >>'],
];

/** Objects, an xref table with their offsets and a trailer: a PDF as a careful writer produces it. */
export function assemblePdf(
  bodies: Bodies = [],
  options: { eol?: string; trailer?: string; withCatalog?: boolean } = {},
): Uint8Array {
  const eol = options.eol ?? '\n';
  const all = options.withCatalog === false ? bodies : [...catalogAndPages, ...bodies];
  const parts: Uint8Array[] = [latin1(`%PDF-1.7${eol}%\u00e2\u00e3\u00cf\u00d3${eol}`)];
  const offsets = new Map<number, number>();
  let length = parts[0]?.length ?? 0;
  for (const [num, body] of all) {
    offsets.set(num, length);
    const part = concat(latin1(`${num} 0 obj${eol}`), asBytes(body), latin1(`${eol}endobj${eol}`));
    parts.push(part);
    length += part.length;
  }
  parts.push(xrefAndTrailer(offsets, length, `/Root 1 0 R ${options.trailer ?? ''}`, eol));
  return concat(...parts);
}

function xrefAndTrailer(offsets: Map<number, number>, at: number, trailer: string, eol: string): Uint8Array {
  const numbers = [...offsets.keys()].sort((a, b) => a - b);
  const size = Math.max(0, ...numbers) + 1;
  const rows = numbers.map(
    (num) =>
      `${num} 1${eol}${String(offsets.get(num)).padStart(10, '0')} 00000 n${eol === '\n' ? ' \n' : eol}`,
  );
  return latin1(
    `xref${eol}0 1${eol}0000000000 65535 f${eol === '\n' ? ' \n' : eol}${rows.join('')}trailer${eol}<< /Size ${size} ${trailer}>>${eol}startxref${eol}${at}${eol}%%EOF${eol}`,
  );
}

/** An incremental update (§ 7.5.6): new versions of objects, an xref section and a trailer pointing back. */
export function appendUpdate(base: Uint8Array, bodies: Bodies, trailer = ''): Uint8Array {
  const text = new TextDecoder('latin1').decode(base);
  const previous = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(text)?.[1] ?? '0';
  const parts: Uint8Array[] = [base];
  const offsets = new Map<number, number>();
  let length = base.length;
  for (const [num, body] of bodies) {
    offsets.set(num, length);
    const part = concat(latin1(`${num} 0 obj\n`), asBytes(body), latin1('\nendobj\n'));
    parts.push(part);
    length += part.length;
  }
  parts.push(xrefAndTrailer(offsets, length, `/Root 1 0 R /Prev ${previous} ${trailer}`, '\n'));
  return concat(...parts);
}
