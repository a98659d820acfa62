import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from './render-app';

async function answer(
  user: ReturnType<typeof userEvent.setup>,
  values: { year: string; spouse: 'Ja' | 'Nein'; children: string; income: string; chronic: 'Ja' | 'Nein' },
) {
  await user.selectOptions(await screen.findByLabelText('Für welches Jahr?'), values.year);
  const spouse = screen.getByRole('group', { name: /Ehefrau/ });
  await user.click(within(spouse).getByLabelText(values.spouse));
  await user.clear(screen.getByLabelText('Wie viele Kinder leben in Ihrem Haushalt?'));
  await user.type(screen.getByLabelText('Wie viele Kinder leben in Ihrem Haushalt?'), values.children);
  await user.type(
    screen.getByLabelText('Bruttoeinnahmen des ganzen Haushalts im Jahr, in Euro'),
    values.income,
  );
  const chronic = screen.getByRole('group', { name: /chronisch krank/ });
  await user.click(within(chronic).getByLabelText(values.chronic));
}

describe('quick limit estimate', () => {
  it('reproduces the published 2026 example with its arithmetic', async () => {
    const user = userEvent.setup();
    renderApp('/belastungsgrenze');
    await answer(user, { year: '2026', spouse: 'Ja', children: '2', income: '50.000', chronic: 'Nein' });
    await user.click(screen.getByRole('button', { name: 'Belastungsgrenze berechnen' }));
    const result = await screen.findByRole('region', { name: 'Ihre Belastungsgrenze für 2026' });
    expect(within(result).getAllByText('467,38 €').length).toBeGreaterThan(0);
    expect(
      within(result).getByRole('row', { name: /Ehe- oder Lebenspartner.*7\.119,00\u00a0€/ }),
    ).toBeInTheDocument();
    expect(within(result).getAllByRole('row', { name: /Kinderfreibetrag.*9\.756,00\u00a0€/ })).toHaveLength(
      2,
    );
    expect(
      within(result).getByRole('row', { name: /Maßgebliche Einnahmen.*23\.369,00\u00a0€/ }),
    ).toBeInTheDocument();
  });

  it('halves the rate for a chronically ill household (2024: 200,13 €)', async () => {
    const user = userEvent.setup();
    renderApp('/belastungsgrenze');
    await answer(user, { year: '2024', spouse: 'Ja', children: '2', income: '45000', chronic: 'Ja' });
    await user.click(screen.getByRole('button', { name: 'Belastungsgrenze berechnen' }));
    const result = await screen.findByRole('region', { name: 'Ihre Belastungsgrenze für 2024' });
    expect(within(result).getAllByText('200,13 €').length).toBeGreaterThan(0);
    expect(within(result).getByText(/1 %, weil/)).toBeInTheDocument();
  });

  it('shows an error summary that takes focus, links to the field and keeps what was typed', async () => {
    const user = userEvent.setup();
    renderApp('/belastungsgrenze');
    await user.type(await screen.findByLabelText('Wie viele Kinder leben in Ihrem Haushalt?'), '2');
    await user.type(screen.getByLabelText('Bruttoeinnahmen des ganzen Haushalts im Jahr, in Euro'), '12,345');
    await user.click(screen.getByRole('button', { name: 'Belastungsgrenze berechnen' }));
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveFocus();
    const link = within(summary).getByRole('link', { name: /höchstens zwei Stellen nach dem Komma/ });
    await user.click(link);
    const income = screen.getByLabelText('Bruttoeinnahmen des ganzen Haushalts im Jahr, in Euro');
    expect(income).toHaveFocus();
    expect(income).toHaveValue('12,345');
    expect(income).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Wie viele Kinder leben in Ihrem Haushalt?')).toHaveValue('02');
    expect(screen.queryByRole('region', { name: /Ihre Belastungsgrenze/ })).not.toBeInTheDocument();
  });

  it('needs no income under the flat welfare rule (12 × Regelbedarf, 2 %)', async () => {
    const user = userEvent.setup();
    renderApp('/belastungsgrenze');
    await user.selectOptions(await screen.findByLabelText('Für welches Jahr?'), '2021');
    await user.selectOptions(
      screen.getByLabelText('Erhält Ihr Haushalt eine dieser Leistungen?'),
      'buergergeld',
    );
    await user.click(screen.getByRole('button', { name: 'Belastungsgrenze berechnen' }));
    const result = await screen.findByRole('region', { name: 'Ihre Belastungsgrenze für 2021' });
    expect(within(result).getAllByText('107,04 €').length).toBeGreaterThan(0);
  });

  it('labels the provisional year as such', async () => {
    const user = userEvent.setup();
    renderApp('/belastungsgrenze');
    await answer(user, { year: '2027', spouse: 'Nein', children: '0', income: '20000', chronic: 'Nein' });
    await user.click(screen.getByRole('button', { name: 'Belastungsgrenze berechnen' }));
    const result = await screen.findByRole('region', { name: 'Ihre Belastungsgrenze für 2027' });
    expect(within(result).getByText(/Vorläufig/)).toBeInTheDocument();
    expect(screen.getByRole('option', { name: '2027 (vorläufige Werte)' })).toBeInTheDocument();
  });
});
