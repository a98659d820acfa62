import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument, PDFName, PDFString, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { buildAntragContent } from '../antrag/antrag-content.test-support';
import { coupleWithChildren } from '../antrag/antrag-households.test-support';
import { dejaVuSans } from '../antrag/pdf-tools.test-support';
import { renderAntragPdf } from '../antrag/render-antrag-pdf';
import { jpeg } from './bundle-fixtures.test-support';
import { scanPdf } from './pdf-active-content';
import { appendUpdate, assemblePdf, concat, latin1, streamBody } from './pdf-shapes.test-support';

// Real bank statements, pension notices and scanner output must pass: the shapes their writers produce.

const scan = (bytes: Uint8Array) => {
  const { problems, flags } = scanPdf('data/bescheid.pdf', bytes, 32 * 1024 * 1024);
  return { refused: problems.map((p) => p.code), flagged: flags.map((f) => f.code) };
};
const clean = { refused: [], flagged: [] };

async function statement(useObjectStreams: boolean): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage();
  for (let line = 0; line < 40; line++) {
    page.drawText(`Buchung ${line}: Rente 1.234,56 EUR`, { x: 40, y: 800 - line * 18, size: 10, font });
  }
  doc.setTitle('Kontoauszug');
  return doc.save({ useObjectStreams });
}

/** Runs qpdf on `bytes` with `args`, returning the file it writes. */
function qpdf(bytes: Uint8Array, ...args: string[]): Uint8Array {
  const dir = mkdtempSync(join(tmpdir(), 'pdf-shape-'));
  try {
    writeFileSync(join(dir, 'in.pdf'), bytes);
    execFileSync('qpdf', [...args, join(dir, 'in.pdf'), join(dir, 'out.pdf')]);
    return new Uint8Array(readFileSync(join(dir, 'out.pdf')));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('PDFs as real writers produce them pass the active-content check', () => {
  it('our own Antrag PDF', async () => {
    const bytes = await renderAntragPdf(buildAntragContent(coupleWithChildren(), 'de'), {
      fontBytes: dejaVuSans,
    });
    expect(scan(bytes)).toEqual(clean);
  });

  it('pdf-lib with an xref stream and object streams, and without', async () => {
    expect(scan(await statement(true))).toEqual(clean);
    expect(scan(await statement(false))).toEqual(clean);
  });

  it('an incremental update with a second xref section and trailer (a signed or annotated statement)', async () => {
    const base = assemblePdf([[3, '<< /Title (Rentenbescheid) >>']], { trailer: '/Info 3 0 R ' });
    const updated = appendUpdate(base, [[3, '<< /Title (Rentenbescheid, geprüft) /ModDate (D:20260301) >>']]);
    expect(scan(updated)).toEqual(clean);
  });

  it('trailing bytes after %%EOF, and CRLF line ends', () => {
    const trailing = concat(
      assemblePdf(),
      latin1('\r\n\0\0\0garbage from a mail gateway\n'),
      new Uint8Array(512),
    );
    expect(scan(trailing)).toEqual(clean);
    expect(scan(assemblePdf([[3, '<< /Producer (Scanner) >>']], { eol: '\r\n' }))).toEqual(clean);
  });

  it('a PDF/A-like file with XMP metadata, an output intent and a structure tree', () => {
    const xmp =
      '<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/"/><?xpacket end="w"?>';
    const bytes = assemblePdf([
      [3, streamBody('/Type /Metadata /Subtype /XML', xmp)],
      [4, '<< /Type /OutputIntent /S /GTS_PDFA1 /OutputConditionIdentifier (sRGB) >>'],
      [5, '<< /Type /StructTreeRoot >>'],
      [6, '<< /Marked true >>'],
    ]);
    expect(scan(bytes)).toEqual(clean);
  });

  it('a scanned page: a DCT image drawn on a page, by pdf-lib', async () => {
    const doc = await PDFDocument.create();
    const image = await doc.embedJpg(jpeg(1240, 1754));
    doc.addPage([595, 842]).drawImage(image, { x: 0, y: 0, width: 595, height: 842 });
    expect(scan(await doc.save())).toEqual(clean);
  });

  it('qpdf output: linearized, and with object streams generated', async () => {
    const bytes = await statement(false);
    expect(scan(qpdf(bytes, '--linearize'))).toEqual(clean);
    expect(scan(qpdf(bytes, '--object-streams=generate'))).toEqual(clean);
  });

  it('names inside strings are text, also in object streams', async () => {
    const doc = await PDFDocument.create();
    doc.addPage();
    doc.catalog.set(PDFName.of('Lang'), PDFString.of('Zahlung (/JavaScript /Launch) /JS'));
    expect(scan(await doc.save({ useObjectStreams: true }))).toEqual(clean);
  });

  it('accepts links and embedded files with a flag', async () => {
    const doc = await PDFDocument.create();
    doc.addPage();
    doc.catalog.set(PDFName.of('URI'), doc.context.obj({ Base: PDFString.of('https://www.aok.de/') }));
    await doc.attach(latin1('<Invoice/>'), 'factur-x.xml', { mimeType: 'text/xml' });
    expect(scan(await doc.save())).toEqual({ refused: [], flagged: ['pdf.embedded-file', 'pdf.uri'] });
  });

  it('an encrypted PDF: fully checked without object streams, flagged to stay in the app with them', async () => {
    const bytes = await statement(false);
    const plain = qpdf(bytes, '--encrypt', '', 'owner', '256', '--', '--object-streams=disable');
    expect(scan(plain)).toEqual({ refused: [], flagged: ['pdf.encrypted'] });
    const packed = qpdf(bytes, '--encrypt', '', 'owner', '256', '--', '--object-streams=generate');
    expect(scan(packed)).toEqual({ refused: [], flagged: ['pdf.encrypted', 'pdf.encrypted-unchecked'] });
  });
});
