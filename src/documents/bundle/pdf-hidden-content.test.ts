import { zlibSync } from 'fflate';
import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { bundleWith } from './bundle-fixtures.test-support';
import { scanPdf } from './pdf-active-content';
import {
  appendUpdate,
  assemblePdf,
  concat,
  latin1,
  objectStreamBody,
  streamBody,
} from './pdf-shapes.test-support';
import { readBundle } from './read-bundle';

// Every way to hide an action from one parser or another, each built in the test, each refused with the file
// named: by the reader of a bundle (exit 1 of `bundle verify`) and by the PDF check itself.

const javascript = '<< /Type /Action /S /JavaScript /JS (app.alert\\(1\\)) >>';
const launch = '<< /Type /Action /S /Launch /F (cmd.exe) >>';

const refusedCodes = (bytes: Uint8Array) =>
  scanPdf('data/beleg.pdf', bytes, 1024 * 1024).problems.map((p) => p.code);

const expectRefusedInBundle = (bytes: Uint8Array, code: string) => {
  const result = readBundle(bundleWith('beleg.pdf', bytes));
  expect(result.ok).toBe(false);
  expect(result.ok ? [] : result.problems).toContainEqual(
    expect.objectContaining({ code, path: 'data/beleg.pdf' }),
  );
};

// A JavaScript action hidden in object streams in several ways a regular expression would miss.
const hidden: [string, Uint8Array, string][] = [
  [
    'an object stream whose stream keyword is followed by spaces before its end of line',
    assemblePdf([[3, spaced(`6 0 ${javascript}`)]]),
    'pdf.javascript',
  ],
  [
    'an object stream with an indirect /Length and an indirect /Filter',
    assemblePdf([
      [
        3,
        concat(
          latin1('<< /Type /ObjStm /N 1 /First 4 /Filter 5 0 R /Length 4 0 R >>\nstream\n'),
          zlibSync(latin1(`6 0 ${launch}`)),
          latin1('\nendstream'),
        ),
      ],
      [4, String(zlibSync(latin1(`6 0 ${launch}`)).length)],
      [5, '/FlateDecode'],
    ]),
    'pdf.launch',
  ],
  [
    'a string containing "endobj" and "obj" before the action',
    assemblePdf([[3, `<< /Title (endobj 9 0 obj) /A ${javascript} >>`]]),
    'pdf.javascript',
  ],
  [
    'an object inside the data of an image stream, where an xref entry points',
    assemblePdf([
      [
        3,
        streamBody(
          '/Type /XObject /Subtype /Image /Filter /DCTDecode',
          `\xff\xd8 7 0 obj ${launch} endobj \xff\xd9`,
        ),
      ],
    ]),
    'pdf.launch',
  ],
  [
    // Found by the property test against qpdf: a stray byte in the dictionary hid the stream from pdf-lib.
    'an object stream whose dictionary holds a stray byte that qpdf and pdf.js skip',
    assemblePdf([[3, straying(`6 0 ${launch}`)]]),
    'pdf.launch',
  ],
  [
    'an old version of an object that an incremental update replaced',
    appendUpdate(assemblePdf([[3, javascript]]), [[3, '<< /Title (harmless) >>']]),
    'pdf.javascript',
  ],
  [
    'names written with #xx escapes, upper- and lower-case',
    assemblePdf([
      [3, '<< /S /L#61unch /F (x) >>'],
      [4, '<< /#4aS (x) >>'],
    ]),
    'pdf.launch',
  ],
  [
    'an object stream with a PNG predictor',
    assemblePdf([[3, predicted(`6 0 ${javascript}`)]]),
    'pdf.javascript',
  ],
  [
    'an ASCIIHex-encoded object stream',
    assemblePdf([
      [
        3,
        objectStreamBody([[6, javascript]], (data) => ({
          filter: '/ASCIIHexDecode',
          data: latin1(`${Buffer.from(data).toString('hex')}>`),
        })),
      ],
    ]),
    'pdf.javascript',
  ],
  [
    'an uncompressed object stream',
    assemblePdf([[3, objectStreamBody([[6, javascript]], (data) => ({ filter: '', data }))]]),
    'pdf.javascript',
  ],
  [
    'the action nested deep in arrays',
    assemblePdf([[3, `${'['.repeat(500)}${javascript}${']'.repeat(500)}`]]),
    'pdf.javascript',
  ],
];

function straying(objects: string): Uint8Array {
  const data = zlibSync(latin1(objects));
  const head = `<< /Type \xa8ObjStm /N 1 /First 4 /Filter /FlateDecode /Length ${data.length} >>\nstream\n`;
  return concat(latin1(head), data, latin1('\nendstream'));
}

// pdf-lib starts the data right after "stream", pdf.js after the end of line: only the latter inflates.
function spaced(objects: string): Uint8Array {
  const data = zlibSync(latin1(objects));
  const head = `<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /Length ${data.length} >>stream  \n`;
  return concat(latin1(head), data, latin1('\nendstream'));
}

function predicted(objects: string): Uint8Array {
  // PNG "Up" predictor, 8 columns: every row is a filter byte (2) and the difference to the row above.
  const plain = latin1(`${objects} `.padEnd(Math.ceil((objects.length + 1) / 8) * 8, ' '));
  const rows: number[] = [];
  for (let row = 0; row < plain.length; row += 8) {
    rows.push(2);
    for (let i = 0; i < 8; i++)
      rows.push(((plain[row + i] ?? 0) - (row > 0 ? (plain[row + i - 8] ?? 0) : 0)) & 0xff);
  }
  const data = zlibSync(Uint8Array.from(rows));
  return streamBody(
    '/Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /DecodeParms << /Predictor 12 /Columns 8 >>',
    data,
  );
}

describe('active content hidden from a simple parser is found', () => {
  it.each(hidden)('in %s', (_, bytes, code) => {
    expect(refusedCodes(bytes)).toContain(code);
    expectRefusedInBundle(bytes, code);
  });

  it('in an object stream written by pdf-lib', async () => {
    const doc = await PDFDocument.create();
    doc.addPage();
    const action = doc.context.register(
      doc.context.obj({ S: 'JavaScript', JS: PDFString.of('app.alert(1)') }),
    );
    doc.catalog.set(PDFName.of('OpenAction'), action);
    const bytes = await doc.save({ useObjectStreams: true });
    expect(refusedCodes(bytes)).toEqual(['pdf.javascript']);
    expectRefusedInBundle(bytes, 'pdf.javascript');
  });
});

describe('every refused action, and every flag', () => {
  it.each([
    ['/JavaScript', javascript, 'pdf.javascript'],
    ['/Launch', launch, 'pdf.launch'],
    ['/SubmitForm', '<< /S /SubmitForm /F (https://x) >>', 'pdf.submit-form'],
    ['/ImportData', '<< /S /ImportData /F (x.fdf) >>', 'pdf.import-data'],
    ['/GoToR', '<< /S /GoToR /F (other.pdf) /D [0 /Fit] >>', 'pdf.remote-goto'],
    ['/GoToE', '<< /S /GoToE /T << /R /C /N (x) >> >>', 'pdf.remote-goto'],
    ['/RichMedia', '<< /Type /Annot /Subtype /RichMedia /RichMediaContent 9 0 R >>', 'pdf.rich-media'],
    ['/XFA', '<< /Fields [] /XFA 9 0 R >>', 'pdf.xfa'],
  ])('refuses %s', (_, body, code) => {
    expectRefusedInBundle(assemblePdf([[3, body]]), code);
  });

  it.each([
    ['/URI', '<< /S /URI /URI (https://www.aok.de) >>', 'pdf.uri'],
    ['/OpenAction', '<< /OpenAction [2 0 R /Fit] >>', 'pdf.automatic-action'],
    ['/AA', '<< /AA << /O 4 0 R >> >>', 'pdf.automatic-action'],
    ['an embedded file', '<< /Type /EmbeddedFile >>', 'pdf.embedded-file'],
  ])('accepts %s with a flag', (_, body, code) => {
    const result = readBundle(bundleWith('beleg.pdf', assemblePdf([[3, body]])));
    expect(result.ok && result.flags).toEqual([expect.objectContaining({ code, path: 'data/beleg.pdf' })]);
  });

  it('refuses JavaScript in an encrypted PDF where it is not encrypted, and a file that is no PDF inside', () => {
    expectRefusedInBundle(
      assemblePdf(
        [
          [3, javascript],
          [4, '<< /Filter /Standard >>'],
        ],
        { trailer: '/Encrypt 4 0 R ' },
      ),
      'pdf.javascript',
    );
    expectRefusedInBundle(latin1('%PDF-1.7\n<html><script>alert(1)</script></html>'), 'pdf.unreadable');
  });
});

describe('the budget: never throws, never hangs', () => {
  it('stops at reference cycles, deep nesting, many unterminated streams and a deflate bomb', () => {
    const cycle = assemblePdf([
      [3, streamBody('/Type /ObjStm /N 1 /First 4 /Length 4 0 R', 'xx')],
      [4, '4 0 R'],
    ]);
    expect(() => scanPdf('x.pdf', cycle, 1024)).not.toThrow();
    const deep = assemblePdf([[3, '['.repeat(200_000)]]);
    expect(() => scanPdf('x.pdf', deep, 1024)).not.toThrow();
    const unterminated = assemblePdf([[3, '1 0 obj << >> stream\n'.repeat(20_000)]]);
    expect(refusedCodes(unterminated)).toContain('pdf.unscannable');
    const bomb = assemblePdf([[3, objectStreamBody([[6, `<< /P (${'x'.repeat(4_000_000)}) >>`]])]]);
    expect(refusedCodes(bomb)).toEqual(['pdf.unscannable']);
  });
});
