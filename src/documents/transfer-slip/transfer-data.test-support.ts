import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { TransferData } from './transfer-data';

/** The demo insurer's bank data (src/server/config/server-config.ts: the standard's example IBAN, nobody's). */
export const demoBank = {
  accountHolder: 'AOK PLUS (Demo)',
  iban: 'DE89370400440532013000',
  bic: 'COBADEFFXXX',
  creditorId: 'DE98ZZZ09999999999',
} as const;

export const structuredTransfer: TransferData = {
  insurerName: 'AOK PLUS (Demo)',
  ...demoBank,
  amountCents: 14169,
  year: 2027,
  applicationReference: 'ZB-2027-000123',
  paymentReference: { style: 'structured', reference: 'RF51ZB2027000123Y2027' },
};

export const textTransfer: TransferData = {
  ...structuredTransfer,
  amountCents: 123456,
  paymentReference: { style: 'text', remittance: 'Vorauszahlung Zuzahlungen 2027 ZB-2027-000123' },
};

/**
 * Every QR code zbar finds in an image, as raw bytes read as UTF-8 (`zbarimg --raw -Sbinary`: no charset
 * guessing, no symbology prefix). Debian's zbar-tools; CI installs it, a missing tool fails loudly.
 */
export const decodeQrCodes = (imagePath: string): string[] => {
  if (!existsSync('/usr/bin/zbarimg')) {
    throw new Error('/usr/bin/zbarimg is missing: apt-get install zbar-tools (CI installs it)');
  }
  const out = execFileSync('zbarimg', [
    '--quiet',
    '--raw',
    '-Sdisable',
    '-Sqrcode.enable',
    '-Sbinary',
    imagePath,
  ]);
  // With -Sbinary zbar writes each symbol's bytes as they are, followed by a line feed.
  const text = new TextDecoder('utf-8', { fatal: true }).decode(out);
  return text === '' ? [] : [text.replace(/\n$/, '')];
};
