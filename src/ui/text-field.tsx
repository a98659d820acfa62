import type { AutoFill, ReactNode } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { describedBy, errorId, FieldErrorMessage, fieldClassName, FieldHint, hintId } from './field-parts';
import './ui.css';

export type TextFieldWidth = 'short' | 'medium' | 'long' | 'full' | 'money';

export type TextFieldProps = {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  /** Already translated. */
  error?: string;
  registration: UseFormRegisterReturn;
  /**
   * Required on purpose (security checklist): a WCAG 1.3.5 token for data about the user ('given-name',
   * 'postal-code', 'bday-day' …) or 'off' for everything else (amounts, insurance numbers of others …).
   */
  // 'bday' (the whole birth date in one field) is a WCAG 1.3.5 token that React's AutoFill type lacks.
  autoComplete: Exclude<AutoFill, '' | 'on'> | 'bday';
  inputMode?: 'text' | 'numeric' | 'decimal' | 'email' | 'tel' | 'url' | 'search';
  /** Never 'number': it swallows "12,50" and changes values on scroll (GOV.UK). Use inputMode instead. */
  type?: 'text' | 'email' | 'tel' | 'url' | 'search';
  /** The width hints at the expected answer; every width shrinks to the screen at 320 px. Default 'full'. */
  width?: TextFieldWidth;
  spellCheck?: boolean;
  /** GOV.UK question page: the label is the page's h1 (the one the layout focuses after navigation). */
  labelAsHeading?: boolean;
  /** A unit shown after the input, e.g. "€"; hidden from screen readers, so the label must name the unit too. */
  suffix?: string;
};

const widthClass: Record<TextFieldWidth, string> = {
  short: 'input--short',
  medium: 'input--medium',
  long: 'input--long',
  full: 'input--full',
  money: 'input--money',
};

export function TextField({
  id,
  label,
  hint,
  error,
  registration,
  autoComplete,
  inputMode,
  type = 'text',
  width = 'full',
  spellCheck,
  labelAsHeading = false,
  suffix,
}: TextFieldProps) {
  const labelElement = (
    <label htmlFor={id} className={labelAsHeading ? 'ui-label--heading' : undefined}>
      {label}
    </label>
  );
  const input = (
    <input
      className={`ui-input ${widthClass[width]}`}
      id={id}
      type={type}
      inputMode={inputMode}
      autoComplete={autoComplete}
      spellCheck={spellCheck}
      aria-describedby={describedBy(hint !== undefined && hintId(id), error && errorId(id))}
      aria-invalid={error ? true : undefined}
      {...registration}
    />
  );
  return (
    <div className={fieldClassName(error)}>
      {labelAsHeading ? (
        <h1 id="page-heading" tabIndex={-1} className="ui-field-heading">
          {labelElement}
        </h1>
      ) : (
        labelElement
      )}
      {hint !== undefined && <FieldHint id={hintId(id)}>{hint}</FieldHint>}
      {error && <FieldErrorMessage id={errorId(id)}>{error}</FieldErrorMessage>}
      {suffix ? (
        <div className="ui-input-wrapper">
          {input}
          <span className="ui-input-suffix" aria-hidden="true">
            {suffix}
          </span>
        </div>
      ) : (
        input
      )}
    </div>
  );
}
