import { Link } from 'react-router';
import { useMessages } from '../../../i18n/feature-messages';
import { useI18n } from '../../../i18n/use-i18n';
import { NotificationBanner } from '../../../ui/notification-banner';
import { antragMessages } from '../antrag-messages';
import { useDraft } from '../draft/draft-context';

/** Where the answers are kept, on every page of the wizard; a failed save says so loudly and offers a retry. */
export function SaveStatus() {
  const t = useMessages(antragMessages);
  const { language } = useI18n();
  const { storeKind, saveState, retrySave, resolveConflict, passphraseProtected, lock, draft } = useDraft();
  if (saveState.status === 'conflict') {
    return (
      <NotificationBanner kind="warning" title={t('save.conflict.title')}>
        <p>{t('save.conflict.text')}</p>
        <div className="button-row">
          <button type="button" className="button" onClick={() => resolveConflict('theirs')}>
            {t('save.conflict.theirs')}
          </button>
          <button type="button" className="button button--secondary" onClick={() => resolveConflict('mine')}>
            {t('save.conflict.mine')}
          </button>
        </div>
      </NotificationBanner>
    );
  }
  if (saveState.status === 'failed') {
    return (
      <NotificationBanner kind="error" title={t('save.failed.title')} announce>
        <p>{saveState.code === 'quota' ? t('save.failed.quota') : t('save.failed.other')}</p>
        <button type="button" className="button button--secondary" onClick={retrySave}>
          {t('save.retry')}
        </button>
      </NotificationBanner>
    );
  }
  const time =
    saveState.status === 'saved' && saveState.at
      ? new Intl.DateTimeFormat(language, { hour: '2-digit', minute: '2-digit' }).format(
          new Date(saveState.at),
        )
      : undefined;
  return (
    // data-save-state lets end-to-end tests wait for the write instead of guessing a time.
    <div className="save-status" data-save-state={saveState.status}>
      <p>
        {storeKind === 'device' ? t('save.device') : t('save.visit')}
        {draft && time && ` ${t('save.lastSaved', { time })}`}
      </p>
      <ul className="inline-list">
        <li>
          <Link to="/antrag/entwuerfe">{t('save.manage')}</Link>
        </li>
        {passphraseProtected && (
          <li>
            <button type="button" className="link-button" onClick={lock}>
              {t('save.lock')}
            </button>
          </li>
        )}
      </ul>
    </div>
  );
}
