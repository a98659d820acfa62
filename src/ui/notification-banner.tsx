import { useId, type ReactNode } from 'react';
import './ui.css';

export type NotificationBannerProps = {
  /** The banner's heading; it also says the kind in words ("Wichtig", "Erfolg", …) so colour is not needed. */
  title: string;
  children: ReactNode;
  kind: 'info' | 'success' | 'warning' | 'error';
  headingLevel?: 2 | 3;
  /**
   * Success and error banners that appear in answer to an action (saved, deleted, failed) can be announced at
   * once with role="alert". Banners present when a page loads are regions, read in order.
   */
  announce?: boolean;
};

export function NotificationBanner({
  title,
  children,
  kind,
  headingLevel = 2,
  announce = false,
}: NotificationBannerProps) {
  const titleId = useId();
  const Heading = headingLevel === 3 ? 'h3' : 'h2';
  const alert = announce && (kind === 'success' || kind === 'error');
  return (
    <div
      className={`ui-banner ui-banner--${kind}`}
      role={alert ? 'alert' : 'region'}
      aria-labelledby={titleId}
    >
      <div className="ui-banner__header">
        <Heading className="ui-banner__title" id={titleId}>
          {title}
        </Heading>
      </div>
      <div className="ui-banner__content">{children}</div>
    </div>
  );
}
