import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { createElement } from 'react';
import { prerenderToNodeStream } from 'react-dom/static';
import { describe, expect, it } from 'vitest';
import type { AdvancePaymentStatus } from '../../src/api/contracts/advance-payment';
import { transferPayload } from '../../src/documents/transfer-slip/transfer-data';
import { decodeQrCodes } from '../../src/documents/transfer-slip/transfer-data.test-support';
import { TransferDetails } from '../../src/features/antrag/ueberweisung/transfer-details';
import {
  demoBank,
  structuredPayment,
  textPayment,
} from '../../src/features/antrag/ueberweisung/transfer-details.test-support';
import { I18nProvider } from '../../src/i18n/i18n-provider';
import { axeViolations } from './support/axe';
import { sharedBrowser } from './support/shared-browser';

const browser = sharedBrowser();
const reference = 'ZB-2027-000123';

/**
 * TransferDetails as the browser gets it: rendered to static markup by React on the server side of this test
 * (prerender waits for the lazily loaded GiroCode), set as a page's content in Chromium at a phone's width, and
 * photographed. No app route is needed (another page mounts the component); what is proved is that the code a
 * browser draws from the component's SVG is read by a real decoder as exactly the payload.
 */
async function staticMarkup(payment: AdvancePaymentStatus): Promise<string> {
  const { prelude } = await prerenderToNodeStream(
    createElement(
      I18nProvider,
      null,
      createElement(TransferDetails, { payment, reference, bank: demoBank, insurerName: 'AOK PLUS (Demo)' }),
    ),
  );
  let html = '';
  for await (const chunk of prelude as Readable) html += String(chunk);
  return html;
}

const expectedPayload = (payment: AdvancePaymentStatus): string => {
  const payload = transferPayload({
    insurerName: 'AOK PLUS (Demo)',
    accountHolder: demoBank.accountHolder,
    iban: demoBank.iban,
    bic: demoBank.bic,
    amountCents: payment.amountCents,
    year: payment.year,
    applicationReference: reference,
    paymentReference: payment.paymentReference,
  });
  if (!payload.ok) throw new Error(payload.problem.code);
  return payload.value;
};

describe('the GiroCode on the transfer details, photographed in Chromium', () => {
  it.each([
    ['an RF reference', structuredPayment],
    ['a remittance text', textPayment],
  ] as const)('with %s: zbarimg reads every field of the payload', async (_, payment) => {
    const html = await staticMarkup(payment);
    const context = await browser().newContext({ viewport: { width: 390, height: 844 }, locale: 'de-DE' });
    const page = await context.newPage();
    await page.setContent(
      `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Überweisung</title>` +
        `<style>body { font-family: sans-serif; margin: 16px; }</style></head><body><main>${html}</main></body></html>`,
    );
    const code = page.getByRole('img', { name: /^QR-Code für die Überweisung \(GiroCode\)\. Er enthält:/ });
    await expect(code.count()).resolves.toBe(1);
    const path = join(mkdtempSync(join(tmpdir(), 'girocode-')), 'page.png');
    await page.screenshot({ path, fullPage: true });
    // Without the app's style sheet, so contrast here is the browser's default; the markup is what axe checks.
    expect(await axeViolations(page)).toEqual([]);
    await context.close();

    const decoded = decodeQrCodes(path);
    expect(decoded).toHaveLength(1);
    const expected = expectedPayload(payment);
    expect(decoded[0]!.split('\n')).toEqual(expected.split('\n'));
    expect(decoded[0]).toBe(expected);
  });
});
