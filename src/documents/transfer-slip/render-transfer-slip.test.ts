import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dejaVuSans, pdfText, requireTools } from '../antrag/pdf-tools.test-support';
import { renderTransferSlip } from './render-transfer-slip';
import { transferPayload, type TransferData } from './transfer-data';
import { decodeQrCodes, structuredTransfer, textTransfer } from './transfer-data.test-support';

requireTools('pdftoppm', 'pdftotext', 'pdfinfo');

const renderToFile = async (data: TransferData, language: 'de' | 'en') => {
  const bytes = await renderTransferSlip({ data, language, fontBytes: dejaVuSans });
  const dir = mkdtempSync(join(tmpdir(), 'transfer-slip-'));
  const path = join(dir, 'slip.pdf');
  writeFileSync(path, bytes);
  return { bytes, dir, path };
};

const payloadOf = (data: TransferData): string => {
  const payload = transferPayload(data);
  if (!payload.ok) throw new Error(payload.problem.code);
  return payload.value;
};

describe('the transfer slip PDF', () => {
  it.each([
    ['an RF reference', structuredTransfer, 'de'],
    ['a remittance text', textTransfer, 'en'],
  ] as const)(
    'with %s: pdftoppm -r 200 draws a GiroCode that zbar decodes to the payload, field by field',
    async (_, data, language) => {
      const { dir, path } = await renderToFile(data, language);
      execFileSync('pdftoppm', ['-r', '200', '-png', '-singlefile', path, join(dir, 'page')]);
      const decoded = decodeQrCodes(join(dir, 'page.png'));
      expect(decoded).toHaveLength(1);
      const expected = payloadOf(data);
      expect(decoded[0]!.split('\n')).toEqual(expected.split('\n'));
      expect(decoded[0]).toBe(expected);
    },
  );

  it('is one A4 page with the details as text', async () => {
    const { path } = await renderToFile(structuredTransfer, 'de');
    const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
    expect(info).toMatch(/Pages:\s+1\n/);
    expect(info).toMatch(/Page size:\s+595\.28 x 841\.89 pts \(A4\)/);
    expect(info).toMatch(/Tagged:\s+yes/);
    const text = pdfText(path);
    for (const expected of [
      'Überweisung: Vorauszahlung der Zuzahlungen für 2027',
      'Vorgangsnummer ZB-2027-000123',
      'AOK PLUS (Demo)',
      'DE89 3704 0044 0532 0130 00',
      'COBADEFFXXX',
      '141,69 €',
      'RF51 ZB20 2700 0123 Y202 7',
      'frühestens am 1. Januar 2027',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('gives the same bytes for the same data (no clock)', async () => {
    const first = await renderToFile(textTransfer, 'de');
    const second = await renderToFile(textTransfer, 'de');
    expect(Buffer.from(first.bytes).equals(readFileSync(second.path))).toBe(true);
  });

  it('refuses bank data that cannot make a GiroCode', async () => {
    await expect(
      renderTransferSlip({
        data: { ...structuredTransfer, iban: 'DE00370400440532013000' },
        language: 'de',
        fontBytes: dejaVuSans,
      }),
    ).rejects.toThrow(/epc\.iban/);
  });
});
