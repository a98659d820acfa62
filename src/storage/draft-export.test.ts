import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { draftExportExtension, draftExportMimeType, exportDraft, importDraft } from './draft-export';
import { exportMagic, parseExport } from './export-format';
import type { ExportableDraft } from './export-payload';
import { flipBit } from './stored-records.test-support';

const fast = { testOnlyIterations: 1000 };
const passphrase = 'Sommer am Elbufer';

function photoBytes(length: number, seed: number): Uint8Array {
  return Uint8Array.from({ length }, (_, index) => (index * 31 + seed) % 256);
}

const draft: ExportableDraft = {
  year: 2026,
  schemaVersion: 4,
  content: { diagnose: 'CANARY-DIAG-7f3a', beträge: [1250, 499], leer: null },
  files: [
    {
      id: 'f1',
      name: 'Quittung März.jpg',
      type: 'image/jpeg',
      size: 70_000,
      addedAt: '2026-03-01',
      bytes: photoBytes(70_000, 1),
    },
    {
      id: 'f2',
      name: 'leer.pdf',
      type: 'application/pdf',
      size: 0,
      addedAt: '2026-03-02',
      bytes: new Uint8Array(),
    },
    {
      id: 'f3',
      name: 'CANARY-NAME-91c2.png',
      type: 'image/png',
      size: 5,
      addedAt: '2026-03-03',
      bytes: photoBytes(5, 9),
    },
  ],
};

const validExport = exportDraft(draft, passphrase, fast);

afterEach(() => {
  vi.restoreAllMocks();
});

describe('exportDraft / importDraft', () => {
  it('names its file type', () => {
    expect(draftExportExtension).toBe('.zbentwurf');
    expect(draftExportMimeType).toBe('application/octet-stream');
  });

  it('round-trips the draft and its files byte for byte', async () => {
    const imported = await importDraft(await validExport, passphrase);
    if (!imported.ok) throw new Error(`import failed: ${imported.reason}`);
    const withoutBytes = ({ files, ...rest }: ExportableDraft) => ({
      ...rest,
      files: files.map(({ bytes, ...meta }) => ({ ...meta, hex: Buffer.from(bytes).toString('hex') })),
    });
    const { ok: _ok, ...rest } = imported;
    expect(withoutBytes(rest)).toEqual(withoutBytes(draft));
    expect(imported.files[0]!.bytes).toBeInstanceOf(Uint8Array);
  });

  it('starts with the magic and a plaintext header holding nothing personal, and does not base64 the photos', async () => {
    const bytes = await validExport;
    expect(new TextDecoder().decode(bytes.subarray(0, 9))).toBe(exportMagic);
    const parsed = parseExport(bytes);
    expect(parsed.ok && parsed.header).toMatchObject({
      cipher: 'AES-GCM-256',
      kdf: 'PBKDF2',
      hash: 'SHA-256',
    });
    const text = new TextDecoder('latin1').decode(bytes);
    for (const canary of ['CANARY-DIAG-7f3a', 'CANARY-NAME-91c2', 'Quittung'])
      expect(text).not.toContain(canary);
    // 70 kB of photo would be ~93 kB in base64.
    expect(bytes.byteLength).toBeLessThan(72_000);
  });

  it('uses PBKDF2 with 600,000 iterations by default', async () => {
    const bytes = await exportDraft({ year: 2026, schemaVersion: 1, content: {}, files: [] }, passphrase);
    const parsed = parseExport(bytes);
    expect(parsed.ok && parsed.header.iterations).toBe(600_000);
    expect(parsed.ok && parsed.header.salt.byteLength).toBe(16);
  });

  it('tells a wrong passphrase from a damaged file', async () => {
    const bytes = await validExport;
    expect(await importDraft(bytes, 'Winter am Elbufer')).toEqual({ ok: false, reason: 'wrongPassphrase' });
    expect(await importDraft(bytes, '')).toEqual({ ok: false, reason: 'wrongPassphrase' });
    const damaged = flipBit(bytes, bytes.byteLength - 100);
    expect(await importDraft(damaged, passphrase)).toEqual({ ok: false, reason: 'damaged' });
  });

  it('names files that are not exports, and exports of a later format', async () => {
    const bytes = await validExport;
    expect(await importDraft(new TextEncoder().encode('%PDF-1.7'), passphrase)).toEqual({
      ok: false,
      reason: 'notAnExport',
    });
    const later = bytes.slice();
    later[9] = 2;
    expect(await importDraft(later, passphrase)).toEqual({ ok: false, reason: 'unsupportedVersion' });
  });

  it('authenticates the header: a changed iteration count or salt does not pass', async () => {
    const bytes = await validExport;
    const text = new TextDecoder('latin1').decode(bytes);
    const at = text.indexOf('"iterations":1000') + '"iterations":'.length;
    const changed = bytes.slice();
    changed[at] = '2'.charCodeAt(0);
    expect((await importDraft(changed, passphrase)).ok).toBe(false);
  });

  it('zeroes the plaintext payload after encrypting it', async () => {
    const encrypt = vi.spyOn(crypto.subtle, 'encrypt');
    await exportDraft(draft, passphrase, fast);
    const payload = encrypt.mock.calls.at(-1)![2] as Uint8Array;
    expect(payload.byteLength).toBeGreaterThan(70_000);
    expect(payload.every((byte) => byte === 0)).toBe(true);
  });

  it('never throws on random bytes, with or without the magic', async () => {
    const magic = new TextEncoder().encode(exportMagic);
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), fc.boolean(), async (random, withMagic) => {
        const bytes = withMagic ? Uint8Array.from([...magic, 1, ...random]) : random;
        const result = await importDraft(bytes, passphrase);
        expect(result.ok).toBe(false);
      }),
      { numRuns: 200 },
    );
  });

  it('never throws on truncations or bit flips of a valid export', async () => {
    const bytes = await validExport;
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: bytes.byteLength - 1 }), fc.nat(), async (length, flipAt) => {
        expect((await importDraft(bytes.subarray(0, length), passphrase)).ok).toBe(false);
        expect((await importDraft(flipBit(bytes, flipAt), passphrase)).ok).toBe(false);
      }),
      { numRuns: 60 },
    );
  });
});
