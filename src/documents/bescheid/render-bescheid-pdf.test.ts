import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { formatCents, formatDate } from '../antrag/antrag-format';
import { pdfFonts, pdfInfo, pdfText, pdfWords, requireTools } from '../antrag/pdf-tools.test-support';
import type { BescheidLetter } from './bescheid-letter';
import {
  advanceLetter,
  exemptLetter,
  familyCase,
  insurer,
  letterText,
  pensionerCase,
  rejectedLetter,
  renderLetter,
  requestLetter,
} from './bescheid-letter.test-support';

const money = (cents: number) => formatCents(cents, 'de').replace(/\u00a0/g, ' ');
const textOf = async (letter: BescheidLetter) => letterText((await renderLetter(letter)).path);

const decisions = [
  ['befreit', exemptLetter()],
  ['vorauszahlung-bestaetigt', advanceLetter()],
  ['abgelehnt', rejectedLetter()],
] as const;

// Rendering plus external tools take seconds on two shared cores: a generous limit, never a time assertion.
describe('renderBescheidPdf', { timeout: 30_000 }, () => {
  requireTools('pdfinfo', 'pdftotext', 'pdffonts');

  it.each([
    [exemptLetter(), 'Bescheid über die Befreiung von Zuzahlungen für 2026'],
    [advanceLetter(), 'Bescheid über die Befreiung von Zuzahlungen für 2026 nach Ihrer Vorauszahlung'],
    [rejectedLetter(), 'Bescheid über die Ablehnung der Befreiung von Zuzahlungen für 2026'],
    [requestLetter(), 'Ihr Antrag auf Befreiung von Zuzahlungen für 2026: Bitte reichen Sie Unterlagen nach'],
  ])('names its kind in the subject and the document title: %#', async (letter, subject) => {
    const { bytes, path } = await renderLetter(letter);
    expect(letterText(path)).toContain(subject);
    const doc = await PDFDocument.load(bytes, { updateMetadata: false });
    expect(doc.getTitle()).toBe(`${subject} – ZB-2026-000123`);
  });

  it('prints the letterhead: insurer, recipient, date, reference, grouped KVNR and caseworker', async () => {
    const text = await textOf(exemptLetter());
    expect(text).toContain('AOK PLUS');
    expect(text).toContain('Sternplatz 7 · 01067 Dresden');
    expect(text).toContain('service@plus.aok.de');
    expect(text).toContain('Gertrud Schönfeld Am Elbufer 3 01069 Dresden');
    expect(text).toMatch(/Datum 20\.11\.2026/);
    expect(text).toMatch(/Aktenzeichen ZB-2026-000123/);
    expect(text).toMatch(/Versichertennummer X 110 411 675/);
    expect(text).toMatch(/Bearbeitet von Jana Brückner/);
    expect(text).toContain('Guten Tag Gertrud Schönfeld,');
  });

  it.each(decisions)(
    'gives a complete Rechtsbehelfsbelehrung in a decision (%s): deadline, forms, insurer and address',
    async (_kind, letter) => {
      const text = await textOf(letter);
      expect(text).toContain('Rechtsbehelfsbelehrung');
      expect(text).toContain(
        'Gegen diesen Bescheid können Sie innerhalb eines Monats nach Bekanntgabe Widerspruch erheben.',
      );
      expect(text).toContain(
        'Der Widerspruch ist schriftlich, in elektronischer Form (§ 36a Abs. 2 SGB I) oder zur Niederschrift bei AOK PLUS, Sternplatz 7, 01067 Dresden einzulegen.',
      );
      expect(text).toContain('qualifizierten elektronischen Signatur');
      expect(text).toContain('Eine einfache E-Mail ohne qualifizierte elektronische Signatur genügt nicht.');
      expect(text).toContain('Rechtsgrundlage: § 61 und § 62 SGB V.');
    },
  );

  it('names the online form and De-Mail only when the insurer has them', async () => {
    const without = await textOf(exemptLetter());
    expect(without).not.toContain('Online-Formular');
    expect(without).not.toContain('De-Mail');
    const withBoth = await textOf(
      exemptLetter({
        insurer: {
          ...insurer,
          objectionFormUrl: 'https://www.aok.de/widerspruch',
          deMail: 'widerspruch@aok.de-mail.de',
        },
      }),
    );
    for (const part of [
      'Online-Formular ein: https://www.aok.de/widerspruch',
      'Online-Ausweisfunktion Ihres Personalausweises',
      'elektronischen Gesundheitskarte',
      '(§ 36a Abs. 2a Nr. 1 SGB I)',
      'De-Mail an widerspruch@aok.de-mail.de mit der Versandart „absenderbestätigt“',
      '(§ 36a Abs. 2a Nr. 2 SGB I)',
    ]) {
      expect(withBoth).toContain(part);
    }
  });

  it('asks for documents without deciding: every document, the deadline, the § 66 Abs. 3 SGB I notice, no remedy', async () => {
    const letter = requestLetter();
    const text = await textOf(letter);
    if (letter.decision.kind !== 'unterlagen-angefordert') throw new Error('fixture');
    for (const document of letter.decision.documents) expect(text).toContain(`• ${document}`);
    for (const part of [
      'Bitte schicken Sie uns die Unterlagen bis zum 18.12.2026.',
      'Schreiben Sie das Aktenzeichen ZB-2026-000123 dazu.',
      'Dieses Schreiben ist noch keine Entscheidung über den Antrag.',
      'Fehlen die Unterlagen am 18.12.2026 noch, können wir die Befreiung ganz oder teilweise ablehnen. Das gilt, bis Sie die Unterlagen nachreichen.',
      'Auf diese Folgen weisen wir Sie hiermit nach § 66 Abs. 3 SGB I hin.',
    ]) {
      expect(text).toContain(part);
    }
    expect(text).not.toContain('Rechtsbehelfsbelehrung');
    expect(text).not.toContain('Widerspruch');
    expect(text).not.toContain('Bescheid');
  });

  it('is addressed to the representative and says whom it is about', async () => {
    const letter = exemptLetter({
      recipient: { name: 'Sabine Vogt', addressLines: ['Prager Straße 2', '01069 Dresden'] },
      onBehalfOf: { name: 'Gertrud Schönfeld', birthDate: '1951-02-14' },
    });
    const text = await textOf(letter);
    expect(text).toContain('Sabine Vogt Prager Straße 2 01069 Dresden');
    expect(text).toContain('Guten Tag Sabine Vogt,');
    expect(text).toContain('für Gertrud Schönfeld, geboren am 14.02.1951');
    expect(await textOf(exemptLetter())).not.toContain('geboren am');
  });

  it('states the exemption, who it covers, the refund and the receipts not counted with their reasons', async () => {
    const letter = exemptLetter();
    const { output } = pensionerCase();
    expect(output.refundCents).toBeGreaterThan(0);
    const text = await textOf(letter);
    expect(text).toContain(
      `Die Befreiung von Zuzahlungen gilt vom ${germanDate(output.limitReachedOn)} bis zum 31.12.2026.`,
    );
    expect(text).toContain('Sie gilt für: • Gertrud Schönfeld');
    expect(text).toContain(`Wir erstatten ${money(output.refundCents)}.`);
    expect(text).toContain('Belege, die wir nicht angerechnet haben');
    // Row by row: each receipt, then its amount, then its reason (a long description wraps below).
    expect(text).toMatch(
      /Zahnersatz, Praxis Dr\. Weiß,.{0,12}480,00 € Der Eigenanteil beim Zahnersatz ist keine Zuzahlung\./,
    );
    expect(text).toMatch(/Nasenspray ohne Rezept,.{0,12}6,99 € Ohne Verordnung gekauft\./);
    expect(text).not.toContain('Es gibt keine Erstattung');
  });

  it('shows the calculation as the rule engine returned it', async () => {
    const { output } = pensionerCase();
    const text = await textOf(exemptLetter());
    expect(text).toContain('So haben wir gerechnet');
    expect(text).toContain(`Bruttoeinnahmen des Haushalts ${money(output.grossIncomeCents)}`);
    expect(text).toContain(`Zu berücksichtigende Einnahmen ${money(output.assessableIncomeCents)}`);
    expect(text).toContain(`Satz ${output.ratePercent} %`);
    expect(text).toContain(`Belastungsgrenze ${money(output.limitCents)}`);
    expect(text).toContain(`Angerechnete Zuzahlungen ${money(output.paidCents)}`);
    expect(text).toContain(`Belastungsgrenze erreicht am ${germanDate(output.limitReachedOn)}`);
  });

  it('lists each deduction with its person, and never prints a member id', async () => {
    const { output, names } = familyCase();
    expect(output.deductions.length).toBeGreaterThan(1);
    const text = await textOf(advanceLetter());
    for (const deduction of output.deductions) {
      expect(text).toContain(`${names[deduction.memberId]} ${money(-deduction.amountCents)}`);
    }
    const withoutNames = await textOf({ ...advanceLetter(), memberNames: undefined });
    expect(withoutNames).toContain('Kinderfreibetrag');
    for (const id of Object.keys(names))
      expect(withoutNames).not.toMatch(new RegExp(`Kinderfreibetrag ${id}\\b`));
  });

  it('says when nothing is refunded', async () => {
    const letter = exemptLetter();
    if (letter.decision.kind !== 'befreit') throw new Error('fixture');
    const text = await textOf({ ...letter, decision: { ...letter.decision, refundCents: 0 } });
    expect(text).toContain('Es gibt keine Erstattung.');
    expect(text).not.toContain('Wir erstatten');
  });

  it('confirms an advance payment with its amount, and the rest when co-payments were counted before', async () => {
    const { output } = familyCase();
    const whole = await textOf(advanceLetter());
    expect(whole).toContain(`wir haben die Vorauszahlung von ${money(output.limitCents)} erhalten.`);
    expect(whole).toContain('Die Befreiung von Zuzahlungen gilt vom 03.02.2026 bis zum 31.12.2026.');
    expect(whole).toContain('Sie gilt für: • Łukasz Ğüneş Ørsted-Nguyễn • Jonas Ørsted-Nguyễn');
    expect(whole).toContain('erstatten wir den Unterschied nicht');
    expect(whole).not.toContain('nur der Rest');
    const rest = await textOf(advanceLetter(output.limitCents - 5_000));
    expect(rest).toContain(`Zuzahlungen von ${money(5_000)} aus diesem Jahr haben wir schon angerechnet.`);
  });

  it('gives the reason of a rejection, with the calculation only when there is one', async () => {
    const letter = rejectedLetter();
    const text = await textOf(letter);
    expect(text).toContain('Wir lehnen den Antrag auf Befreiung von Zuzahlungen für 2026 ab.');
    expect(text).toContain(
      'Begründung Die angerechneten Zuzahlungen haben die Belastungsgrenze noch nicht erreicht.',
    );
    expect(text).toContain('So haben wir gerechnet');
    const bare = await textOf(rejectedLetter(false));
    expect(bare).toContain('Die angerechneten Zuzahlungen haben die Belastungsgrenze noch nicht erreicht.');
    expect(bare).not.toContain('So haben wir gerechnet');
  });

  it('cites no case law and no internal file in any kind', async () => {
    for (const letter of [exemptLetter(), advanceLetter(), rejectedLetter(), requestLetter()]) {
      const text = await textOf(letter);
      expect(text).not.toMatch(/\bBSG\b|Urteil|\.md\b|\bAz\./);
    }
  });

  it('is tagged, German, with its title and the letter date as its date, in embedded font subsets', async () => {
    const { bytes, path } = await renderLetter(exemptLetter());
    expect(pdfInfo(path)).toMatch(/Tagged:\s+yes/);
    const doc = await PDFDocument.load(bytes, { updateMetadata: false });
    expect(doc.catalog.lookup(PDFName.of('Lang'), PDFString).decodeText()).toBe('de-DE');
    expect(doc.getTitle()).toBe('Bescheid über die Befreiung von Zuzahlungen für 2026 – ZB-2026-000123');
    expect(doc.getAuthor()).toBe('AOK PLUS');
    expect(doc.getCreationDate()?.toISOString()).toBe('2026-11-20T00:00:00.000Z');
    expect(doc.getForm().getFields()).toHaveLength(0);
    // The subject is the document's one H1; the structure tree holds the text in reading order.
    const structure = pdfInfo(path, '-struct-text');
    expect(structure).toMatch(/H1[^\n]*\n?[^\n]*Bescheid über die Befreiung von Zuzahlungen für 2026/);
    expect(structure).toContain('Rechtsbehelfsbelehrung');
    for (const font of pdfFonts(path)) {
      expect(font).toMatchObject({ embedded: true, subset: true, unicode: true });
    }
  });

  it('never reads the clock: the same letter gives the same bytes, another date other bytes', async () => {
    const first = await renderLetter(exemptLetter());
    const second = await renderLetter(exemptLetter());
    expect(Buffer.from(first.bytes).equals(Buffer.from(second.bytes))).toBe(true);
    const later = await renderLetter(exemptLetter({ letterDate: '2026-11-21' }));
    expect(Buffer.from(first.bytes).equals(Buffer.from(later.bytes))).toBe(false);
    expect(letterText(later.path)).toContain('21.11.2026');
  });

  it('continues on further pages within the margins, each numbered and naming the letter', async () => {
    const letter = exemptLetter();
    if (letter.decision.kind !== 'befreit') throw new Error('fixture');
    const notCounted = Array.from({ length: 60 }, (_, index) => ({
      description: `Brillengläser Nr. ${index + 1}`,
      amountCents: 1_000 + index,
      reason: 'Sehhilfen für Erwachsene zahlt die Krankenkasse nur in Ausnahmefällen.',
    }));
    const { path } = await renderLetter({ ...letter, decision: { ...letter.decision, notCounted } });
    const pages = pdfText(path)
      .split('\f')
      .filter((page) => page.trim() !== '');
    expect(pages.length).toBeGreaterThan(2);
    pages.forEach((page, index) => {
      expect(page).toContain(`Seite ${index + 1} von ${pages.length}`);
      if (index > 0)
        expect(page).toContain('AOK PLUS · Aktenzeichen ZB-2026-000123 · Schreiben vom 20.11.2026');
    });
    const text = letterText(path);
    for (const receipt of notCounted)
      expect(text).toContain(`${receipt.description} ${money(receipt.amountCents)}`);
    // Nothing crosses the 15 mm margins (42.5 pt), neither the letterhead nor a continuation page.
    const outside = pdfWords(path).flatMap((page) =>
      page.words
        .filter((w) => w.xMin < 42 || w.xMax > page.width - 42 || w.yMin < 42 || w.yMax > page.height - 42)
        .map((w) => w.text),
    );
    expect(outside).toEqual([]);
  });
});

const germanDate = (iso: string | null): string => {
  if (iso === null) throw new Error('the fixture reaches its limit');
  return formatDate(iso, 'de');
};
