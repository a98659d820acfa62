import type { ReactNode } from 'react';
import { Link } from 'react-router';
import './ui.css';

export type SummaryListAction = {
  to: string;
  /** The visible word, e.g. "Ändern" or "Entfernen". */
  label: string;
  /** What is changed, for screen readers: "Ändern <Name>" instead of ten links all called "Ändern". */
  hiddenContext: string;
  /** Router state, e.g. `{ returnTo: '/antrag/pruefen' }` so the question page goes back to check answers. */
  state?: unknown;
};

export type SummaryListRow = { key: string; value: ReactNode; actions?: readonly SummaryListAction[] };

/** GOV.UK summary list: one `<dt>`/`<dd>` pair per answer, with change links that say what they change. */
export function SummaryList({ rows }: { rows: readonly SummaryListRow[] }) {
  return (
    <dl className="summary-list ui-summary-list">
      {rows.map((row, index) => (
        <div className="ui-summary-list__row" key={`${index}-${row.key}`}>
          <dt>{row.key}</dt>
          <dd>{row.value}</dd>
          {row.actions && row.actions.length > 0 && (
            <dd className="ui-summary-list__actions">
              {row.actions.length === 1 && row.actions[0] ? (
                <ActionLink action={row.actions[0]} />
              ) : (
                <ul className="ui-summary-list__action-list">
                  {row.actions.map((action) => (
                    <li key={`${action.to}-${action.label}`}>
                      <ActionLink action={action} />
                    </li>
                  ))}
                </ul>
              )}
            </dd>
          )}
        </div>
      ))}
    </dl>
  );
}

function ActionLink({ action }: { action: SummaryListAction }) {
  return (
    <Link className="ui-summary-list__link" to={action.to} state={action.state}>
      {action.label} <span className="visually-hidden">{action.hiddenContext}</span>
    </Link>
  );
}
