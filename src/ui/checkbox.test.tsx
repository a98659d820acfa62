import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useForm, useWatch } from 'react-hook-form';
import { describe, expect, it } from 'vitest';
import { CheckboxField } from './checkbox-field';
import { CheckboxGroup } from './checkbox-group';
import { renderUi } from './test-providers';

function Harness({ error }: { error?: string }) {
  const { register, control } = useForm<{ confirm: boolean; kinds: string[] }>({
    defaultValues: { confirm: false, kinds: [] },
  });
  return (
    <>
      <CheckboxField
        id="confirm"
        label="Meine Angaben sind richtig"
        hint="Falsche Angaben können zur Rückforderung führen"
        error={error}
        registration={register('confirm')}
      />
      <CheckboxGroup
        id="kinds"
        legend="Welche Einnahmen haben Sie?"
        hint="Wählen Sie alle zutreffenden aus"
        error={error}
        options={[
          { value: 'pension', label: 'Rente' },
          { value: 'wage', label: 'Lohn', hint: 'Auch Minijob' },
        ]}
        registration={register('kinds')}
      />
      <output>{JSON.stringify(useWatch({ control, name: 'kinds' }))}</output>
    </>
  );
}

describe('CheckboxField and CheckboxGroup', () => {
  it('labels a single checkbox and links hint and error', async () => {
    renderUi(<Harness error="Bestätigen Sie Ihre Angaben" />);
    const box = screen.getByRole('checkbox', { name: 'Meine Angaben sind richtig' });
    expect(box).toHaveAttribute('id', 'confirm');
    expect(box).toHaveAttribute('aria-invalid', 'true');
    expect(box).toHaveAccessibleDescription(
      'Falsche Angaben können zur Rückforderung führen Fehler: Bestätigen Sie Ihre Angaben',
    );
    await userEvent.setup().click(screen.getByText('Meine Angaben sind richtig'));
    expect(box).toBeChecked();
  });

  it('collects the checked values of a group, whose first box has the id', async () => {
    renderUi(<Harness />);
    const group = screen.getByRole('group', { name: 'Welche Einnahmen haben Sie?' });
    expect(group).toHaveAccessibleDescription('Wählen Sie alle zutreffenden aus');
    const boxes = within(group).getAllByRole('checkbox');
    expect(boxes[0]).toHaveAttribute('id', 'kinds');
    expect(within(group).getByRole('checkbox', { name: 'Lohn' })).toHaveAccessibleDescription('Auch Minijob');
    const user = userEvent.setup();
    await user.click(within(group).getByRole('checkbox', { name: 'Rente' }));
    await user.click(within(group).getByRole('checkbox', { name: 'Lohn' }));
    expect(screen.getByRole('status')).toHaveTextContent('["pension","wage"]');
  });
});
