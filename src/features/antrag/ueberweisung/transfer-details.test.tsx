import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderUi } from '../../../ui/test-providers';
import { TransferDetails } from './transfer-details';
import { demoBank, structuredPayment, textPayment } from './transfer-details.test-support';
import type { AdvancePaymentStatus } from '../../../api/contracts/advance-payment';

// The font comes from the app's origin in the browser; here from the package, as the PDF tests read it.
vi.mock('../absenden/load-font', () => ({
  loadFontBytes: () =>
    Promise.resolve(
      new Uint8Array(readFileSync(join(process.cwd(), 'node_modules/dejavu-fonts-ttf/ttf/DejaVuSans.ttf'))),
    ),
}));

afterEach(() => vi.unstubAllGlobals());

const renderDetails = (payment: AdvancePaymentStatus = structuredPayment, language: 'de' | 'en' = 'de') =>
  renderUi(
    <TransferDetails
      payment={payment}
      reference="ZB-2027-000123"
      bank={demoBank}
      insurerName="AOK PLUS (Demo)"
    />,
    { language },
  );

const valueOf = (term: string) => {
  const dt = screen.getByText(term, { selector: 'dt' });
  return dt.nextElementSibling?.textContent;
};

describe('TransferDetails', () => {
  it('lists recipient, IBAN in groups of four, BIC, amount and the RF reference', () => {
    renderDetails();
    expect(valueOf('Empfänger')).toBe('AOK PLUS (Demo)');
    expect(valueOf('IBAN')).toBe('DE89 3704 0044 0532 0130 00');
    expect(valueOf('BIC')).toBe('COBADEFFXXX');
    expect(valueOf('Betrag')).toBe('141,69\u00a0€');
    expect(valueOf('Zahlungsreferenz')).toBe('RF51 ZB20 2700 0123 Y202 7');
    expect(screen.queryByText('Verwendungszweck')).not.toBeInTheDocument();
  });

  it('copies the IBAN without spaces and says so in a polite live region', async () => {
    const user = userEvent.setup();
    renderDetails();
    const status = screen.getByText('', { selector: '[role="status"][aria-live="polite"]' });
    await user.click(screen.getByRole('button', { name: 'IBAN kopieren' }));
    expect(await navigator.clipboard.readText()).toBe('DE89370400440532013000');
    await within(status.parentElement!).findByText('IBAN kopiert', { selector: '[aria-live="polite"]' });
  });

  it('works by keyboard, and announces a second copy of the same value again', async () => {
    const user = userEvent.setup();
    renderDetails();
    const button = screen.getByRole('button', { name: 'Zahlungsreferenz kopieren' });
    button.focus();
    await user.keyboard('{Enter}');
    expect(await navigator.clipboard.readText()).toBe('RF51ZB2027000123Y2027');
    const status = await screen.findByText('Zahlungsreferenz kopiert');
    await user.keyboard(' ');
    // Cleared first, then said again: a screen reader hears the second copy too.
    expect(status).toHaveTextContent('');
    expect(await screen.findByText('Zahlungsreferenz kopiert')).toBe(status);
  });

  it('copies the amount as a banking app takes it, and each other value', async () => {
    const user = userEvent.setup();
    renderDetails(textPayment);
    const copies: [string, string, string][] = [
      ['Betrag kopieren', '1234,56', 'Betrag kopiert'],
      ['Empfänger kopieren', 'AOK PLUS (Demo)', 'Empfänger kopiert'],
      ['BIC kopieren', 'COBADEFFXXX', 'BIC kopiert'],
      [
        'Verwendungszweck kopieren',
        'Vorauszahlung Zuzahlungen 2027 ZB-2027-000123',
        'Verwendungszweck kopiert',
      ],
    ];
    for (const [name, value, said] of copies) {
      await user.click(screen.getByRole('button', { name }));
      expect(await navigator.clipboard.readText()).toBe(value);
      expect(await screen.findByText(said)).toHaveAttribute('aria-live', 'polite');
    }
  });

  it('says what to do where the Clipboard API is missing', async () => {
    const user = userEvent.setup();
    Object.defineProperty(window.navigator, 'clipboard', { value: undefined, configurable: true });
    renderDetails();
    await user.click(screen.getByRole('button', { name: 'IBAN kopieren' }));
    expect(
      await screen.findByText(
        'Kopieren geht in diesem Browser leider nicht. Bitte markieren Sie die Angabe „IBAN“ und kopieren Sie sie selbst.',
      ),
    ).toHaveAttribute('role', 'status');
  });

  it('shows the GiroCode, loaded lazily, with a text alternative that says what it holds', async () => {
    renderDetails();
    const code = await screen.findByRole('img', { name: /^QR-Code für die Überweisung/ });
    expect(code).toHaveAccessibleName(
      'QR-Code für die Überweisung (GiroCode). Er enthält: Empfänger AOK PLUS (Demo), IBAN DE89 3704 0044 0532 0130 00, BIC COBADEFFXXX, Betrag 141,69\u00a0€, Zahlungsreferenz RF51 ZB20 2700 0123 Y202 7.',
    );
    // The quiet zone: four light modules on every side of a 41-module code (version 6).
    expect(code.getAttribute('viewBox')).toBe('0 0 49 49');
    expect(code).toHaveAttribute('data-qr-version', '6');
    expect(code.querySelector('path')?.getAttribute('d')).toMatch(/^M4 4h7v1h-7z/);
  });

  it('speaks English', async () => {
    const user = userEvent.setup();
    renderDetails(structuredPayment, 'en');
    expect(valueOf('Amount')).toBe('€141.69');
    await user.click(screen.getByRole('button', { name: 'Copy IBAN' }));
    expect(await screen.findByText('IBAN copied')).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Download the transfer details as a PDF' }),
    ).toBeInTheDocument();
  });

  it('makes the transfer slip on the device and says which file it saved', async () => {
    const user = userEvent.setup();
    const saved: Blob[] = [];
    // jsdom has no object URLs: a URL class of the test's own takes the Blob.
    vi.stubGlobal(
      'URL',
      class extends URL {
        static override createObjectURL(blob: Blob) {
          saved.push(blob);
          return 'blob:slip';
        }
        static override revokeObjectURL() {}
      },
    );
    const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    renderDetails();
    await user.click(screen.getByRole('button', { name: 'Überweisung als PDF herunterladen' }));
    expect(
      await screen.findByText(
        'Die Datei ueberweisung-ZB-2027-000123.pdf wurde heruntergeladen.',
        {},
        { timeout: 20_000 },
      ),
    ).toHaveAttribute('role', 'status');
    expect(clicked).toHaveBeenCalledOnce();
    expect(saved).toHaveLength(1);
    expect(saved[0]!.type).toBe('application/pdf');
    const head = new TextDecoder().decode(new Uint8Array(await saved[0]!.arrayBuffer()).slice(0, 5));
    expect(head).toBe('%PDF-');
    clicked.mockRestore();
  }, 30_000);

  it.each(['de', 'en'] as const)('has no axe violations with the GiroCode shown (%s)', async (language) => {
    const { container } = renderDetails(textPayment, language);
    await screen.findByRole('img', { name: /GiroCode/ });
    // Colour contrast needs layout and style sheets, which jsdom lacks; the e2e pages check it.
    const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations.map((violation) => violation.id)).toEqual([]);
  });
});
