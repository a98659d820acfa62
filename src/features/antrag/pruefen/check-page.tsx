import { Link, Navigate } from 'react-router';
import { readyToSend, sectionStates } from '../../../domain/application/section-status';
import { useLocalized, useMessages } from '../../../i18n/feature-messages';
import { useI18n } from '../../../i18n/use-i18n';
import { NotificationBanner } from '../../../ui/notification-banner';
import { PageHeading } from '../../../ui/page-heading';
import { usePageTitle } from '../../../ui/use-page-title';
import { antragMessages } from '../antrag-messages';
import { useDraft } from '../draft/draft-context';
import { sections } from '../flow/sections';
import { MissingList } from '../form/missing-list';
import { checkMessages } from './check-messages';

/** "Angaben prüfen": open at any time; lists what is missing per section, each with a link that fixes it. */
export function CheckPage() {
  const t = useMessages(checkMessages);
  const frame = useMessages(antragMessages);
  const { t: core } = useI18n();
  const localized = useLocalized();
  const { draft, context } = useDraft();
  usePageTitle(t('title'), core('app.name'));
  if (!draft || !context) return <Navigate to="/antrag/jahr" replace />;
  const states = sectionStates(draft, context);
  const ready = readyToSend(states);
  return (
    <div className="page">
      <PageHeading>{t('title')}</PageHeading>
      {ready ? (
        <NotificationBanner kind="success" title={t('ready.title')}>
          <p>{t('ready.text')}</p>
        </NotificationBanner>
      ) : (
        <p>{t('notReady')}</p>
      )}
      {sections.map((section) => {
        const state = states[section.id];
        return (
          <section key={section.id} aria-labelledby={`check-${section.id}`}>
            <h2 id={`check-${section.id}`}>{frame(section.title)}</h2>
            {state.status === 'notNeeded' && state.reason && <p>{localized(state.reason)}</p>}
            {state.status === 'complete' && (
              <p>
                {t('complete')} <Link to={section.path}>{t('view', { section: frame(section.title) })}</Link>
              </p>
            )}
            <MissingList
              items={state.missing}
              title={t('missing')}
              localized={localized}
              returnTo="/antrag/pruefen"
            />
          </section>
        );
      })}
      <Link className="button button--secondary" to="/antrag">
        {t('back')}
      </Link>
    </div>
  );
}
