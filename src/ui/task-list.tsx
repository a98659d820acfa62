import { Link } from 'react-router';
import './ui.css';

export type TaskStatusKind = 'complete' | 'inProgress' | 'notStarted' | 'notNeeded' | 'cannotStart';

export type TaskListItem = {
  /** Unique on the page: the status and hint ids derive from it. */
  id: string;
  title: string;
  /** Without a link the task cannot be started yet (e.g. "Prüfen und absenden" before everything is complete). */
  to?: string;
  hint?: string;
  /** The status in words; the kind only chooses the look, so nothing depends on colour (WCAG 1.4.1). */
  status: { label: string; kind: TaskStatusKind };
};

// GOV.UK: tags draw attention to what still needs doing; finished or impossible tasks are plain text.
const tagged: ReadonlySet<TaskStatusKind> = new Set(['inProgress', 'notStarted']);

/** GOV.UK task list: each row is one link (the whole row is clickable), described by its status and hint. */
export function TaskList({ items }: { items: readonly TaskListItem[] }) {
  return (
    <ul className="ui-task-list">
      {items.map((item) => {
        const statusId = `task-${item.id}-status`;
        const hintId = item.hint ? `task-${item.id}-hint` : undefined;
        const describedBy = hintId ? `${hintId} ${statusId}` : statusId;
        return (
          <li
            key={item.id}
            className={item.to ? 'ui-task-list__item ui-task-list__item--with-link' : 'ui-task-list__item'}
          >
            <div className="ui-task-list__name">
              {item.to ? (
                <Link className="ui-task-list__link" to={item.to} aria-describedby={describedBy}>
                  {item.title}
                </Link>
              ) : (
                <span className="ui-task-list__title">{item.title}</span>
              )}
              {item.hint && (
                <div className="field-hint ui-task-list__hint" id={hintId}>
                  {item.hint}
                </div>
              )}
            </div>
            <div className={`ui-task-list__status ui-task-list__status--${item.status.kind}`} id={statusId}>
              {tagged.has(item.status.kind) ? (
                <strong className={`ui-tag ui-tag--${item.status.kind}`}>{item.status.label}</strong>
              ) : (
                item.status.label
              )}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
