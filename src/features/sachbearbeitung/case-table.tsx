import type { ReactNode } from 'react';

export type CaseTableProps = {
  /** The caption's id; the scroll region around the table is named by it. */
  id: string;
  caption: string;
  /** The column headings, in order (each is its own key: a table never repeats one). */
  columns: readonly string[];
  /** The body's rows. */
  children: ReactNode;
};

/**
 * A wide table of the case page with its caption hidden (the heading above says the same) inside a focusable
 * scroll region (axe scrollable-region-focusable) named by that caption: a member's incomes and receipts
 * (member-part-view.tsx) are laid out alike, so one component keeps them so.
 */
export function CaseTable({ id, caption, columns, children }: CaseTableProps) {
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <div className="case-table-wrapper" role="region" aria-labelledby={id} tabIndex={0}>
      <table className="case-table">
        <caption id={id} className="visually-hidden">
          {caption}
        </caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
