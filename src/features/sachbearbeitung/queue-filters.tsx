import { useId, type FormEvent } from 'react';
import { Link } from 'react-router';
import { caseFlags } from '../../api/contracts/caseworker-queue';
import { submissionStatusOrder } from '../../api/contracts/submission';
import { useMessages } from '../../i18n/feature-messages';
import { sachbearbeitungMessages } from './sachbearbeitung-messages';
import { queueStateFrom, type QueueState } from './queue-state';

export const pageSizes = [10, 25, 50, 100] as const;

/**
 * Search and filters of the queue: one form, applied with its button (no request while typing, no change of the
 * page on selecting an option). Its fields start from the address, so back and forward show what was searched.
 */
export function QueueFilters({
  state,
  years,
  onApply,
}: {
  state: QueueState;
  years: readonly number[];
  onApply: (next: QueueState) => void;
}) {
  const t = useMessages(sachbearbeitungMessages);
  const id = useId();
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const params = new URLSearchParams();
    for (const [name, value] of data) if (typeof value === 'string') params.set(name, value);
    const picked = queueStateFrom(params);
    // A new search starts on its first page, in the order chosen before.
    onApply({ ...picked, sort: state.sort, order: state.order, page: 1 });
  };
  return (
    <form role="search" aria-labelledby={`${id}-legend`} onSubmit={submit} noValidate>
      <h2 id={`${id}-legend`}>{t('queue.search.legend')}</h2>
      <div className="field">
        <label htmlFor={`${id}-q`}>{t('queue.search.label')}</label>
        <div className="field-hint" id={`${id}-q-hint`}>
          {t('queue.search.hint')}
        </div>
        <input
          className="ui-input input--long"
          id={`${id}-q`}
          name="q"
          type="search"
          maxLength={32}
          autoComplete="off"
          spellCheck={false}
          aria-describedby={`${id}-q-hint`}
          defaultValue={state.q ?? ''}
        />
      </div>
      <div className="queue-filters">
        <div className="field">
          <label htmlFor={`${id}-status`}>{t('queue.filter.status')}</label>
          <select className="ui-select" id={`${id}-status`} name="status" defaultValue={state.status ?? ''}>
            <option value="">{t('queue.filter.any')}</option>
            {submissionStatusOrder.map((status) => (
              <option key={status} value={status}>
                {t(`queue.status.${status}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-year`}>{t('queue.filter.year')}</label>
          <select
            className="ui-select"
            id={`${id}-year`}
            name="year"
            defaultValue={state.year === undefined ? '' : String(state.year)}
          >
            <option value="">{t('queue.filter.any')}</option>
            {years.map((year) => (
              <option key={year} value={String(year)}>
                {year}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-flag`}>{t('queue.filter.flag')}</label>
          <select className="ui-select" id={`${id}-flag`} name="flag" defaultValue={state.flag ?? ''}>
            <option value="">{t('queue.filter.any')}</option>
            {caseFlags.map((flag) => (
              <option key={flag} value={flag}>
                {t(`queue.flag.${flag}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-pageSize`}>{t('queue.filter.pageSize')}</label>
          <select
            className="ui-select"
            id={`${id}-pageSize`}
            name="pageSize"
            defaultValue={String(state.pageSize)}
          >
            {pageSizes.map((size) => (
              <option key={size} value={String(size)}>
                {size}
              </option>
            ))}
          </select>
        </div>
      </div>
      <fieldset className="field">
        <legend>{t('queue.filter.assigned')}</legend>
        <div className="radios">
          {(['', 'mine', 'open'] as const).map((value) => (
            <label key={value || 'all'}>
              <input
                type="radio"
                name="assigned"
                value={value}
                defaultChecked={(state.assigned ?? '') === value}
              />
              {t(value === '' ? 'queue.filter.assigned.all' : `queue.filter.assigned.${value}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="button-group">
        <button type="submit" className="button">
          {t('queue.filter.apply')}
        </button>
        <Link to="." className="button button--secondary">
          {t('queue.filter.reset')}
        </Link>
      </div>
    </form>
  );
}
