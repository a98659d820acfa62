import type { ReactNode } from 'react';
import { useMessages } from '../i18n/feature-messages';
import { whyDisclosureMessages } from './why-disclosure-messages';
import './why-disclosure.css';

type Props = {
  /** Says what the "Warum?" is about to a screen reader when a page has several (visually hidden). */
  about?: string;
  children: ReactNode;
};

/**
 * A plain reason stays in the text; the legal source, where it helps, sits behind "Warum?" (docs/rules/plain-language.md).
 * A native <details>: keyboard, screen reader and no-JS support come with the element, closed by default.
 */
export function WhyDisclosure({ about, children }: Props) {
  const t = useMessages(whyDisclosureMessages);
  return (
    <details className="ui-why">
      <summary>
        {t('summary')}
        {about && <span className="visually-hidden"> {about}</span>}
      </summary>
      <div className="ui-why__text">{children}</div>
    </details>
  );
}
