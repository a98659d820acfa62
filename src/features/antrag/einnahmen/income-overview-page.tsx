import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import type { IncomeEntryAnswers } from '../../../domain/application/draft-answers';
import type { SectionState } from '../../../domain/application/check-application';
import { incomeTypeInfo } from '../../../domain/income/income-catalogue';
import { useLocalized, useMessages } from '../../../i18n/feature-messages';
import { useI18n } from '../../../i18n/use-i18n';
import { BackLink } from '../../../ui/back-link';
import { ErrorSummary, type FieldError } from '../../../ui/error-summary';
import { NotificationBanner } from '../../../ui/notification-banner';
import { PageHeading } from '../../../ui/page-heading';
import { usePageTitle } from '../../../ui/use-page-title';
import { antragMessages } from '../antrag-messages';
import { useOpenDraft } from '../draft/use-open-draft';
import { useUpdateAnswers } from '../draft/use-update-answers';
import { SectionNotOpenPage } from '../form/section-not-open-page';
import { newId } from '../draft/new-id';
import { entryAnchor } from './income-entry-card';
import { incomeMessages } from './income-messages';
import { IncomePersonSection, personAnchor } from './income-person-section';
import { SeparatelyProvided } from '../mitwirken/separately-provided';
import { personName } from '../form/person-name';
import { useUndoableRemoval } from '../form/use-undoable-removal';
import { LimitPanel } from '../belastungsgrenze/limit-panel';
import { pagePath, tasksPath } from '../flow/flow-paths';
import { incomeEntryPath } from './income-entry-path';

type Removed = { id: string; entry: IncomeEntryAnswers; type: string; name: string };

const confirmId = 'income-confirm';

/**
 * The add-another list of the section: for each counted person (§ 62 Abs. 2 S. 1 SGB V) their incomes with
 * change and remove, an add link and "hat keine Einnahmen"; at the end the confirmation that nothing is missing.
 */
export function IncomeOverviewPage() {
  const { checked } = useOpenDraft();
  const state = checked.sections.einnahmen;
  if (state.status === 'notNeeded' || state.status === 'cannotStart') return <NotYet state={state} />;
  return <IncomeLists />;
}

/** The flat rule makes incomes unnecessary (§ 62 Abs. 2 S. 5–6 SGB V), or the household is not complete yet. */
function NotYet({ state }: { state: SectionState }) {
  const t = useMessages(incomeMessages);
  return (
    <SectionNotOpenPage
      state={state}
      caption={t('caption')}
      title={t('overview.title')}
      notNeededTitle={t('notNeeded.title')}
      notNeededMore={
        <p>
          <Link to={pagePath('welfare.kind')}>{t('notNeeded.link')}</Link>
        </p>
      }
      household={{
        title: t('household.title'),
        text: t('household.text'),
        link: t('household.link'),
        to: pagePath('household.overview'),
      }}
      back={{ label: t('overview.back'), to: tasksPath }}
    />
  );
}

function IncomeLists() {
  const { draft, context, checked } = useOpenDraft();
  const t = useMessages(incomeMessages);
  const frame = useMessages(antragMessages);
  const { t: core } = useI18n();
  const localized = useLocalized();
  const navigate = useNavigate();
  const updateAnswers = useUpdateAnswers();
  const [attempts, setAttempts] = useState(0);
  // One fresh id per visit: the add links lead to an entry that does not exist until something is typed.
  const [freshId] = useState(newId);
  const { removed, bannerRef, removedAt, undo } = useUndoableRemoval<Removed>({
    restore: ({ entry }, index) =>
      updateAnswers('incomes', (previous) => {
        const list = (previous?.entries ?? []).filter((item) => item.id !== entry.id);
        return { ...previous, entries: [...list.slice(0, index), entry, ...list.slice(index)] };
      }),
    anchorOf: entryAnchor,
  });

  const year = context.year;
  const state = checked.sections.einnahmen;
  const incomes = draft.answers.incomes ?? {};
  const entries = incomes.entries ?? [];
  const noIncome = incomes.noIncomeMemberIds ?? [];
  const people = checked.counted;
  const memberIds = people.map((person) => person.id);
  const words = { self: t('person.self'), unnamed: t('person.unnamed') };
  const notCounted = checked.people.filter((person) => person.decision?.counts === false);
  // A member who handed in their own part (issue 14) has declared their incomes there.
  const declared = (memberId: string) =>
    entries.some((entry) => entry.memberId === memberId) ||
    noIncome.includes(memberId) ||
    checked.memberParts.has(memberId);

  // The section's own rule decides what is missing (checkApplication); the page turns each item into an
  // instruction that links to the person or the entry on this page. Shown from the first "Ja" on, and kept
  // up to date while the user fixes things. Only the confirmation itself is what this page asks for.
  const missingIfConfirmed = state.missing.filter((item) => item.code !== 'unconfirmed');
  const errors: FieldError[] =
    attempts === 0
      ? []
      : [
          ...people
            .filter((person) => !declared(person.id))
            .map((person) => {
              const { name, self } = personName(person, words);
              return {
                fieldId: personAnchor(person.id),
                message: self ? t('confirm.error.self') : t('confirm.error.person', { name }),
              };
            }),
          ...missingIfConfirmed
            .filter((item) => item.page === 'incomes.entry')
            .map((item) => {
              const id = item.id ?? '';
              const memberId = entries.find((entry) => entry.id === id)?.memberId;
              const person = people.find((candidate) => candidate.id === memberId);
              return {
                fieldId: entryAnchor(id),
                message: t('confirm.error.entry', {
                  name: person ? personName(person, words).name : words.unnamed,
                }),
              };
            }),
        ];
  usePageTitle(
    errors.length > 0 ? `${frame('form.errorTitlePrefix')} ${t('overview.title')}` : t('overview.title'),
    core('app.name'),
  );

  const remove = (entry: IncomeEntryAnswers, name: string) => {
    const index = entries.findIndex((item) => item.id === entry.id);
    const type = entry.type ? localized(incomeTypeInfo(entry.type).label) : t('entry.untitled');
    updateAnswers('incomes', (previous) => ({
      ...previous,
      entries: (previous?.entries ?? []).filter((item) => item.id !== entry.id),
    }));
    // The proof files stay in the draft, so that "Rückgängig" gives back the entry with its files.
    removedAt({ id: entry.id, entry, type, name }, index);
  };
  const toggleNoIncome = (memberId: string) =>
    updateAnswers('incomes', (previous) => {
      const ids = previous?.noIncomeMemberIds ?? [];
      return {
        ...previous,
        noIncomeMemberIds: ids.includes(memberId) ? ids.filter((id) => id !== memberId) : [...ids, memberId],
      };
    });
  const confirm = (event: FormEvent) => {
    event.preventDefault();
    setAttempts((count) => count + 1);
    if (missingIfConfirmed.length > 0) return;
    updateAnswers('incomes', (previous) => ({ ...previous, complete: true }));
    void navigate(tasksPath);
  };

  return (
    <div className="page">
      <BackLink to={tasksPath}>{frame('form.back')}</BackLink>
      <ErrorSummary title={frame('form.errorSummary')} errors={errors} submitCount={attempts} />
      {removed && (
        <div ref={bannerRef} tabIndex={-1}>
          <NotificationBanner kind="success" title={t('removed.title')}>
            <p>{t('removed.text', { type: removed.type, name: removed.name })}</p>
            <button type="button" className="button button--secondary" onClick={undo}>
              {t('removed.undo')}
            </button>
          </NotificationBanner>
        </div>
      )}
      <p className="caption">{t('caption')}</p>
      <PageHeading>{t('overview.title')}</PageHeading>
      <p>{t('overview.intro.counts', { year })}</p>
      <p>{t('overview.intro.notCounted')}</p>
      <LimitPanel />

      {people.map((person) => {
        const part = checked.memberParts.get(person.id);
        return part ? (
          <SeparatelyProvided
            key={person.id}
            name={personName(person, words).name}
            part={part}
            headingId={personAnchor(person.id)}
          />
        ) : (
          <IncomePersonSection
            key={person.id}
            person={person}
            entries={entries.filter((entry) => entry.memberId === person.id)}
            saysNone={noIncome.includes(person.id)}
            memberIds={memberIds}
            year={year}
            addLink={incomeEntryPath(freshId, person.id)}
            onRemove={remove}
            onToggleNoIncome={() => toggleNoIncome(person.id)}
          />
        );
      })}

      {notCounted.length > 0 && (
        <>
          <h2>{t('notCounted.title')}</h2>
          <ul className="bullets">
            {notCounted.map((person) => (
              <li key={person.id}>
                {t('notCounted.item', { name: personName(person, words).name })}{' '}
                {person.decision && <span className="hint">{localized(person.decision.explanation)}</span>}
              </li>
            ))}
          </ul>
        </>
      )}

      {state.status === 'complete' ? (
        <>
          <p>{t('confirm.done')}</p>
          <Link className="button" to={tasksPath}>
            {t('overview.back')}
          </Link>
        </>
      ) : (
        <form onSubmit={confirm} noValidate aria-labelledby={confirmId}>
          <h2 id={confirmId}>{t('confirm.title')}</h2>
          <p className="hint">{t('confirm.hint', { year })}</p>
          <button type="submit" className="button">
            {t('confirm.button')}
          </button>
        </form>
      )}
    </div>
  );
}
