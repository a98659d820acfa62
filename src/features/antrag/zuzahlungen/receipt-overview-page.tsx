import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { applicationLimit } from '../../../domain/application/application-limit';
import type { ReceiptEntryAnswers } from '../../../domain/application/draft-answers';
import type { SectionState } from '../../../domain/application/check-application';
import { formatMoney } from '../../../domain/money/format-money';
import { receiptWarnings } from '../../../domain/zuzahlung/receipt-warnings';
import { countsTowardLimit } from '../../../domain/zuzahlung/payment-category';
import { useMessages } from '../../../i18n/feature-messages';
import { pluralKey } from '../../../i18n/plural';
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
import { personName } from '../form/person-name';
import { useUndoableRemoval } from '../form/use-undoable-removal';
import { checkedReceipts } from './checked-receipts';
import { NotCountingNotice } from './not-counting-notice';
import { SeparatelyProvided } from '../mitwirken/separately-provided';
import { receiptMessages } from './receipt-messages';
import { receiptPeople } from './receipt-people';
import { receiptAnchor, ReceiptRow } from './receipt-row';
import { ReceiptTotals } from './receipt-totals';
import './receipts.css';
import { pagePath, tasksPath } from '../flow/flow-paths';

type Removed = { id: string; entry: ReceiptEntryAnswers; date: string; amount: string };

const confirmId = 'receipts-confirm';

/**
 * The receipt ledger: the running total from the rule engine, every receipt by date with its warnings, change and
 * remove (with undo), and the confirmation that all receipts of the year are entered.
 */
export function ReceiptOverviewPage() {
  const { checked } = useOpenDraft();
  const state = checked.sections.zuzahlungen;
  if (state.status === 'notNeeded' || state.status === 'cannotStart') return <NotYet state={state} />;
  return <Ledger />;
}

/** Next year's advance payment needs no receipts, or the household is not complete yet. */
function NotYet({ state }: { state: SectionState }) {
  const t = useMessages(receiptMessages);
  return (
    <SectionNotOpenPage
      state={state}
      caption={t('caption')}
      title={t('overview.title')}
      notNeededTitle={t('notNeeded.title')}
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

function Ledger() {
  const { draft, context, checked: application } = useOpenDraft();
  const t = useMessages(receiptMessages);
  const frame = useMessages(antragMessages);
  const { t: core, language } = useI18n();
  const locale = language === 'en' ? 'en' : 'de';
  const navigate = useNavigate();
  const updateAnswers = useUpdateAnswers();
  const [attempts, setAttempts] = useState(0);
  const [freshId] = useState(newId);
  const { removed, bannerRef, removedAt, undo } = useUndoableRemoval<Removed>({
    restore: ({ entry }, index) =>
      updateAnswers('receipts', (previous) => {
        const list = (previous?.entries ?? []).filter((item) => item.id !== entry.id);
        return { ...previous, entries: [...list.slice(0, index), entry, ...list.slice(index)] };
      }),
    anchorOf: receiptAnchor,
  });

  const receipts = draft.answers.receipts ?? {};
  const entries = receipts.entries ?? [];
  const people = application.people;
  const memberIds = application.counted.map((p) => p.id);
  // From the draft's one checked pass: no receipt is checked again here.
  const checked = checkedReceipts(application);
  const all = [...checked.values()];
  const household = receiptPeople(application);
  const warnings = new Map(all.map((receipt) => [receipt.id, receiptWarnings(receipt, all, household)]));
  const limit = applicationLimit(application);
  const counts = (entry: ReceiptEntryAnswers) =>
    entry.memberId !== undefined &&
    memberIds.includes(entry.memberId) &&
    entry.category !== undefined &&
    countsTowardLimit(entry.category);
  const notCountedCents = entries
    .filter((entry) => !counts(entry))
    .reduce((sum, entry) => sum + (checked.get(entry.id)?.amountCents ?? 0), 0);
  // By the date a receipt counts on; incomplete receipts first, where they catch the eye.
  const sorted = entries
    .map((entry, index) => ({ entry, index, on: checked.get(entry.id)?.countsOn ?? '' }))
    .sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : a.index - b.index));
  const words = { self: t('person.self'), unnamed: t('person.unnamed') };
  const nameOf = (id: string | undefined) => {
    const person = people.find((candidate) => candidate.id === id);
    return person ? personName(person, words).name : '';
  };

  const state = application.sections.zuzahlungen;
  const errors: FieldError[] =
    attempts === 0
      ? []
      : entries
          .filter((entry) => !checked.has(entry.id))
          .map((entry) => ({
            fieldId: receiptAnchor(entry.id),
            message: t('confirm.error.entry', { date: entry.date ?? entry.periodTo ?? t('row.untitled') }),
          }));
  usePageTitle(
    errors.length > 0 ? `${frame('form.errorTitlePrefix')} ${t('overview.title')}` : t('overview.title'),
    core('app.name'),
  );

  const remove = (entry: ReceiptEntryAnswers, date: string, amount: string) => {
    const index = entries.findIndex((item) => item.id === entry.id);
    updateAnswers('receipts', (previous) => ({
      ...previous,
      entries: (previous?.entries ?? []).filter((item) => item.id !== entry.id),
    }));
    // The photo stays in the draft, so that "Rückgängig" gives back the receipt with its files.
    removedAt({ id: entry.id, entry, date, amount }, index);
  };
  const confirm = (event: FormEvent) => {
    event.preventDefault();
    setAttempts((count) => count + 1);
    if (entries.some((entry) => !checked.has(entry.id))) return;
    updateAnswers('receipts', (previous) => ({ ...previous, complete: true }));
    void navigate(tasksPath);
  };

  return (
    <div className="page">
      <BackLink to={tasksPath}>{frame('form.back')}</BackLink>
      <ErrorSummary title={frame('form.errorSummary')} errors={errors} submitCount={attempts} />
      {removed && (
        <div ref={bannerRef} tabIndex={-1}>
          <NotificationBanner kind="success" title={t('removed.title')}>
            <p>{t('removed.text', { date: removed.date, amount: removed.amount })}</p>
            <button type="button" className="button button--secondary" onClick={undo}>
              {t('removed.undo')}
            </button>
          </NotificationBanner>
        </div>
      )}
      <p className="caption">{t('caption')}</p>
      <PageHeading>{t('overview.title')}</PageHeading>
      <p>{t('overview.intro', { year: context.year })}</p>
      <NotCountingNotice />
      {limit && <ReceiptTotals limit={limit} notCountedCents={notCountedCents} locale={locale} />}
      {/* Members who handed in their own part (issue 14): their co-payments count, their receipts stay theirs. */}
      {[...application.memberParts.values()].map((part) => (
        <SeparatelyProvided key={part.memberId} name={nameOf(part.memberId)} part={part} />
      ))}
      <p>
        <Link className="button" to={pagePath('receipts.entry', { receiptId: freshId })}>
          {t('overview.add')}
        </Link>
      </p>
      <h2>
        {entries.length === 0
          ? t('overview.none')
          : t(pluralKey('overview.count', entries.length), { count: entries.length })}
      </h2>
      {entries.length > 0 && (
        <ol className="receipt-list" aria-label={t('table.caption')}>
          {sorted.map(({ entry }) => {
            const valid = checked.get(entry.id);
            return (
              <ReceiptRow
                key={entry.id}
                entry={entry}
                checked={valid}
                personName={nameOf(entry.memberId)}
                counts={counts(entry)}
                warnings={warnings.get(entry.id) ?? []}
                locale={locale}
                onRemove={() =>
                  remove(
                    entry,
                    valid ? valid.countsOn.split('-').reverse().join('.') : (entry.date ?? ''),
                    valid ? formatMoney(valid.amountCents, locale) : (entry.amount ?? ''),
                  )
                }
              />
            );
          })}
        </ol>
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
          <h2 id={confirmId}>{t('confirm.title', { year: context.year })}</h2>
          <p className="hint">{t('confirm.hint')}</p>
          <button type="submit" className="button">
            {t('confirm.button')}
          </button>
        </form>
      )}
    </div>
  );
}
