import { Fragment } from 'react';
import { Link } from 'react-router';
import { sectionIds, type SectionId, type SectionState } from '../../../domain/application/check-application';
import { useMessages } from '../../../i18n/feature-messages';
import { NotificationBanner } from '../../../ui/notification-banner';
import { fieldId } from '../form/use-step-form';
import { checkMessages } from './check-messages';
import { checkPath } from './check-paths';
import { missingPath } from '../flow/flow-paths';
import { useMissingText } from '../flow/use-missing-text';
import { summaryMessages } from './summary-messages';

/**
 * What is still missing, per section, each item a link to the page that fixes it (and back here after saving).
 * It is the target of the error summary's "Ergänzen Sie zuerst …" link, hence focusable.
 */
export function MissingSummary({ states }: { states: Record<SectionId, SectionState> }) {
  const t = useMessages(checkMessages);
  const titles = useMessages(summaryMessages);
  const text = useMissingText();
  const open = sectionIds.filter((id) => states[id].missing.length > 0);
  if (open.length === 0) return null;
  return (
    <div id={fieldId('sections')} tabIndex={-1}>
      <NotificationBanner kind="warning" title={t('missing')}>
        <p>{t('notReady')}</p>
        {open.map((id) => (
          <Fragment key={id}>
            <h3>{titles(`section.${id}`)}</h3>
            <ul className="bullets">
              {states[id].missing.map((item) => (
                <li key={`${item.page}.${item.code}.${item.id ?? ''}`}>
                  <Link to={missingPath(item)} state={{ returnTo: checkPath }}>
                    {text.missing(item)}
                  </Link>
                </li>
              ))}
            </ul>
          </Fragment>
        ))}
      </NotificationBanner>
    </div>
  );
}
