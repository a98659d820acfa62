import type { ReactNode } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import {
  describedBy,
  errorId,
  FieldErrorMessage,
  fieldClassName,
  FieldHint,
  hintId,
} from '../../ui/field-parts';

/**
 * A password input laid out like TextField. 'current-password' lets password managers fill the login;
 * 'new-password' lets them suggest and save a new one.
 */
export function PasswordInput({
  id,
  label,
  hint,
  error,
  registration,
  autoComplete,
}: {
  id: string;
  label: string;
  hint?: ReactNode;
  /** Already translated. */
  error?: string | undefined;
  registration: UseFormRegisterReturn;
  autoComplete: 'current-password' | 'new-password';
}) {
  return (
    <div className={fieldClassName(error)}>
      <label htmlFor={id}>{label}</label>
      {hint !== undefined && <FieldHint id={hintId(id)}>{hint}</FieldHint>}
      {error && <FieldErrorMessage id={errorId(id)}>{error}</FieldErrorMessage>}
      <input
        className="ui-input input--medium"
        id={id}
        type="password"
        autoComplete={autoComplete}
        spellCheck={false}
        aria-describedby={describedBy(hint !== undefined && hintId(id), error && errorId(id))}
        aria-invalid={error ? true : undefined}
        {...registration}
      />
    </div>
  );
}
