import type { ReactNode } from 'react';

/** One option of the decision form: a radio button with its label and, where it helps, what choosing it means. */
export function DecisionChoice({
  id,
  label,
  checked,
  onChoose,
  hint,
}: {
  id: string;
  label: string;
  checked: boolean;
  onChoose: () => void;
  hint?: ReactNode;
}) {
  return (
    <div className="case-choice">
      <input
        type="radio"
        id={id}
        name="decision"
        checked={checked}
        onChange={onChoose}
        aria-describedby={hint === undefined ? undefined : `${id}-hint`}
      />
      <label htmlFor={id}>{label}</label>
      {hint !== undefined && (
        <p id={`${id}-hint`} className="case-muted">
          {hint}
        </p>
      )}
    </div>
  );
}
