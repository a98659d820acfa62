import type { ReactNode } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { describedBy, errorId, FieldErrorMessage, fieldClassName, FieldHint, hintId } from './field-parts';
import './ui.css';

export type SelectOption = { value: string; label: string };

export type SelectFieldProps = {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  /** Already translated. */
  error?: string;
  options: readonly SelectOption[];
  registration: UseFormRegisterReturn;
  /** A first option with the value '' ("Bitte wählen"), so that nothing is preselected by accident. */
  placeholder?: string;
};

export function SelectField({
  id,
  label,
  hint,
  error,
  options,
  registration,
  placeholder,
}: SelectFieldProps) {
  return (
    <div className={fieldClassName(error)}>
      <label htmlFor={id}>{label}</label>
      {hint !== undefined && <FieldHint id={hintId(id)}>{hint}</FieldHint>}
      {error && <FieldErrorMessage id={errorId(id)}>{error}</FieldErrorMessage>}
      <select
        className="ui-select"
        id={id}
        aria-describedby={describedBy(hint !== undefined && hintId(id), error && errorId(id))}
        aria-invalid={error ? true : undefined}
        {...registration}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
