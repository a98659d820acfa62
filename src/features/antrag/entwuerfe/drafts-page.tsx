import { Link, useNavigate } from 'react-router';
import { useMessages } from '../../../i18n/feature-messages';
import { formatInstantDate } from '../../../i18n/format-date';
import { useI18n } from '../../../i18n/use-i18n';
import { PageHeading } from '../../../ui/page-heading';
import { usePageTitle } from '../../../ui/use-page-title';
import { submissionMessages } from '../draft/submission-messages';
import { ConfirmAction } from '../form/confirm-action';
import { DeleteEverythingButton } from '../gates/delete-everything-button';
import { ExportForm } from './export-form';
import { ImportForm } from './import-form';
import { gateMessages } from '../gates/gate-messages';
import { draftsMessages } from './drafts-messages';
import { useDraftList } from '../draft/use-draft-list';

/** Drafts on this device: open, delete, move to another device, or delete everything. */
export function DraftsPage() {
  const dm = useMessages(draftsMessages);
  const g = useMessages(gateMessages);
  const s = useMessages(submissionMessages);
  const { t: core, language } = useI18n();
  const navigate = useNavigate();
  const { drafts, brokenDrafts, draft, openDraft, deleteDraft, storeKind } = useDraftList();
  usePageTitle(dm('drafts.title'), core('app.name'));
  const date = (iso: string) => formatInstantDate(iso, language, 'long');
  return (
    <div className="page">
      <PageHeading>{dm('drafts.title')}</PageHeading>
      <p>{storeKind === 'device' ? dm('drafts.whereDevice') : dm('drafts.whereVisit')}</p>
      {drafts.length === 0 ? (
        <p>{dm('drafts.none')}</p>
      ) : (
        <ul className="draft-list">
          {drafts.map((summary) => {
            const broken = brokenDrafts.find((entry) => entry.id === summary.id);
            return (
              <li key={summary.id} className="draft-list__item">
                <h2 className="draft-list__title">{dm('drafts.year', { year: summary.year })}</h2>
                <p>
                  {dm('drafts.changed', { date: date(summary.updatedAt) })}
                  {storeKind === 'device' && <> {dm('drafts.expires', { date: date(summary.expiresAt) })}</>}
                </p>
                {summary.submission?.state === 'sent' && (
                  <p>{s('drafts.sent', { reference: summary.submission.reference })}</p>
                )}
                {summary.submission?.state === 'pending' && (
                  <p>{s('drafts.pending', { date: date(summary.submission.until) })}</p>
                )}
                {broken && <p className="field-error">{dm('drafts.broken')}</p>}
                <div className="button-row">
                  {!broken && draft?.id !== summary.id && (
                    <button
                      type="button"
                      className="button"
                      onClick={() => void openDraft(summary.id).then((ok) => ok && navigate('/antrag'))}
                    >
                      {dm('drafts.open', { year: summary.year })}
                    </button>
                  )}
                  {draft?.id === summary.id && (
                    <Link className="button" to="/antrag">
                      {dm('drafts.continue', { year: summary.year })}
                    </Link>
                  )}
                  <ConfirmAction
                    label={dm('drafts.delete', { year: summary.year })}
                    question={dm('drafts.deleteQuestion', { year: summary.year })}
                    confirmLabel={dm('drafts.deleteConfirm')}
                    cancelLabel={g('deleteAll.cancel')}
                    onConfirm={() => void deleteDraft(summary.id)}
                  />
                </div>
              </li>
            );
          })}
        </ul>
      )}
      <p>
        <Link to="/antrag/jahr">{dm('drafts.new')}</Link>
      </p>
      {draft && <ExportForm />}
      <ImportForm />
      <h2>{g('deleteAll.title')}</h2>
      <p>{g('deleteAll.text')}</p>
      <DeleteEverythingButton onDeleted={() => void navigate('/')} />
    </div>
  );
}
