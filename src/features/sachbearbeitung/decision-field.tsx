/**
 * One field of the decision form: its label, the error above the control (GOV.UK pattern, linked from the error
 * summary by the control's id), and a text area or a one-line input.
 */
export function DecisionField({
  id,
  label,
  error,
  value,
  onChange,
  rows,
  maxLength,
}: {
  id: string;
  label: string;
  error: string | undefined;
  value: string;
  onChange: (value: string) => void;
  /** A text area of this many rows; without it a one-line input for a date. */
  rows?: number;
  maxLength?: number;
}) {
  const described = {
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? `${id}-error` : undefined,
  } as const;
  return (
    <div className="case-field">
      <label htmlFor={id}>{label}</label>
      {error && (
        <p className="case-error" id={`${id}-error`}>
          {error}
        </p>
      )}
      {rows === undefined ? (
        <input
          id={id}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          value={value}
          {...described}
          onChange={(event) => onChange(event.target.value)}
        />
      ) : (
        <textarea
          id={id}
          rows={rows}
          maxLength={maxLength}
          value={value}
          {...described}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </div>
  );
}
