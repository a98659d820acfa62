import { Link } from 'react-router';
import type { IncomeEntryAnswers } from '../../../domain/application/draft-answers';
import type { HouseholdPerson } from '../../../domain/application/household-people';
import { formatMoney } from '../../../domain/money/format-money';
import { useMessages } from '../../../i18n/feature-messages';
import { useI18n } from '../../../i18n/use-i18n';
import { personName } from '../form/person-name';
import { IncomeEntryCard } from './income-entry-card';
import { incomeEntryFigures } from './income-entry-figures';
import { incomeMessages } from './income-messages';

export const personAnchor = (memberId: string) => `income-person-${memberId}`;

type Props = {
  person: HouseholdPerson;
  entries: readonly IncomeEntryAnswers[];
  /** The person was declared to have no income in the year. */
  saysNone: boolean;
  memberIds: readonly string[];
  year: number;
  addLink: string;
  onRemove: (entry: IncomeEntryAnswers, name: string) => void;
  onToggleNoIncome: () => void;
};

/** One counted person on the income overview: their entries, the counted total, add or "keine Einnahmen". */
export function IncomePersonSection(props: Props) {
  const { person, entries, saysNone, memberIds, year, addLink, onRemove, onToggleNoIncome } = props;
  const t = useMessages(incomeMessages);
  const { language } = useI18n();
  const locale = language === 'en' ? 'en' : 'de';
  const { name, self } = personName(person, { self: t('person.self'), unnamed: t('person.unnamed') });
  const figures = entries.map((entry) => incomeEntryFigures(entry, memberIds));
  const total = figures.reduce((sum, item) => sum + (item?.countedCents ?? 0), 0);
  return (
    <section className="income-person" aria-labelledby={personAnchor(person.id)}>
      <h2 id={personAnchor(person.id)} tabIndex={-1}>
        {name}
      </h2>
      {entries.length === 0 && !saysNone && <p className="hint">{t('person.noEntries')}</p>}
      {entries.map((entry, index) => (
        <IncomeEntryCard
          key={entry.id}
          entry={entry}
          figures={figures[index]}
          personName={name}
          year={year}
          locale={locale}
          onRemove={() => onRemove(entry, name)}
        />
      ))}
      {entries.length > 0 && (
        <p>
          <strong>{t('person.total', { year, amount: formatMoney(total, locale) })}</strong>
        </p>
      )}
      {saysNone && (
        <p>
          {self ? t('noIncome.declaredSelf', { year }) : t('noIncome.declared', { name, year })}{' '}
          <button type="button" className="link-button" onClick={onToggleNoIncome}>
            {t('noIncome.withdraw')}{' '}
            <span className="visually-hidden">{t('noIncome.withdrawContext', { name })}</span>
          </button>
        </p>
      )}
      <ul className="inline-list">
        <li>
          <Link to={addLink}>{self ? t('person.addSelf') : t('person.add', { name })}</Link>
        </li>
        {entries.length === 0 && !saysNone && (
          <li>
            <button type="button" className="link-button" onClick={onToggleNoIncome}>
              {self ? t('noIncome.declareSelf', { year }) : t('noIncome.declare', { name, year })}
            </button>
          </li>
        )}
      </ul>
    </section>
  );
}
