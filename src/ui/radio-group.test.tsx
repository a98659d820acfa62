import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useForm, useWatch } from 'react-hook-form';
import { describe, expect, it } from 'vitest';
import { RadioGroup, type RadioGroupProps } from './radio-group';
import { renderUi } from './test-providers';

const options = [
  { value: 'yes', label: 'Ja' },
  { value: 'no', label: 'Nein', hint: 'Auch wenn Sie getrennt leben' },
];

function Harness(props: Partial<RadioGroupProps>) {
  const { register, control } = useForm<{ married: string }>();
  const value = useWatch({ control, name: 'married' });
  return (
    <>
      <RadioGroup
        id="married"
        legend="Sind Sie verheiratet?"
        options={options}
        registration={register('married')}
        {...props}
      />
      <output>{value}</output>
    </>
  );
}

describe('RadioGroup', () => {
  it('groups the radios under the legend and gives the first radio the id', async () => {
    renderUi(<Harness />);
    const group = screen.getByRole('group', { name: 'Sind Sie verheiratet?' });
    const radios = within(group).getAllByRole('radio');
    expect(radios).toHaveLength(2);
    expect(radios[0]).toHaveAttribute('id', 'married');
    expect(radios[1]).toHaveAttribute('id', 'married-2');
    await userEvent.setup().click(screen.getByRole('radio', { name: 'Nein' }));
    expect(screen.getByRole('radio', { name: 'Nein' })).toBeChecked();
    expect(screen.getByRole('status')).toHaveTextContent('no');
  });

  it('links option hints to their radio', () => {
    renderUi(<Harness />);
    expect(screen.getByRole('radio', { name: 'Nein' })).toHaveAccessibleDescription(
      'Auch wenn Sie getrennt leben',
    );
    expect(screen.getByRole('radio', { name: 'Ja' })).not.toHaveAttribute('aria-describedby');
  });

  it('describes the group by hint and error', () => {
    renderUi(<Harness hint="Oder in eingetragener Lebenspartnerschaft" error="Wählen Sie Ja oder Nein" />);
    const group = screen.getByRole('group', { name: 'Sind Sie verheiratet?' });
    expect(group).toHaveAccessibleDescription(
      'Oder in eingetragener Lebenspartnerschaft Fehler: Wählen Sie Ja oder Nein',
    );
    expect(group.parentElement).toHaveClass('field--error');
  });

  it('can make the legend the page heading', () => {
    renderUi(<Harness legendAsHeading inline />);
    const heading = screen.getByRole('heading', { level: 1, name: 'Sind Sie verheiratet?' });
    expect(heading).toHaveAttribute('id', 'page-heading');
    expect(screen.getByRole('group', { name: 'Sind Sie verheiratet?' })).toBeInTheDocument();
  });
});
