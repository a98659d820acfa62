import type { InputHTMLAttributes } from 'react';
import {
  describedBy,
  errorId,
  FieldErrorMessage,
  fieldClassName,
  FieldHint,
  hintId,
} from '../../../ui/field-parts';

type Props = {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  /** 'new-password' when choosing one, 'current-password' when unlocking: password managers then help. */
  autoComplete: 'new-password' | 'current-password';
} & Pick<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'name'>;

/** A passphrase input; the label stays visible and the browser's password manager may fill it. */
export function PasswordField({ id, label, hint, error, autoComplete, ...input }: Props) {
  return (
    <div className={fieldClassName(error)}>
      <label htmlFor={id}>{label}</label>
      {hint && <FieldHint id={hintId(id)}>{hint}</FieldHint>}
      {error && <FieldErrorMessage id={errorId(id)}>{error}</FieldErrorMessage>}
      <input
        id={id}
        type="password"
        className="input--long"
        autoComplete={autoComplete}
        spellCheck={false}
        aria-invalid={Boolean(error)}
        aria-describedby={describedBy(hint && hintId(id), error && errorId(id))}
        {...input}
      />
    </div>
  );
}
