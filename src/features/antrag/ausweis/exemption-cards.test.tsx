import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { PDFDocument } from 'pdf-lib';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ExemptionCard } from '../../../api/contracts/advance-payment';
import { renderUi } from '../../../ui/test-providers';
import { downloadBytes } from '../entwuerfe/download-bytes';
import { ExemptionCards } from './exemption-cards';

// The font comes from the file, as the browser would fetch it; the download is watched instead of a real save.
vi.mock('../absenden/load-font', () => ({
  loadFontBytes: async () =>
    Uint8Array.from(readFileSync(join(process.cwd(), 'node_modules/dejavu-fonts-ttf/ttf/DejaVuSans.ttf'))),
}));
vi.mock('../entwuerfe/download-bytes', () => ({ downloadBytes: vi.fn() }));

const erika: ExemptionCard = {
  memberId: 'm1',
  givenName: 'Erika',
  familyName: 'Müller',
  kvnr: 'A123456780',
  birthDate: '1954-03-07',
  cardNumber: 'ZB-2026-000123',
  insurerName: 'AOK PLUS',
  status: true,
  gueltigAb: '2026-01-01',
  gueltigBis: '2026-12-31',
};
const hans: ExemptionCard = {
  ...erika,
  memberId: 'm2',
  givenName: 'Hans',
  kvnr: 'B987654321',
  birthDate: '1951-11-23',
};
const endedHans: ExemptionCard = { ...hans, status: false, endedOn: '2026-04-15' };

// As the primitives' axe test (src/ui/accessibility.test.tsx): jsdom has no layout, contrast is checked in Chromium.
async function violations(container: HTMLElement) {
  const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  return results.violations.map((violation) => ({
    id: violation.id,
    nodes: violation.nodes.map((node) => node.html),
  }));
}

const factsOf = (article: HTMLElement) =>
  Object.fromEntries(
    within(article)
      .getAllByRole('term')
      .map((term) => [term.textContent, term.nextElementSibling?.textContent]),
  );

describe('ExemptionCards', () => {
  beforeEach(() => vi.mocked(downloadBytes).mockClear());

  it('shows one card per person as a named region with name, grouped KVNR, German dates, insurer and number', async () => {
    const { container } = renderUi(<ExemptionCards cards={[erika, hans]} />);
    expect(screen.getByRole('heading', { level: 2, name: 'Ihre Befreiungsausweise' })).toBeInTheDocument();
    const card = screen.getByRole('article', { name: 'Befreiungsausweis von Erika Müller' });
    expect(screen.getByRole('article', { name: 'Befreiungsausweis von Hans Müller' })).toBeInTheDocument();
    expect(
      within(card).getByRole('heading', { level: 3, name: 'Befreiungsausweis – Befreit von Zuzahlungen' }),
    ).toBeInTheDocument();
    expect(within(card).getByText('Erika Müller')).toBeInTheDocument();
    expect(factsOf(card)).toEqual({
      'Versichertennummer (KVNR)': 'A 123 456 780',
      'Geboren am': '07.03.1954',
      Gültig: 'vom 01.01.2026 bis 31.12.2026',
      Krankenkasse: 'AOK PLUS',
      'Ausweis-Nummer': 'ZB-2026-000123',
    });
    expect(card).toHaveTextContent('Die Befreiung endet am 31.12.2026, am Ende des Kalenderjahres.');
    expect(card).toHaveTextContent('Der Ausweis gilt nur für gesetzliche Zuzahlungen.');
    expect(within(card).getByText('Ihren Eigenanteil beim Zahnersatz')).toBeInTheDocument();
    expect(within(card).getByText('Leistungen, die Sie selbst bezahlen (IGeL)')).toBeInTheDocument();
    expect(await violations(container)).toEqual([]);
  });

  it('says plainly that an ended card is no longer valid, styles it apart and offers no download for it', async () => {
    const { container } = renderUi(<ExemptionCards cards={[erika, endedHans]} />);
    const ended = screen.getByRole('article', {
      name: 'Befreiungsausweis von Hans Müller, nicht mehr gültig',
    });
    expect(
      within(ended).getByRole('heading', { level: 3, name: 'Befreiungsausweis – Nicht mehr gültig' }),
    ).toBeInTheDocument();
    expect(ended).toHaveTextContent(
      'Die Befreiung endete am 15.04.2026. Zeigen Sie diesen Ausweis nicht mehr vor.',
    );
    expect(ended).not.toHaveTextContent('Befreit von Zuzahlungen');
    expect(ended).toHaveClass('exemption-card--invalid');
    expect(screen.getByRole('article', { name: 'Befreiungsausweis von Erika Müller' })).not.toHaveClass(
      'exemption-card--invalid',
    );
    expect(within(ended).queryByRole('button')).not.toBeInTheDocument();
    // One valid card: its own download and the A4 sheet, no "all cards" in card size.
    expect(screen.getAllByRole('button').map((button) => button.textContent)).toEqual([
      'Ausweis als PDF (Kartenformat) für Erika Müller',
      'Alle Ausweise auf A4 zum Ausschneiden',
    ]);
    expect(await violations(container)).toEqual([]);
  });

  it('a card whose status is false without an end date is not valid either', () => {
    renderUi(<ExemptionCards cards={[{ ...erika, status: false }]} />);
    const card = screen.getByRole('article', {
      name: 'Befreiungsausweis von Erika Müller, nicht mehr gültig',
    });
    expect(card).toHaveTextContent('Dieser Ausweis gilt nicht.');
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    expect(screen.getByText('Es gibt keinen gültigen Ausweis zum Speichern.')).toBeInTheDocument();
  });

  it('shows the cards in English with English dates', async () => {
    const { container } = renderUi(<ExemptionCards cards={[erika, endedHans]} />, { language: 'en' });
    expect(screen.getByRole('heading', { level: 2, name: 'Your exemption cards' })).toBeInTheDocument();
    const card = screen.getByRole('article', { name: 'Exemption card of Erika Müller' });
    expect(factsOf(card)).toEqual({
      'Health insurance number (KVNR)': 'A 123 456 780',
      'Date of birth': '7 March 1954',
      Valid: 'from 1 January 2026 to 31 December 2026',
      'Health insurer': 'AOK PLUS',
      'Card number': 'ZB-2026-000123',
    });
    expect(card).toHaveTextContent('The exemption ends on 31 December 2026');
    expect(card).toHaveTextContent('The card covers statutory co-payments only.');
    const ended = screen.getByRole('article', { name: 'Exemption card of Hans Müller, no longer valid' });
    expect(ended).toHaveTextContent('The exemption ended on 15 April 2026.');
    expect(await violations(container)).toEqual([]);
  });

  it(
    'downloads one card as a card-sized PDF, made on the device, and says what it saved',
    { timeout: 30_000 },
    async () => {
      const user = userEvent.setup();
      renderUi(<ExemptionCards cards={[erika, hans]} />);
      await user.click(
        screen.getByRole('button', { name: 'Ausweis als PDF (Kartenformat) für Erika Müller' }),
      );
      await waitFor(() => expect(downloadBytes).toHaveBeenCalledTimes(1));
      const [bytes, name, type] = vi.mocked(downloadBytes).mock.calls[0]!;
      expect(name).toBe('befreiungsausweis-2026-erika-mueller.pdf');
      expect(type).toBe('application/pdf');
      const doc = await PDFDocument.load(bytes);
      expect(doc.getPageCount()).toBe(1);
      const { width, height } = doc.getPage(0).getSize();
      expect(width).toBeCloseTo(242.65, 1);
      expect(height).toBeCloseTo(153.07, 1);
      expect(doc.getTitle()).toBe('Befreiungsausweis 2026 – Erika Müller');
      expect(await screen.findByRole('status')).toHaveTextContent(
        'Gespeichert: befreiungsausweis-2026-erika-mueller.pdf',
      );
      // The offline copy is the file: nothing is kept in the browser's storage.
      expect(window.localStorage.length).toBe(0);
      expect(window.sessionStorage.length).toBe(0);
    },
  );

  it('downloads all cards in card size and on an A4 sheet, in English', { timeout: 30_000 }, async () => {
    const user = userEvent.setup();
    renderUi(<ExemptionCards cards={[erika, hans]} />, { language: 'en' });
    await user.click(screen.getByRole('button', { name: 'All cards as PDF (card size)' }));
    await waitFor(() => expect(downloadBytes).toHaveBeenCalledTimes(1));
    await user.click(await screen.findByRole('button', { name: 'All cards on A4 to cut out' }));
    await waitFor(() => expect(downloadBytes).toHaveBeenCalledTimes(2));
    const [[cardBytes, cardName], [sheetBytes, sheetName]] = vi.mocked(downloadBytes).mock.calls as [
      [Uint8Array, string, string],
      [Uint8Array, string, string],
    ];
    expect(cardName).toBe('befreiungsausweise-2026-zb-2026-000123.pdf');
    expect(sheetName).toBe('befreiungsausweise-2026-zb-2026-000123-a4.pdf');
    const cardsPdf = await PDFDocument.load(cardBytes);
    expect(cardsPdf.getPageCount()).toBe(2);
    expect(cardsPdf.getTitle()).toBe('Befreiungsausweise (exemption cards) 2026 – Erika Müller, Hans Müller');
    const sheet = await PDFDocument.load(sheetBytes);
    expect(sheet.getPageCount()).toBe(1);
    const { width, height } = sheet.getPage(0).getSize();
    expect(width).toBeCloseTo(595.28, 1);
    expect(height).toBeCloseTo(841.89, 1);
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Saved: befreiungsausweise-2026-zb-2026-000123-a4.pdf',
    );
  });

  it('shows nothing without cards', () => {
    const { container } = renderUi(<ExemptionCards cards={[]} />);
    expect(container.querySelector('.exemption-cards')).toBeNull();
  });
});
