import type { UseFormRegisterReturn } from 'react-hook-form';
import { describedBy, errorId, FieldErrorMessage, fieldClassName } from '../../ui/field-parts';

/** A password input laid out like TextField; autocomplete 'current-password' lets password managers fill it. */
export function PasswordField({
  id,
  label,
  error,
  registration,
}: {
  id: string;
  label: string;
  /** Already translated. */
  error?: string | undefined;
  registration: UseFormRegisterReturn;
}) {
  return (
    <div className={fieldClassName(error)}>
      <label htmlFor={id}>{label}</label>
      {error && <FieldErrorMessage id={errorId(id)}>{error}</FieldErrorMessage>}
      <input
        className="ui-input input--medium"
        id={id}
        type="password"
        autoComplete="current-password"
        spellCheck={false}
        aria-describedby={describedBy(error && errorId(id))}
        aria-invalid={error ? true : undefined}
        {...registration}
      />
    </div>
  );
}
