import type { ReactNode } from 'react';
import type { HouseholdPerson } from '../../../domain/application/household-people';
import type { SectionState } from '../../../domain/application/check-application';
import { useMissingText } from '../flow/use-missing-text';
import { formatMoney, type MoneyLocale } from '../../../domain/money/format-money';
import { useMessages } from '../../../i18n/feature-messages';
import { useI18n } from '../../../i18n/use-i18n';
import type { SummaryListAction } from '../../../ui/summary-list';
import { checkPath } from './check-paths';
import { summaryMessages } from './summary-messages';

/** Router state for every change link: the question page returns here after "Speichern und weiter". */
const returnHere = { returnTo: checkPath };

/** What every section's summary needs: its messages, money in the user's language, change links, file counts. */
export function useSummaryParts() {
  const t = useMessages(summaryMessages);
  const { language } = useI18n();
  const locale: MoneyLocale = language === 'en' ? 'en' : 'de';
  return {
    t,
    locale,
    money: (cents: number) => formatMoney(cents, locale),
    change: (to: string, hiddenContext: string): SummaryListAction[] => [
      { to, label: t('change'), hiddenContext, state: returnHere },
    ],
    /** As typed; "Sie" for the applicant and "Person ohne Namen" for a member before a name is entered. */
    nameOf: (person: HouseholdPerson) =>
      person.name ?? (person.relation === 'applicant' ? t('household.you') : t('household.unnamed')),
    files: (ids: readonly string[] | undefined) =>
      (ids?.length ?? 0) === 1 ? t('files.one') : t('files.many', { count: ids?.length ?? 0 }),
  };
}

type ValueProps = {
  /** The checked value formatted; '' for an optional answer left empty; undefined while the answer is not valid. */
  checked: string | undefined;
  /** What the user typed, shown while the answer is not valid. */
  typed?: string | undefined;
};

/**
 * One answer: the checked value, or what was typed marked "unvollständig" in words (not by colour alone), so that
 * nothing the user wrote disappears from the check page.
 */
export function AnswerValue({ checked, typed }: ValueProps) {
  const { t } = useSummaryParts();
  if (checked !== undefined) return <>{checked.trim() === '' ? t('empty') : checked}</>;
  const raw = typed?.trim() ?? '';
  return (
    <>
      {raw === '' ? t('empty') : raw} <strong className="ui-tag ui-tag--inProgress">{t('incomplete')}</strong>
    </>
  );
}

type SectionProps = {
  id: string;
  title: string;
  /** A section that is not needed or cannot start yet shows its reason instead of answers. */
  state?: SectionState;
  children: ReactNode;
};

/** A section of the check page: its h2, then its summary lists (or why there are none). */
export function SummarySection({ id, title, state, children }: SectionProps) {
  const text = useMissingText();
  const waiting = state?.status === 'notNeeded' || state?.status === 'cannotStart';
  return (
    <section className="check-section" aria-labelledby={`check-${id}`}>
      <h2 id={`check-${id}`}>{title}</h2>
      {waiting && state.reason ? <p>{text.reason(state.reason)}</p> : children}
    </section>
  );
}
