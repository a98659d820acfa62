import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderUi } from './test-providers';
import { WhyDisclosure } from './why-disclosure';

describe('WhyDisclosure', () => {
  it('keeps the legal source closed behind "Warum?" until asked', async () => {
    const user = userEvent.setup();
    renderUi(
      <WhyDisclosure about="Kindergeld">
        <p>§ 62 Abs. 2 S. 1 SGB V</p>
      </WhyDisclosure>,
    );
    const summary = screen.getByText('Warum?');
    expect(summary.closest('summary')).toHaveTextContent('Warum? Kindergeld');
    expect(screen.getByText('§ 62 Abs. 2 S. 1 SGB V')).not.toBeVisible();
    await user.click(summary);
    expect(summary.closest('details')).toHaveAttribute('open');
    expect(screen.getByText('§ 62 Abs. 2 S. 1 SGB V')).toBeVisible();
  });

  it('says "Why?" in English', () => {
    renderUi(<WhyDisclosure>§ 61 SGB V</WhyDisclosure>, { language: 'en' });
    expect(screen.getByText('Why?')).toBeInTheDocument();
  });
});
