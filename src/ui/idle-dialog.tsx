import { useEffect, useId, useRef } from 'react';
import { createPortal } from 'react-dom';
import { useI18n } from '../i18n/use-i18n';
import './idle-dialog.css';

/** The dialog's words, from the area that shows it (the caseworker's, the provider's). */
export type IdleDialogTexts = {
  title: string;
  /** The session can be extended: says when it ends otherwise. */
  text: (time: string) => string;
  /** The session's absolute end: only the time is said. */
  final: (time: string) => string;
  stay: string;
  logout: string;
  stayFailed: string;
};

/**
 * The warning before a session ends for inactivity (WCAG 2.2.1): a modal alert dialog that takes focus, keeps
 * it inside (Tab cycles between its buttons), and gives it back when closed. Escape means "stay logged in", the
 * choice that loses nothing. The end time is said as a clock time, not a running countdown that a screen reader
 * would read again and again.
 */
export function IdleDialog({
  texts,
  endsAt,
  canExtend,
  failed,
  pending,
  onStay,
  onLogout,
}: {
  texts: IdleDialogTexts;
  endsAt: string;
  /** False when the session's absolute end is reached: then only the time is said. */
  canExtend: boolean;
  failed: boolean;
  pending: boolean;
  onStay: () => void;
  onLogout: () => void;
}) {
  const { language } = useI18n();
  const titleId = useId();
  const textId = useId();
  const dialog = useRef<HTMLDivElement>(null);
  const first = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const before = document.activeElement;
    first.current?.focus();
    return () => {
      if (before instanceof HTMLElement && before.isConnected) before.focus();
    };
  }, []);

  const time = new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'de-DE', {
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(endsAt));

  // On the document while the dialog is open: Escape and Tab are the dialog's wherever focus is.
  const escapeAction = useRef<(() => void) | undefined>(undefined);
  useEffect(() => {
    escapeAction.current = canExtend && !pending ? onStay : undefined;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        escapeAction.current?.();
        return;
      }
      if (event.key !== 'Tab' || !dialog.current) return;
      const buttons = [...dialog.current.querySelectorAll<HTMLButtonElement>('button:not([disabled])')];
      const firstButton = buttons[0];
      const lastButton = buttons.at(-1);
      if (!firstButton || !lastButton) return;
      const inside = dialog.current.contains(document.activeElement);
      if (event.shiftKey && (document.activeElement === firstButton || !inside)) {
        event.preventDefault();
        lastButton.focus();
      } else if (!event.shiftKey && (document.activeElement === lastButton || !inside)) {
        event.preventDefault();
        firstButton.focus();
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  return createPortal(
    <div className="ui-idle-dialog__backdrop">
      <div
        ref={dialog}
        className="ui-idle-dialog"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={textId}
      >
        <h2 id={titleId}>{texts.title}</h2>
        <div id={textId}>
          <p>{canExtend ? texts.text(time) : texts.final(time)}</p>
          {failed && <p className="field-error">{texts.stayFailed}</p>}
        </div>
        <div className="button-group">
          {canExtend && (
            <button ref={first} type="button" className="button" onClick={onStay} disabled={pending}>
              {texts.stay}
            </button>
          )}
          <button
            ref={canExtend ? undefined : first}
            type="button"
            className="button button--secondary"
            onClick={onLogout}
          >
            {texts.logout}
          </button>
        </div>
      </div>
    </div>,
    document.body,
  );
}
