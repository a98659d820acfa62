import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderUi } from '../../../ui/test-providers';
import { LimitChart } from './limit-chart';

const timeline = [
  { date: '2026-01-15', runningCents: 1_000 },
  { date: '2026-03-02', runningCents: 13_000 },
];

describe('LimitChart', () => {
  it('is an image named by its title and description, with lines told apart by text and dash, not colour', () => {
    const { container } = renderUi(
      <LimitChart year={2026} timeline={timeline} limitCents={12_000} limitReachedOn="2026-03-02" />,
    );
    const chart = screen.getByRole('img', { name: /^Zuzahlungen im Lauf des Jahres 2026/ });
    expect(chart).toHaveAccessibleName(expect.stringContaining('Belastungsgrenze von 120,00\u00a0€'));
    expect(chart).toHaveAttribute('viewBox');
    expect(container.querySelector('.limit-chart__limit')).not.toBeNull();
    expect(container.querySelector('.limit-chart__paid')?.getAttribute('d')).toMatch(/^M .* H [\d.]+$/);
    expect(screen.getByText('Belastungsgrenze 120,00 €')).toBeInTheDocument();
    expect(screen.getByText('Gezahlt 130,00 €')).toBeInTheDocument();
    expect(container.querySelectorAll('[style]')).toHaveLength(0);
    expect(screen.getByText('Die Summe erreicht die Belastungsgrenze am 02.03.2026.')).toBeVisible();
  });

  it('says so instead of drawing an empty chart when nothing is counted yet', () => {
    renderUi(<LimitChart year={2026} timeline={[]} limitCents={12_000} limitReachedOn={null} />);
    expect(screen.queryByRole('img')).toBeNull();
    expect(screen.getByText(/Noch keine angerechneten Zuzahlungen/)).toBeVisible();
  });
});
