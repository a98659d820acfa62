import { describe, expect, it } from 'vitest';
import { objectStream, pdf } from './bundle-fixtures.test-support';
import { scanPdf } from './pdf-active-content';

const latin1 = (text: string) => Uint8Array.from(text, (char) => char.charCodeAt(0) & 0xff);
const codes = (bytes: Uint8Array) => {
  const { problems, flags } = scanPdf('data/x.pdf', bytes, 1024 * 1024);
  return { refused: problems.map((p) => p.code), flagged: flags.map((f) => f.code) };
};

describe('scanPdf', () => {
  it('finds names inside an uncompressed object stream and in stream data that looks like objects', () => {
    expect(codes(pdf('', objectStream(4, '3 0 << /S /Launch >>', '')))).toEqual({
      refused: ['pdf.launch'],
      flagged: [],
    });
    const disguised =
      '5 0 obj\n<< /Filter /FlateDecode /Length 0 >>\nstream\n6 0 obj << /S /JavaScript >> endobj\nendstream\nendobj\n';
    expect(codes(pdf('', disguised)).refused).toEqual(['pdf.javascript']);
  });

  it('refuses an object stream with a predictor it does not decode', () => {
    const stream =
      '4 0 obj\n<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /DecodeParms << /Predictor 3 >> >>\nstream\nxx\nendstream\nendobj\n';
    expect(codes(pdf('', stream)).refused).toEqual(['pdf.unscannable']);
  });

  it('only flags an encrypted PDF whose object streams it cannot inflate, and says it stays in the app', () => {
    const encrypted =
      '4 0 obj\n<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode >>\nstream\n\x93\x01\xfe\nendstream\nendobj\ntrailer\n<< /Encrypt 9 0 R >>\n';
    expect(codes(pdf('', encrypted))).toEqual({
      refused: [],
      flagged: ['pdf.encrypted', 'pdf.encrypted-unchecked'],
    });
    const { flags } = scanPdf('data/x.pdf', pdf('', encrypted), 1024 * 1024);
    expect(flags[1]?.message.de).toContain('nur in der App angezeigt');
    expect(flags[1]?.message.en).toContain('only be shown inside the app');
  });

  it('scans a megabyte of digits or of empty streams without backtracking', () => {
    const digits = pdf(
      '',
      `3 0 obj\n<< /Filter /FlateDecode >>\nstream\n${'1'.repeat(1_000_000)}\nendstream\n`,
    );
    expect(codes(digits)).toEqual({ refused: [], flagged: [] });
    const streams = pdf('', latin1('>>stream\nendstream'.repeat(50_000)));
    expect(codes(streams)).toEqual({ refused: [], flagged: [] });
  });
});
