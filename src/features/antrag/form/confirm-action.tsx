import { useId, useState } from 'react';

type Props = {
  /** The visible button, e.g. "Entwurf löschen". */
  label: string;
  /** The question asked before anything happens; says what cannot be undone. */
  question: string;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
};

/** A destructive action behind one question (GOV.UK: a warning button, then confirm or cancel). */
export function ConfirmAction({ label, question, confirmLabel, cancelLabel, onConfirm }: Props) {
  const questionId = useId();
  const [confirming, setConfirming] = useState(false);
  if (!confirming) {
    return (
      <button type="button" className="button button--warning" onClick={() => setConfirming(true)}>
        {label}
      </button>
    );
  }
  return (
    <div className="confirm-box" role="group" aria-labelledby={questionId}>
      <p id={questionId}>
        <strong>{question}</strong>
      </p>
      <div className="button-row">
        <button type="button" className="button button--warning" onClick={onConfirm}>
          {confirmLabel}
        </button>
        <button type="button" className="button button--secondary" onClick={() => setConfirming(false)}>
          {cancelLabel}
        </button>
      </div>
    </div>
  );
}
