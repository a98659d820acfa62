import type { ReactNode } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { describedBy, errorId, FieldErrorMessage, fieldClassName, FieldHint, hintId } from './field-parts';
import './ui.css';

export type ChoiceOption = { value: string; label: ReactNode; hint?: ReactNode };

/** The id of the option at `index`; the first one is the group's id (the error summary links there). */
export function choiceId(id: string, index: number): string {
  return index === 0 ? id : `${id}-${index + 1}`;
}

type ChoiceGroupProps = {
  id: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string;
  options: readonly ChoiceOption[];
  registration: UseFormRegisterReturn;
  legendAsHeading?: boolean;
  inline?: boolean;
  type: 'radio' | 'checkbox';
};

/** Radios and checkboxes share the GOV.UK markup: fieldset, legend, hint, error, one large target per option. */
export function ChoiceGroup({
  id,
  legend,
  hint,
  error,
  options,
  registration,
  legendAsHeading = false,
  inline = false,
  type,
}: ChoiceGroupProps) {
  return (
    <div className={fieldClassName(error)}>
      <fieldset aria-describedby={describedBy(hint !== undefined && hintId(id), error && errorId(id))}>
        <legend className={legendAsHeading ? 'ui-legend--heading' : undefined}>
          {legendAsHeading ? (
            <h1 id="page-heading" tabIndex={-1} className="ui-field-heading">
              {legend}
            </h1>
          ) : (
            legend
          )}
        </legend>
        {hint !== undefined && <FieldHint id={hintId(id)}>{hint}</FieldHint>}
        {error && <FieldErrorMessage id={errorId(id)}>{error}</FieldErrorMessage>}
        <div className={inline ? 'ui-choices ui-choices--inline' : 'ui-choices'}>
          {options.map((option, index) => {
            const optionId = choiceId(id, index);
            const optionHintId = option.hint !== undefined ? hintId(optionId) : undefined;
            return (
              <div className="ui-choice" key={option.value}>
                <input
                  className="ui-choice__input"
                  id={optionId}
                  type={type}
                  value={option.value}
                  aria-describedby={optionHintId}
                  {...registration}
                />
                <label className="ui-choice__label" htmlFor={optionId}>
                  {option.label}
                </label>
                {optionHintId && (
                  <div className="field-hint ui-choice__hint" id={optionHintId}>
                    {option.hint}
                  </div>
                )}
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
