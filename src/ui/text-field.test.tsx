import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useForm } from 'react-hook-form';
import { describe, expect, it } from 'vitest';
import { renderUi } from './test-providers';
import { TextField, type TextFieldProps } from './text-field';

function Harness(props: Partial<TextFieldProps>) {
  const { register } = useForm<{ givenName: string }>({ defaultValues: { givenName: 'Erika' } });
  return (
    <TextField
      id="given-name"
      label="Vorname"
      autoComplete="given-name"
      registration={register('givenName')}
      {...props}
    />
  );
}

describe('TextField', () => {
  it('labels the input and keeps the registered value', () => {
    renderUi(<Harness />);
    const input = screen.getByRole('textbox', { name: 'Vorname' });
    expect(input).toHaveValue('Erika');
    expect(input).toHaveAttribute('id', 'given-name');
    expect(input).toHaveAttribute('autocomplete', 'given-name');
    expect(input).not.toHaveAttribute('aria-invalid');
    expect(input).not.toHaveAttribute('aria-describedby');
  });

  it('links hint and error, and prefixes the error for screen readers', () => {
    renderUi(<Harness hint="Wie auf der Versichertenkarte" error="Geben Sie Ihren Vornamen an" />);
    const input = screen.getByRole('textbox', { name: 'Vorname' });
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAttribute('aria-describedby', 'given-name-hint given-name-error');
    expect(input).toHaveAccessibleDescription(
      'Wie auf der Versichertenkarte Fehler: Geben Sie Ihren Vornamen an',
    );
    expect(screen.getByText('Fehler:')).toHaveClass('visually-hidden');
  });

  it('uses the English prefix in English', () => {
    renderUi(<Harness error="Enter your first name" />, { language: 'en' });
    expect(screen.getByRole('textbox')).toHaveAccessibleDescription('Error: Enter your first name');
  });

  it('puts the label into the page heading on question pages', () => {
    renderUi(<Harness labelAsHeading />);
    const heading = screen.getByRole('heading', { level: 1, name: 'Vorname' });
    expect(heading).toHaveAttribute('id', 'page-heading');
    expect(heading).toHaveAttribute('tabindex', '-1');
    expect(screen.getByRole('textbox', { name: 'Vorname' })).toBeInTheDocument();
  });

  it('sets input mode, type, width and spellcheck, and hides the unit suffix from screen readers', async () => {
    renderUi(
      <Harness
        label="Betrag in Euro"
        inputMode="decimal"
        width="money"
        spellCheck={false}
        autoComplete="off"
        suffix="€"
      />,
    );
    const input = screen.getByRole('textbox', { name: 'Betrag in Euro' });
    expect(input).toHaveAttribute('inputmode', 'decimal');
    expect(input).toHaveAttribute('type', 'text');
    expect(input).toHaveAttribute('autocomplete', 'off');
    expect(input).toHaveAttribute('spellcheck', 'false');
    expect(input).toHaveClass('input--money');
    expect(screen.getByText('€')).toHaveAttribute('aria-hidden', 'true');
    await userEvent.setup().type(input, '!');
    expect(input).toHaveValue('Erika!');
  });
});
