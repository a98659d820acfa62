import { useEffect, useRef } from 'react';
import { useMessages } from '../../../i18n/feature-messages';
import { submissionMessages } from '../draft/submission-messages';

/**
 * The warning before an idle lock (WCAG 2.2.1 Timing Adjustable): announced by a live region that is always in
 * the page (a region added together with its text is not reliably read), with a button that extends the time.
 * Focus moves to the button, and back to where it was once the user extends.
 */
export function IdleWarning({
  visible,
  minutes,
  onExtend,
}: {
  visible: boolean;
  minutes: number;
  onExtend: () => void;
}) {
  const s = useMessages(submissionMessages);
  const button = useRef<HTMLButtonElement>(null);
  const before = useRef<Element | null>(null);
  useEffect(() => {
    if (visible) {
      before.current = document.activeElement;
      button.current?.focus();
      return;
    }
    // Hidden by the button or by any key or tap (which also extends): the button is gone, so focus would fall
    // to the page's start; it goes back where the user was.
    const previous = before.current;
    before.current = null;
    const lost = document.activeElement === null || document.activeElement === document.body;
    if (lost && previous instanceof HTMLElement && previous.isConnected) previous.focus();
  }, [visible]);
  const time = minutes === 1 ? s('idle.minutes.one') : s('idle.minutes.other', { count: minutes });
  return (
    <div aria-live="assertive" aria-atomic="true">
      {visible && (
        <div className="ui-banner ui-banner--warning" role="region" aria-labelledby="idle-warning-title">
          <div className="ui-banner__header">
            <h2 className="ui-banner__title" id="idle-warning-title">
              {s('idle.title')}
            </h2>
          </div>
          <div className="ui-banner__content">
            <p>{s('idle.text', { minutes: time })}</p>
            <button ref={button} type="button" className="button" onClick={onExtend}>
              {s('idle.extend')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
