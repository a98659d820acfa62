import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useForm } from 'react-hook-form';
import { describe, expect, it } from 'vitest';
import { SelectField } from './select-field';
import { renderUi } from './test-providers';

function Harness({ error, placeholder }: { error?: string; placeholder?: string }) {
  const { register } = useForm<{ year: string }>({ defaultValues: { year: '' } });
  return (
    <SelectField
      id="year"
      label="Für welches Jahr?"
      hint="Das Jahr, in dem Sie die Zuzahlungen geleistet haben"
      error={error}
      placeholder={placeholder}
      options={[
        { value: '2025', label: '2025' },
        { value: '2026', label: '2026' },
      ]}
      registration={register('year')}
    />
  );
}

describe('SelectField', () => {
  it('labels the select, offers a placeholder and lets the user choose', async () => {
    renderUi(<Harness placeholder="Bitte wählen" />);
    const select = screen.getByRole('combobox', { name: 'Für welches Jahr?' });
    expect(select).toHaveValue('');
    expect(screen.getByRole('option', { name: 'Bitte wählen' })).toHaveValue('');
    await userEvent.setup().selectOptions(select, '2026');
    expect(select).toHaveValue('2026');
    expect(select).toHaveAccessibleDescription('Das Jahr, in dem Sie die Zuzahlungen geleistet haben');
  });

  it('shows the error inline and marks the select invalid', () => {
    renderUi(<Harness error="Wählen Sie ein Jahr" />);
    const select = screen.getByRole('combobox', { name: 'Für welches Jahr?' });
    expect(select).toHaveAttribute('aria-invalid', 'true');
    expect(select).toHaveAccessibleDescription(
      'Das Jahr, in dem Sie die Zuzahlungen geleistet haben Fehler: Wählen Sie ein Jahr',
    );
  });
});
