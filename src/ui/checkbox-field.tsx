import type { ReactNode } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { describedBy, errorId, FieldErrorMessage, fieldClassName, hintId } from './field-parts';
import './ui.css';

export type CheckboxFieldProps = {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  /** Already translated. */
  error?: string;
  registration: UseFormRegisterReturn;
};

/** One yes/no box, e.g. a declaration ("Ich versichere, dass meine Angaben richtig sind"). */
export function CheckboxField({ id, label, hint, error, registration }: CheckboxFieldProps) {
  return (
    <div className={fieldClassName(error)}>
      {error && <FieldErrorMessage id={errorId(id)}>{error}</FieldErrorMessage>}
      <div className="ui-choice">
        <input
          className="ui-choice__input"
          id={id}
          type="checkbox"
          aria-describedby={describedBy(hint !== undefined && hintId(id), error && errorId(id))}
          aria-invalid={error ? true : undefined}
          {...registration}
        />
        <label className="ui-choice__label" htmlFor={id}>
          {label}
        </label>
        {hint !== undefined && (
          <div className="field-hint ui-choice__hint" id={hintId(id)}>
            {hint}
          </div>
        )}
      </div>
    </div>
  );
}
