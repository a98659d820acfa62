import { useEffect, useRef, type MouseEvent } from 'react';

export type FieldError = { fieldId: string; message: string };

type Props = { title: string; errors: readonly FieldError[]; submitCount: number };

/**
 * GOV.UK pattern: after a failed submit the summary takes focus (screen readers read it at once) and links to each
 * field; following a link focuses the field itself, not only scrolls to it.
 */
export function ErrorSummary({ title, errors, submitCount }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (errors.length > 0) ref.current?.focus();
    // Focus again on every failed submit, not on every keystroke.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [submitCount]);
  if (errors.length === 0) return null;
  const focusField = (event: MouseEvent<HTMLAnchorElement>, fieldId: string) => {
    const field = document.getElementById(fieldId);
    if (!field) return;
    event.preventDefault();
    // focus() scrolls the field into view as well.
    field.focus();
  };
  return (
    <div className="error-summary" ref={ref} tabIndex={-1} role="alert" aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">{title}</h2>
      <ul>
        {errors.map((error) => (
          <li key={error.fieldId}>
            <a href={`#${error.fieldId}`} onClick={(event) => focusField(event, error.fieldId)}>
              {error.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
