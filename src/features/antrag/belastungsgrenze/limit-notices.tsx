import { Link } from 'react-router';
import type { MissingItem } from '../../../domain/application/check-application';
import { useMessages } from '../../../i18n/feature-messages';
import { NotificationBanner } from '../../../ui/notification-banner';
import { missingPath } from '../flow/flow-paths';
import { useMissingText } from '../flow/use-missing-text';
import { limitMessages } from './limit-messages';

/** docs/rules/rules.md § 1: a result computed with expected figures must say so, before any of its numbers. */
export function ProvisionalNotice({ year }: { year: number }) {
  const t = useMessages(limitMessages);
  return (
    <NotificationBanner kind="warning" title={t('provisional.title')}>
      <p>{t('provisional.text', { year })}</p>
    </NotificationBanner>
  );
}

/** What the draft still lacks: the figures below leave it out, so they are an interim result. */
export function GapsNotice({ gaps }: { gaps: readonly MissingItem[] }) {
  const t = useMessages(limitMessages);
  const text = useMissingText();
  return (
    <NotificationBanner kind="warning" title={t('gaps.title')}>
      <p>{t('gaps.text')}</p>
      <ul className="bullets">
        {gaps.map((gap, index) => (
          // Two unnamed members give the same text: the position keeps the keys apart.
          <li key={`${index}-${gap.page}-${gap.id ?? ''}`}>
            <Link to={missingPath(gap)}>{text.missing(gap)}</Link>
          </li>
        ))}
      </ul>
      <p>
        <Link to="/antrag">{t('gaps.link')}</Link>
      </p>
    </NotificationBanner>
  );
}
