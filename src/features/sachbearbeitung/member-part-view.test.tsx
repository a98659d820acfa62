import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sha256Hex } from '../../documents/bundle/sha256';
import {
  memberPartBag,
  memberPartDocument,
  receiptPhotoName,
  sampleInvitationId,
} from '../../documents/member-part/member-part-fixtures.test-support';
import type { MemberPartSummary } from '../../domain/member-part/member-part-summary';
import { renderUi } from '../../ui/test-providers';
import { MemberPartView } from './member-part-view';

const noContrast = { rules: { 'color-contrast': { enabled: false } } };
const bag = memberPartBag({ memberId: 's1' });
const cited: MemberPartSummary = {
  invitationId: sampleInvitationId,
  memberId: 's1',
  sha256: sha256Hex(bag),
  ...memberPartDocument({ memberId: 's1' }).summary,
};

beforeEach(() => {
  // jsdom has no blob: URLs (the photo is shown through one).
  vi.stubGlobal(
    'URL',
    Object.assign(URL, {
      createObjectURL: () => 'blob:http://localhost/photo',
      revokeObjectURL: () => undefined,
    }),
  );
});
afterEach(() => vi.unstubAllGlobals());

describe("a member's part on the case page", () => {
  it('verifies the part and shows the incomes, the chronic answer and the receipts with their files', async () => {
    const user = userEvent.setup();
    const { container } = renderUi(<MemberPartView cited={cited} memberName="Maria Beispiel" bytes={bag} />);
    const section = screen.getByRole('region', { name: 'Teil von Maria Beispiel' });
    expect(within(section).getByRole('status')).toHaveTextContent(
      'Geprüft: Der Teil hat die Prüfung bestanden und ist der, den der Antrag nennt.',
    );
    expect(within(section).getByText('Erika Muster')).toBeInTheDocument();
    expect(within(section).getByText('Altersrente')).toBeInTheDocument();
    expect(within(section).getByText('Chronisch krank')).toBeInTheDocument();
    expect(within(section).getByText('Bescheinigung (Muster 55) schickt die Arztpraxis')).toBeInTheDocument();
    const receipts = within(section).getByRole('table', { name: 'Zuzahlungen' });
    expect(within(receipts).getByText('Löwen-Apotheke')).toBeInTheDocument();
    expect(within(receipts).getByText('Physiotherapie am Markt')).toBeInTheDocument();
    expect(within(receipts).getAllByRole('row')).toHaveLength(3);
    expect(screen.queryByTestId('member-part-problems')).toBeNull();

    await user.click(within(receipts).getByRole('button', { name: `Anzeigen: ${receiptPhotoName}` }));
    expect(
      screen.getByRole('heading', { name: 'Anlage aus dem Teil von Maria Beispiel' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: `Anzeigen: ${receiptPhotoName}` })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect((await axe.run(container, noContrast)).violations).toEqual([]);
  });

  it('shows the problems of a tampered part, and nothing of its content', async () => {
    const tampered = bag.slice();
    // A byte inside the stored photo: the zip still opens, but its checksums and the SHA-256 no longer agree.
    const at = tampered.length >> 1;
    tampered[at] = (tampered[at] ?? 0) ^ 0xff;
    const { container } = renderUi(
      <MemberPartView cited={cited} memberName="Maria Beispiel" bytes={tampered} />,
    );
    const problems = screen.getByTestId('member-part-problems');
    expect(
      screen.getByText('Der Teil von Maria Beispiel hat die Prüfung nicht bestanden'),
    ).toBeInTheDocument();
    expect(within(problems).getByText(/ist nicht die, die der Antrag nennt/)).toBeInTheDocument();
    expect(within(problems).getAllByRole('listitem').length).toBeGreaterThan(1);
    for (const content of ['Altersrente', 'Löwen-Apotheke', 'Chronisch krank', 'Erika Muster']) {
      expect(screen.queryByText(content)).toBeNull();
    }
    expect((await axe.run(container, noContrast)).violations).toEqual([]);
  });

  it('refuses a valid bag whose figures are not the ones the application computes with', () => {
    renderUi(
      <MemberPartView
        cited={{ ...cited, incomeCents: cited.incomeCents + 100 }}
        memberName="Maria Beispiel"
        bytes={bag}
      />,
    );
    const problems = screen.getByTestId('member-part-problems');
    expect(within(problems).getAllByRole('listitem')).toHaveLength(1);
    expect(
      within(problems).getByText(/Die Summen des Teils weichen von denen ab, mit denen der Antrag rechnet/),
    ).toBeInTheDocument();
    expect(screen.queryByText('Altersrente')).toBeNull();
  });
});
