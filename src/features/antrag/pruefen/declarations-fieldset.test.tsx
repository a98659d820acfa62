import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useForm } from 'react-hook-form';
import { describe, expect, it, vi } from 'vitest';
import type { Answers } from '../../../domain/application/draft-answers';
import { renderUi } from '../../../ui/test-providers';
import { DeclarationsFieldset } from './declarations-fieldset';

type Values = NonNullable<Answers['declarations']>;

/** The fieldset over a plain react-hook-form form; what "Antrag absenden" submits goes to `sent`. */
function Harness({ defaults, sent }: { defaults: Values; sent: (values: Values) => void }) {
  const form = useForm<Values>({ defaultValues: defaults });
  return (
    <DeclarationsFieldset
      register={form.register}
      errorFor={() => undefined}
      onSubmit={(event) => void form.handleSubmit(sent)(event)}
    />
  );
}

const show = (defaults: Values = { correct: false, consent: false }, language: 'de' | 'en' = 'de') => {
  const sent = vi.fn<(values: Values) => void>();
  renderUi(<Harness defaults={defaults} sent={sent} />, { language });
  return { user: userEvent.setup(), sent };
};

const group = () => screen.getByRole('group', { name: 'Wie möchten Sie unseren Bescheid erhalten?' });
const postOnly = () => within(group()).getByRole('radio', { name: 'Nur per Post' });
const retrieval = () =>
  within(group()).getByRole('radio', { name: 'Per Post und zusätzlich online zum Abruf' });
const lastSent = (sent: ReturnType<typeof show>['sent']) => sent.mock.calls.at(-1)?.[0];

describe('DeclarationsFieldset: how the Bescheid reaches the applicant (§ 37 Abs. 2a SGB X)', () => {
  it('asks in a fieldset with a legend and two labelled radios, none chosen, and says it is optional', async () => {
    show();
    expect(group()).toHaveAccessibleDescription(
      'Diese Frage ist freiwillig. Ohne Antwort schicken wir den Bescheid nur per Post. Dann zählt der Brief, und was Sie auf der Statusseite sehen, ist nur eine Kopie.',
    );
    expect(within(group()).getAllByRole('radio')).toHaveLength(2);
    expect(postOnly()).not.toBeChecked();
    expect(retrieval()).not.toBeChecked();
    // The consent's consequence is read out with the option, not only shown near it.
    expect(retrieval()).toHaveAccessibleDescription(
      expect.stringMatching(
        /^Sobald der Bescheid auf Ihrer Statusseite bereitliegt, schicken wir Ihnen eine E-Mail\. Am dritten Tag danach gilt er als bekannt gegeben, auch wenn Sie ihn noch nicht abgerufen haben\..*jederzeit widerrufen\.$/,
      ),
    );
    expect(postOnly()).not.toHaveAttribute('aria-describedby');
    // Every id on the page once: the group's hint and an option's hint never share one.
    const ids = [...document.querySelectorAll('[id]')].map((element) => element.id);
    expect(ids.length).toBe(new Set(ids).size);
  });

  it('puts the legal source behind "Warum?"', () => {
    show();
    const why = screen.getByText('Warum?', { exact: false, selector: 'summary' });
    expect(why).toHaveTextContent('zum Bescheid per Abruf');
    const details = why.closest('details');
    expect(details).not.toHaveAttribute('open');
    expect(details).toHaveTextContent('Rechtsgrundlage: § 37 Abs. 2a SGB X.');
    expect(details).toHaveTextContent(
      /an dem Tag als bekannt gegeben, an dem Sie ihn abrufen\. Die Einwilligung können Sie jederzeit für die Zukunft widerrufen\./,
    );
  });

  it.each([
    ['Nur per Post', 'no'],
    ['Per Post und zusätzlich online zum Abruf', 'yes'],
  ] as const)('sends "%s" as %s', async (label, value) => {
    const { user, sent } = show({ correct: true, consent: true });
    await user.click(within(group()).getByRole('radio', { name: label }));
    await user.click(screen.getByRole('button', { name: 'Antrag absenden' }));
    expect(lastSent(sent)).toMatchObject({ correct: true, consent: true, electronicNotification: value });
  });

  it('can be sent without an answer', async () => {
    const { user, sent } = show({ correct: true, consent: true });
    await user.click(screen.getByRole('button', { name: 'Antrag absenden' }));
    expect(sent).toHaveBeenCalledTimes(1);
    expect(lastSent(sent)?.electronicNotification ?? undefined).toBeUndefined();
  });

  it('shows the saved choice again', () => {
    show({ correct: true, consent: true, electronicNotification: 'yes' });
    expect(retrieval()).toBeChecked();
    expect(postOnly()).not.toBeChecked();
  });

  it('is reachable and answerable by keyboard alone', async () => {
    const { user, sent } = show({ correct: true, consent: true });
    // The two boxes, the privacy link in the consent's hint, then the group.
    await user.tab();
    expect(screen.getByRole('checkbox', { name: /^Ich versichere/ })).toHaveFocus();
    await user.tab();
    await user.tab();
    expect(screen.getByRole('link', { name: 'Datenschutzerklärung' })).toHaveFocus();
    await user.tab();
    expect(postOnly()).toHaveFocus();
    await user.keyboard(' ');
    expect(postOnly()).toBeChecked();
    await user.keyboard('{ArrowDown}');
    expect(retrieval()).toHaveFocus();
    expect(retrieval()).toBeChecked();
    expect(postOnly()).not.toBeChecked();
    await user.tab();
    expect(screen.getByText('Warum?', { exact: false, selector: 'summary' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Antrag absenden' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(lastSent(sent)).toMatchObject({ electronicNotification: 'yes' });
  });

  it('asks in English too', () => {
    show(undefined, 'en');
    const english = screen.getByRole('group', { name: 'How would you like to receive our decision?' });
    expect(within(english).getByRole('radio', { name: 'By post only' })).toBeInTheDocument();
    expect(
      within(english).getByRole('radio', { name: 'By post and also online to retrieve' }),
    ).toBeInTheDocument();
  });
});
