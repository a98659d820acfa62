import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderUi } from '../../../ui/test-providers';
import { SentNumbers } from './sent-numbers';

const receipt = {
  draftId: '3f2b6c1e-9a4d-4e5f-8b7a-1c2d3e4f5a6b',
  year: 2026,
  reference: 'ZB-2026-000123',
  manifestSha256: 'ab'.repeat(32),
  // 23:30 UTC on 31 March is 01:30 on 1 April in Germany (summer time).
  receivedAt: '2026-03-31T23:30:00.000Z',
};

const valueOf = (label: string) => screen.getByText(label).nextElementSibling?.textContent;

describe('the numbers of a sent application', () => {
  it('shows the reference and the application number side by side, and when it was sent in Germany', () => {
    renderUi(<SentNumbers receipt={receipt} />);
    expect(valueOf('Vorgangsnummer')).toBe('ZB-2026-000123');
    expect(valueOf('Antragsnummer')).toMatch(/^ZBA-[0-9A-F]{12}$/);
    expect(valueOf('Gesendet am')).toBe('01.04.2026, 01:30');
  });

  it('derives the application number from the draft: another draft, another number', () => {
    const { unmount } = renderUi(<SentNumbers receipt={receipt} />);
    const first = valueOf('Antragsnummer');
    unmount();
    renderUi(<SentNumbers receipt={{ ...receipt, draftId: 'another-draft' }} />);
    expect(valueOf('Antragsnummer')).not.toBe(first);
  });

  it('speaks English in English', () => {
    renderUi(<SentNumbers receipt={receipt} />, { language: 'en' });
    expect(valueOf('Reference number')).toBe('ZB-2026-000123');
    expect(valueOf('Application number')).toMatch(/^ZBA-/);
    expect(valueOf('Sent on')).toBe('1 April 2026, 01:30');
  });
});
