import { describe, expect, it } from 'vitest';
import { jpeg, pdf, png } from '../../../documents/bundle/bundle-fixtures.test-support';
import { readUpload } from './read-upload';

// The applicant learns at once: a file the caseworker's reader would refuse is refused when it is attached,
// with the file's name and the reason in plain words, in German and English.

const file = (bytes: Uint8Array | string, name: string) =>
  new File([typeof bytes === 'string' ? bytes : Uint8Array.from(bytes)], name);

describe('readUpload', () => {
  it('accepts a real photo, PNG and PDF, and a PDF with a link (a flag, not a refusal)', async () => {
    for (const [bytes, name, type] of [
      [jpeg(1200, 1600), 'beleg.jpg', 'image/jpeg'],
      [png(800, 600), 'rente.png', 'image/png'],
      [pdf('/URI << /Base (https://example.org) >> '), 'bescheid.pdf', 'application/pdf'],
    ] as const) {
      expect(await readUpload(file(bytes, name))).toEqual(expect.objectContaining({ ok: true, name, type }));
    }
  });

  it('refuses a PDF with JavaScript, naming the file and the reason', async () => {
    const bytes = pdf('/OpenAction 3 0 R ', '3 0 obj\n<< /S /JavaScript /JS (app.alert(1)) >>\nendobj\n');
    const read = await readUpload(file(bytes, 'kontoauszug.pdf'));
    expect(read).toEqual({
      ok: false,
      name: 'kontoauszug.pdf',
      reason: {
        de: '„kontoauszug.pdf“ kann nicht angenommen werden: Die PDF-Datei enthält JavaScript. Bitte laden Sie das Dokument als Foto oder Scan hoch.',
        en: '“kontoauszug.pdf” cannot be accepted: the PDF contains JavaScript. Please upload the document as a photo or a scan.',
      },
    });
  });

  it('refuses an HTML page named .jpg', async () => {
    const read = await readUpload(file('<html><script>alert(1)</script></html>', 'foto.jpg'));
    expect(read.ok).toBe(false);
    expect(!read.ok && read.reason.de).toBe(
      '„foto.jpg“ ist kein Foto (JPEG, PNG) und kein PDF. Bitte wählen Sie eine solche Datei.',
    );
  });

  it('refuses a truncated PNG, a JPEG without its end, and a PDF that only starts like one', async () => {
    const cases = [
      [png(800, 600).subarray(0, 40), 'rente.png'],
      [jpeg(10, 10).subarray(0, -2), 'beleg.jpg'],
    ] as const;
    for (const [bytes, name] of cases) {
      const read = await readUpload(file(bytes, name));
      expect(read).toEqual({
        ok: false,
        name,
        reason: {
          de: `„${name}“ ist beschädigt oder unvollständig. Bitte fotografieren Sie das Dokument neu oder wählen Sie die Datei noch einmal.`,
          en: `“${name}” is damaged or incomplete. Please take the photo again or choose the file again.`,
        },
      });
    }
    const fake = await readUpload(file('%PDF-1.7\nVollmacht', 'vollmacht.pdf'));
    expect(!fake.ok && fake.reason.en).toBe(
      '“vollmacht.pdf” cannot be accepted: the PDF cannot be read as a PDF. Please upload the document as a photo or a scan.',
    );
  });
});
