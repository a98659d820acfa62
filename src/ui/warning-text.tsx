import type { ReactNode } from 'react';
import { useUiMessages } from './ui-messages';
import './ui.css';

/** GOV.UK warning text: for consequences people must not miss ("Falsche Angaben können …"). */
export function WarningText({ children }: { children: ReactNode }) {
  const t = useUiMessages();
  return (
    <div className="ui-warning-text">
      <span className="ui-warning-text__icon" aria-hidden="true">
        !
      </span>
      <strong className="ui-warning-text__text">
        <span className="visually-hidden">{t('warning.prefix')}:</span> {children}
      </strong>
    </div>
  );
}
