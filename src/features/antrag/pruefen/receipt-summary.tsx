import { Link } from 'react-router';
import type { CheckedApplication, SectionState } from '../../../domain/application/check-application';
import { receiptEntryStep } from '../../../domain/application/steps/receipt-steps';
import { countedPayments } from '../../../domain/zuzahlung/counted-payments';
import { useMessages } from '../../../i18n/feature-messages';
import { SummaryList, type SummaryListRow } from '../../../ui/summary-list';
import { SeparatelyProvided } from '../mitwirken/separately-provided';
import { checkPath } from './check-paths';
import { figuresMessages } from './figures-messages';
import { AnswerValue, SummarySection, useSummaryParts } from './summary-parts';

// The ledger is the Zuzahlungen section's own page (a year may hold hundreds of receipts): the check page shows
// how many there are and the total per person, and links to the list instead of repeating it.
const receiptList = '/antrag/zuzahlungen';

type Props = { checked: CheckedApplication; state: SectionState };

const sumOf = (receipts: readonly { amountCents: number }[]) =>
  receipts.reduce((sum, receipt) => sum + receipt.amountCents, 0);

/** Zuzahlungen: number of receipts and their total per person, the incomplete ones, and a link to the list. */
export function ReceiptSummary({ checked, state }: Props) {
  const { draft, context } = checked;
  const parts = useSummaryParts();
  const t = useMessages(figuresMessages);
  const receipts = draft.answers.receipts ?? {};
  const entries = receipts.entries ?? [];
  const people = checked.people;
  const counted = people.filter((person) => person.decision?.counts === true);
  const step = receiptEntryStep({ ...context, memberIds: counted.map((person) => person.id) });
  const countedIds = counted.map((person) => person.id);
  // What counts is decided as the rule engine decides it (§ 61, § 62 Abs. 2 S. 1 SGB V): a counted person and a
  // category that is a Zuzahlung. The rest was entered but is not counted, and the check page says so apart.
  const sums = people.map((person) => {
    const own = entries.filter((entry) => entry.memberId === person.id);
    const checked = own.flatMap((entry) => {
      const result = step.safeParse(entry);
      return result.success ? [result.data] : [];
    });
    const allCents = sumOf(checked);
    const countedCents = sumOf(countedPayments(checked, countedIds));
    return { person, own, checked, allCents, countedCents, notCountedCents: allCents - countedCents };
  });
  const countedTotal = sums.reduce((sum, entry) => sum + entry.countedCents, 0);
  const notCountedTotal = sums.reduce((sum, entry) => sum + entry.notCountedCents, 0);
  // Entries for someone no longer in the household are kept in the draft; they show up as incomplete.
  const rows = sums.flatMap(
    ({ person, own, checked, allCents, countedCents, notCountedCents }): SummaryListRow[] => {
      if (own.length === 0) return [];
      const name = parts.nameOf(person);
      const amount = parts.money(allCents);
      const incomplete = own.length - checked.length;
      const summary =
        checked.length === 1
          ? t('receipts.personOne', { amount })
          : t('receipts.person', { count: checked.length, amount });
      const split =
        notCountedCents > 0 ? (
          <p className="hint">
            {t('receipts.split', {
              counted: parts.money(countedCents),
              notCounted: parts.money(notCountedCents),
            })}
          </p>
        ) : null;
      return [
        {
          key: name,
          value: (
            <>
              {incomplete === 0 ? (
                summary
              ) : (
                <AnswerValue
                  checked={undefined}
                  typed={`${summary}; ${t('receipts.incomplete', { count: incomplete })}`}
                />
              )}
              {split}
            </>
          ),
          actions: parts.change(receiptList, t('receipts.context', { name })),
        },
      ];
    },
  );
  if (rows.length > 0) {
    rows.push(
      {
        key: t('receipts.countedTotal'),
        value: parts.money(countedTotal),
      },
      {
        key: t('receipts.notCountedTotal'),
        value: (
          <>
            {parts.money(notCountedTotal)}
            {notCountedTotal > 0 && <p className="hint">{t('receipts.notCountedHint')}</p>}
          </>
        ),
      },
    );
  }
  const unassigned = entries.filter((entry) => !people.some((person) => person.id === entry.memberId));
  if (entries.length === 0 || unassigned.length > 0) {
    rows.push({
      key: t('receipts.total'),
      value: (
        <AnswerValue
          checked={undefined}
          typed={
            entries.length === 0 ? t('receipts.none') : t('receipts.incomplete', { count: unassigned.length })
          }
        />
      ),
      actions: parts.change(receiptList, t('receipts.total')),
    });
  }
  rows.push({
    key: t('receipts.complete'),
    value: <AnswerValue checked={receipts.complete === true ? parts.t('yes') : undefined} />,
    actions: parts.change(receiptList, t('receipts.complete')),
  });
  return (
    <SummarySection id="zuzahlungen" title={parts.t('section.zuzahlungen')} state={state}>
      <SummaryList rows={rows} />
      {/* Members who handed in their own part (issue 14): their co-payments as sums only. */}
      {[...checked.memberParts.values()].map((part) => {
        const person = checked.people.find((candidate) => candidate.id === part.memberId);
        return (
          <SeparatelyProvided key={part.memberId} name={person ? parts.nameOf(person) : ''} part={part} />
        );
      })}
      <p>
        <Link to={receiptList} state={{ returnTo: checkPath }}>
          {t('receipts.list')}
        </Link>
      </p>
    </SummarySection>
  );
}
