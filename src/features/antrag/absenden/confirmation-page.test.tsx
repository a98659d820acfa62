import { readFileSync } from 'node:fs';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AntragContent } from '../../../documents/antrag/antrag-content';
import { buildAntragContent } from '../../../documents/antrag/antrag-content.test-support';
import { singlePensioner } from '../../../documents/antrag/antrag-households.test-support';
import type { SubmissionReceiptRecord } from '../../../storage/pending-submission';
import { renderUi } from '../../../ui/test-providers';
import type { ConfirmationDocuments } from './confirmation-documents';
import { Confirmation } from './confirmation-page';

const receipt: SubmissionReceiptRecord = {
  draftId: 'd1',
  year: 2026,
  reference: 'ZB-2026-000123',
  manifestSha256: 'ab'.repeat(32),
  // 23:30 UTC on 31 March is already 1 April in Germany (summer time).
  receivedAt: '2026-03-31T23:30:00.000Z',
};

const exact: ConfirmationDocuments = {
  exact: true,
  document: undefined,
  pdf: async () => new Uint8Array([1]),
  zip: async () => new Uint8Array([2]),
  readingCopy: async () => new Uint8Array([3]),
};

/** The pensioner's content with the refund the engine would give; the page shows it, it never computes it. */
function contentWithRefund(refundCents: number, language: 'de' | 'en' = 'de'): AntragContent {
  const content = buildAntragContent(
    {
      ...singlePensioner(),
      members: singlePensioner().members.map((m) => ({ ...m, chronicallyIll: true, proof: 'doctorSends' })),
    },
    language,
  );
  return {
    ...content,
    applicationId: 'ZBA-0123456789AB',
    calculation: { ...content.calculation, output: { ...content.calculation.output, refundCents } },
  };
}

describe('Antrag gesendet', () => {
  it('shows the reference and the application number side by side, and the refund', () => {
    renderUi(
      <Confirmation
        receipt={receipt}
        applicationId="ZBA-0123456789AB"
        documents={exact}
        content={contentWithRefund(14_169)}
      />,
    );
    const numbers = screen.getByRole('heading', { level: 1, name: 'Antrag gesendet' }).parentElement!;
    expect(within(numbers).getByText('Ihre Vorgangsnummer').nextElementSibling).toHaveTextContent(
      'ZB-2026-000123',
    );
    expect(within(numbers).getByText('Ihre Antragsnummer').nextElementSibling).toHaveTextContent(
      'ZBA-0123456789AB',
    );
    const refund = screen.getByRole('region', { name: 'Erstattung' });
    // A no-break space: "141,69" and "€" never wrap apart.
    expect(refund.textContent).toContain('Nach Ihren Angaben haben Sie 141,69\u00a0€ mehr gezahlt');
    // The time the insurer received it, in Germany whatever the device's zone.
    expect(screen.getByText('Eingegangen am 01.04.2026 um 01:30 Uhr')).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Alle gesendeten Unterlagen herunterladen (ZIP-Datei)' }),
    ).toBeEnabled();
  });

  it('says so when nothing is to be refunded, and in English', () => {
    renderUi(
      <Confirmation
        receipt={receipt}
        applicationId="ZBA-0123456789AB"
        documents={exact}
        content={contentWithRefund(0, 'en')}
      />,
      { language: 'en' },
    );
    expect(screen.getByText('Your application number').nextElementSibling).toHaveTextContent(
      'ZBA-0123456789AB',
    );
    expect(screen.getByRole('region', { name: 'Refund' })).toHaveTextContent(
      'From your answers, you did not pay more than your limit.',
    );
  });

  it('puts both numbers, the name and the normalised KVNR on the cover sheet', () => {
    renderUi(
      <Confirmation
        receipt={receipt}
        applicationId="ZBA-0123456789AB"
        documents={exact}
        content={contentWithRefund(0)}
      />,
    );
    const cover = screen.getByRole('region', { name: 'Deckblatt für die Post' });
    expect(within(cover).getByText('ZB-2026-000123')).toBeInTheDocument();
    expect(within(cover).getByText('ZBA-0123456789AB')).toBeInTheDocument();
    expect(within(cover).getByText('Gertrud Schönfeld')).toBeInTheDocument();
    expect(within(cover).getByText('X110411675')).toBeInTheDocument();
    expect(within(cover).getAllByRole('listitem').length).toBeGreaterThan(0);
  });

  it('names a copy rebuilt from the draft as such, never as the files sent', () => {
    renderUi(
      <Confirmation
        receipt={receipt}
        applicationId="ZBA-0123456789AB"
        documents={{ ...exact, exact: false }}
        content={contentWithRefund(0)}
      />,
    );
    expect(screen.getByText(/Sie sind nicht die gesendeten Dateien/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /gesendeten Unterlagen/ })).toBeNull();
    expect(
      screen.getByRole('button', { name: 'Neu erstellte Unterlagen herunterladen (ZIP-Datei)' }),
    ).toBeEnabled();
  });
});

describe('the cover sheet in print', () => {
  const css = readFileSync('src/features/antrag/absenden/send.css', 'utf8');
  const printBlocks = [...css.matchAll(/@media print\s*{([\s\S]*?)\n}/g)].map((match) => match[1]);

  it('prints on A4 with margins', () => {
    const page = /@page\s*{([^}]*)}/.exec(css)?.[1] ?? '';
    expect(page).toMatch(/size:\s*A4/);
    expect(page).toMatch(/margin:\s*\d+mm/);
  });

  it('never breaks the sheet across pages', () => {
    const sheet = printBlocks.join('\n').match(/\.cover-sheet\s*{([^}]*)}/)?.[1] ?? '';
    expect(sheet).toMatch(/break-inside:\s*avoid/);
    expect(sheet).toMatch(/page-break-inside:\s*avoid/);
    expect(css).not.toMatch(/\.cover-sheet[^{]*{[^}]*break-(before|after):\s*(page|always)/);
  });

  it('tells how to pay an advance payment instead of a refund, by transfer or by direct debit', () => {
    const transfer = {
      ...contentWithRefund(0),
      advancePayment: {
        option: 'full' as const,
        amountCents: 61_234,
        paidBeforeCents: 0,
        method: 'transfer' as const,
        mandate: null,
      },
    };
    const { unmount } = renderUi(
      <Confirmation
        receipt={receipt}
        applicationId="ZBA-0123456789AB"
        documents={exact}
        content={transfer}
      />,
    );
    const section = screen.getByRole('region', { name: 'Ihre Vorauszahlung' });
    expect(section).toHaveTextContent('Bitte überweisen Sie jetzt 612,34');
    expect(
      within(section).getByRole('link', { name: 'Zum Bearbeitungsstand mit der Bankverbindung' }),
    ).toHaveAttribute('href', '/antrag/status');
    expect(screen.queryByRole('heading', { name: 'Erstattung' })).not.toBeInTheDocument();
    unmount();
    const debit = {
      ...transfer,
      advancePayment: {
        ...transfer.advancePayment,
        method: 'directDebit' as const,
        mandate: {
          creditorName: 'AOK PLUS (Demo)',
          creditorId: 'DE98ZZZ09999999999',
          mandateReference: 'ZBV0123456789AB',
          accountHolder: 'Erika Mustermann',
          iban: 'DE89370400440532013000',
          signedOn: '2026-03-31',
          debitOn: '2026-04-14',
        },
      },
    };
    renderUi(
      <Confirmation receipt={receipt} applicationId="ZBA-0123456789AB" documents={exact} content={debit} />,
    );
    expect(screen.getByRole('region', { name: 'Ihre Vorauszahlung' })).toHaveTextContent(
      /Wir buchen 612,34\s€ am 14\. April 2026 von Ihrem Konto ab\./,
    );
  });
});
