import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { TaskList } from './task-list';
import { renderUi } from './test-providers';

describe('TaskList', () => {
  it('describes each task link by its hint and status, in words', () => {
    renderUi(
      <TaskList
        items={[
          {
            id: 'person',
            title: 'Persönliche Angaben',
            to: '/person',
            status: { label: 'Vollständig', kind: 'complete' },
          },
          {
            id: 'income',
            title: 'Einnahmen',
            to: '/einnahmen',
            hint: 'Renten, Löhne, Sozialleistungen',
            status: { label: 'In Bearbeitung', kind: 'inProgress' },
          },
          {
            id: 'submit',
            title: 'Prüfen und absenden',
            status: { label: 'Noch nicht möglich', kind: 'cannotStart' },
          },
        ]}
      />,
    );
    expect(screen.getByRole('link', { name: 'Persönliche Angaben' })).toHaveAccessibleDescription(
      'Vollständig',
    );
    const income = screen.getByRole('link', { name: 'Einnahmen' });
    expect(income).toHaveAttribute('href', '/einnahmen');
    expect(income).toHaveAccessibleDescription('Renten, Löhne, Sozialleistungen In Bearbeitung');
    expect(screen.getByText('In Bearbeitung')).toHaveClass('ui-tag');
    expect(screen.queryByRole('link', { name: 'Prüfen und absenden' })).not.toBeInTheDocument();
    expect(screen.getByText('Noch nicht möglich')).toBeInTheDocument();
    expect(screen.getAllByRole('listitem')).toHaveLength(3);
  });
});
